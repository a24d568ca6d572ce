import { describe, expect, it } from 'vitest';
import { listApiTokens } from '@mttq/core';
import { dataOf, exampleApi, SYNTHETIC_SOURCE } from './api.js';

const PROVINCE_2023 = { unitCode: '08', date: '2023-01-01' };

describe('the audit log through the API', () => {
  it('lists a token’s writes with their action and unit, and filters by unit subtree and date range', async () => {
    const api = await exampleApi({ token: PROVINCE_2023 });
    const person = dataOf(
      await api.gql(
        `mutation ($source: ID!) { createPerson(fullName: "Người Minh Họa Nhật Ký", source: $source) { ... on Person { id } } }`,
        { source: SYNTHETIC_SOURCE },
      ),
    ).createPerson;
    expect(person.id).toBeTruthy();

    const [token] = await listApiTokens(api.store.db);
    const actor = `token:${token!.id}`;
    const mine = dataOf(
      await api.gql(`query ($actor: String) { auditLog(actor: $actor) { totalCount edges { node { actor action entityType after } } } }`, {
        actor,
      }),
    ).auditLog;
    expect(mine.totalCount).toBe(1);
    expect(mine.edges[0].node).toMatchObject({ actor, action: 'person.create', entityType: 'person' });
    expect(JSON.parse(mine.edges[0].node.after)).toMatchObject({ fullName: 'Người Minh Họa Nhật Ký' });
    const system = dataOf(await api.gql(`{ auditLog(actor: "system", first: 1) { totalCount } }`)).auditLog;
    expect(system.totalCount).toBeGreaterThan(100);

    const district = dataOf(
      await api.gql(
        `{ auditLog(under: { code: "073" }, asOf: "2023-06-01", first: 100) { totalCount edges { node { action unit { code } } } } }`,
      ),
    ).auditLog;
    expect(district.totalCount).toBeGreaterThan(0);
    expect(district.edges.every((e: { node: { unit: unknown } }) => e.node.unit !== null)).toBe(true);
    const province = dataOf(await api.gql(`{ auditLog(under: { code: "08" }, asOf: "2023-06-01") { totalCount } }`)).auditLog;
    expect(province.totalCount).toBeGreaterThan(district.totalCount);

    const none = dataOf(await api.gql(`{ auditLog(to: "2000-01-01") { totalCount } }`)).auditLog;
    expect(none.totalCount).toBe(0);
  });
});
