import { describe, expect, it } from 'vitest';
import { LIMITS } from '../src/index.js';
import { dataOf, exampleApi, gid, type Answer } from './api.js';

/** The failures fuzz.test.ts found, each kept as a plain example. */
describe('what fuzzing found', () => {
  it('refuses a search text longer than the limit before any SQL (SQLite refused LIKE patterns past 50,000 bytes: a masked error)', async () => {
    const api = await exampleApi();
    api.reset();
    const literal = await api.gql(`{ searchDirectives(query: "${'x'.repeat(100_000)}") { totalCount } }`);
    expect(literal.data).toBeUndefined();
    expect(literal.errors?.[0]).toMatchObject({ extensions: { code: 'SEARCH.QUERY_TOO_LONG', max: LIMITS.maxSearchLength } });
    expect(literal.errors?.[0]?.message).toContain(`có 100000 ký tự, tối đa ${LIMITS.maxSearchLength}`);
    for (const field of ['searchUnits', 'searchPeople', 'searchOrganizations', 'searchDirectives']) {
      const variable = await api.gql(`query ($q: String!) { ${field}(query: $q) { totalCount } }`, {
        q: 'đ'.repeat(LIMITS.maxSearchLength + 1),
      });
      expect(variable.errors?.[0]?.extensions?.code).toBe('SEARCH.QUERY_TOO_LONG');
    }
    expect(api.statements).toBe(0);
    const longest = dataOf(
      await api.gql(`query ($q: String!) { searchUnits(query: $q) { totalCount } }`, { q: 'x'.repeat(LIMITS.maxSearchLength) }),
    );
    expect(longest.searchUnits.totalCount).toBe(0);
  });

  it('gives the units of lineage steps their own kind (the link’s kind, mergedInto, overwrote it: a masked error)', async () => {
    const api = await exampleApi();
    const data = dataOf(
      await api.gql(
        `{ unitsEverCoded(code: "02287") { fullName predecessors { kind unit { fullName kind kindLabel } } successors { unit { fullName kind kindLabel } } } }`,
      ),
    );
    const steps = data.unitsEverCoded.flatMap((unit: { predecessors: unknown[]; successors: unknown[] }) => [
      ...unit.predecessors,
      ...unit.successors,
    ]);
    expect(steps.length).toBeGreaterThan(0);
    for (const step of steps) expect(['THI_TRAN', 'XA']).toContain(step.unit.kind);
    const chiemHoa = data.unitsEverCoded.find((unit: { fullName: string }) => unit.fullName === 'Xã Chiêm Hóa');
    expect(chiemHoa.predecessors).toContainEqual({
      kind: 'mergedInto',
      unit: { fullName: 'Thị trấn Vĩnh Lộc', kind: 'THI_TRAN', kindLabel: 'thị trấn' },
    });
  });

  it('names the precondition that refused a request in the rule trace (the enum lacked precondition and scope: a masked error)', async () => {
    const api = await exampleApi();
    const farmers = gid('Organization', 'org_02287-from-2025.farmersUnion');
    const data = dataOf(
      await api.gql(
        `query ($org: ID!) { checkAssignment(asOf: "2026-03-01", request: { assigner: $org, assignee: $org, taskKind: BREAKTHROUGH }) {
        ... on AssignmentDecision { allowed trace { failedCondition reason } }
      } }`,
        { org: farmers },
      ),
    );
    expect(data.checkAssignment.allowed).toBe(false);
    expect(data.checkAssignment.trace.length).toBeGreaterThan(0);
    for (const rule of data.checkAssignment.trace) expect(rule.failedCondition).toBe('PRECONDITION');
  });

  it('refuses text holding a NUL character, in the query or in a variable, before any SQL (PostgreSQL cannot store it: a masked error)', async () => {
    const api = await exampleApi();
    api.reset();
    const literal = await api.gql(`{ unitsEverCoded(code: "a\\u0000b") { id } }`);
    expect(literal.data).toBeUndefined();
    expect(literal.errors?.[0]?.extensions?.code).toBe('INPUT.NUL_CHARACTER');
    const nested = await api.gql(`mutation ($input: CreateSourceInput!) { createSource(input: $input) { __typename } }`, {
      input: { kind: 'SYNTHETIC', title: 'a\u0000' },
    });
    expect(nested.data).toBeUndefined();
    expect(nested.errors).toEqual([expect.objectContaining({ extensions: { code: 'INPUT.NUL_CHARACTER' } })]);
    expect(nested.errors?.[0]?.message).toContain('$input');
    // Inside a global id: "VGFzazoA" is base64 of "Task:\u0000".
    const id = await api.gql(`query ($ids: [ID!]!) { task(id: "VGFzazoA") { id } nodes(ids: $ids) { id } }`, { ids: ['VGFzazoA'] });
    expect(id.errors?.map((error) => error.extensions?.code)).toEqual(['INPUT.NUL_CHARACTER', 'INPUT.NUL_CHARACTER']);
    expect(api.statements).toBe(0);
  });

  it('answers variables that are not JSON, in a form body or a query string, with 400 (Yoga let the SyntaxError through: a 500)', async () => {
    const api = await exampleApi();
    const form = await api.api.fetch('http://mttq.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: 'query=%7B%20rulePack%20%7B%20id%20%7D%20%7D&variables=%7B',
    });
    const get = await api.api.fetch(`http://mttq.test/graphql?query=${encodeURIComponent('{ rulePack { id } }')}&extensions=nope`, {
      headers: { accept: 'application/json' },
    });
    for (const response of [form, get]) {
      expect(response.status).toBe(400);
      const answer = (await response.json()) as Answer;
      expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
      expect(answer.errors?.[0]?.message).toContain('variables và extensions phải là JSON');
    }
  });
});
