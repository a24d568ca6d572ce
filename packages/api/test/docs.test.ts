import { beforeAll, describe, expect, it } from 'vitest';
import { exampleApi } from './api.js';
import { shows, workedQueries } from './worked-queries.js';

let api: Awaited<ReturnType<typeof exampleApi>>;
beforeAll(async () => {
  api = await exampleApi();
});

describe('docs/graphql.md', () => {
  const queries = workedQueries().filter((q) => !q.query.trimStart().startsWith('mutation'));

  it('has a worked query for each question', () => {
    expect(queries.length).toBeGreaterThanOrEqual(20);
  });

  it.each(queries.map((q, i) => [i + 1, q] as const))('worked query %i gives the answer the page shows', async (_i, q) => {
    const actual = await api.gql(q.query, q.variables);
    expect(shows(q.answer, actual), JSON.stringify(actual, null, 2)).toBe(true);
  });
});
