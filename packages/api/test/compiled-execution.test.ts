// Queries run compiled by graphql-jit from a document's second run on (http/compiled-execution.plugin.ts), so
// most tests, which send a document once, see graphql-js. Here every worked query of docs/graphql.md and a set
// of refusals run three times on one API: the compiled runs must answer exactly what graphql-js answered.
import { beforeAll, describe, expect, it } from 'vitest';
import { exampleApi, gid } from './api.js';
import { workedQueries } from './worked-queries.js';

let api: Awaited<ReturnType<typeof exampleApi>>;
beforeAll(async () => {
  api = await exampleApi();
});

/** Queries whose answer is an error, partly or wholly: compiled, the same errors at the same paths. */
const REFUSALS: readonly { query: string; variables?: Record<string, unknown> }[] = [
  { query: '{ units(level: PROVINCE, asOf: "2023-01-01", first: 2, after: "not-a-cursor") { edges { node { fullName } } } }' },
  {
    query: 'query ($on: Date) { units(level: PROVINCE, asOf: $on, first: 1) { edges { node { fullName } } } }',
    variables: { on: '2023-02-30' },
  },
  { query: 'query ($id: ID!) { node(id: $id) { id } }', variables: { id: gid('Unit', 'unit_khong-co') } },
  { query: 'query ($id: ID!) { node(id: $id) { id } }', variables: { id: 'bm90LWEtZ2xvYmFsLWlk' } },
  { query: '{ unitByCode(code: "999", asOf: "2023-01-01") { __typename ... on BaseError { code message } } }' },
  { query: '{ assignments(under: { code: "073" }, asOf: "2023-06-01", last: 2) { totalCount } }' },
];

describe('compiled execution', { timeout: 300_000 }, () => {
  const queries = [...workedQueries().filter((q) => !q.query.trimStart().startsWith('mutation')), ...REFUSALS];

  it('answers every worked query and every refusal, compiled, exactly as graphql-js did', async () => {
    expect(queries.length).toBeGreaterThanOrEqual(25);
    for (const q of queries) {
      const first = await api.gql(q.query, q.variables);
      const second = await api.gql(q.query, q.variables);
      const third = await api.gql(q.query, q.variables);
      expect(second, q.query).toEqual(first);
      expect(third, q.query).toEqual(first);
    }
  });

  it('in English too', async () => {
    for (const q of REFUSALS) {
      const send = async () => {
        const response = await api.api.fetch('http://mttq.test/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'accept-language': 'en' },
          body: JSON.stringify(q),
        });
        return (await response.json()) as unknown;
      };
      const first = await send();
      expect(await send(), q.query).toEqual(first);
    }
  });
});
