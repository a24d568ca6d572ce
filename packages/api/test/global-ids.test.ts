import { beforeAll, describe, expect, it } from 'vitest';
import { dataOf, exampleApi, gid, SYNTHETIC_SOURCE } from './api.js';

let api: Awaited<ReturnType<typeof exampleApi>>;
beforeAll(async () => {
  api = await exampleApi({ token: { unitCode: '08', date: '2023-01-01' } });
});

describe('global ids enter the API once, as branded ids', () => {
  it('a person’s global id where a unit’s is wanted is refused as ID.WRONG_TYPE, naming both types', async () => {
    const answer = await api.gql(`query ($id: ID!) { unit(id: $id) { name } }`, { id: gid('Person', 'person_x') });
    expect(answer.errors?.[0]?.extensions).toEqual({ code: 'ID.WRONG_TYPE', given: 'Person', expected: ['Unit'] });
    expect(answer.errors?.[0]?.message).toBe(`Mã ${gid('Person', 'person_x')} là mã của một Person, không phải của một Unit.`);
  });

  it('an id of the wrong type inside an input is refused the same way, before anything is checked or written', async () => {
    const answer = await api.gql(
      `mutation ($person: ID!, $post: ID!, $source: ID!) { assignHolding(input: { person: $person, post: $post, validFrom: "2023-01-01", source: $source }) { __typename } }`,
      {
        person: gid('Post', 'post_x'),
        post: gid('Post', 'post_x'),
        source: SYNTHETIC_SOURCE,
      },
    );
    expect(answer.errors?.[0]?.extensions?.code).toBe('ID.WRONG_TYPE');
    expect(answer.errors?.[0]?.extensions?.expected).toEqual(['Person']);
  });

  it('a global id of the right type around an inner id of another kind is refused as ID.WRONG_TYPE', async () => {
    const answer = await api.gql(`query ($id: ID!) { unit(id: $id) { name } }`, { id: gid('Unit', 'org_x') });
    expect(answer.errors?.[0]?.extensions?.code).toBe('ID.WRONG_TYPE');
    expect(answer.errors?.[0]?.message).toBe('Mã org_x là mã của một tổ chức, không phải của một đơn vị.');
  });

  it('a string that is no global id is refused as ID.MALFORMED', async () => {
    const answer = await api.gql(`query ($id: ID!) { person(id: $id) { fullName } }`, { id: 'zzz' });
    expect(answer.errors?.[0]?.extensions?.code).toBe('ID.MALFORMED');
  });

  it('a global id of the right type still reads its record, through node too', async () => {
    const units = dataOf(await api.gql(`{ units(level: PROVINCE, asOf: "2023-01-01") { edges { node { id name } } } }`));
    const tuyenQuang = units.units.edges[0].node;
    const again = dataOf(
      await api.gql(`query ($id: ID!) { unit(id: $id, asOf: "2023-01-01") { name } node(id: $id) { id } }`, { id: tuyenQuang.id }),
    );
    expect(again).toEqual({ unit: { name: tuyenQuang.name }, node: { id: tuyenQuang.id } });
  });
});
