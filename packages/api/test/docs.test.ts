import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { exampleApi } from './api.js';

/** The worked queries of docs/graphql.md: a graphql block, optional variables, and the answer shown. */
function workedQueries() {
  const doc = readFileSync(new URL('../../../docs/graphql.md', import.meta.url), 'utf8');
  const pattern = /```graphql\n([\s\S]*?)\n```\n\n(?:Variables:\n\n```json\n([\s\S]*?)\n```\n\n)?Answer:\n\n```json\n([\s\S]*?)\n```/g;
  return [...doc.matchAll(pattern)].map(([, query, variables, answer]) => ({
    query: query!,
    variables: variables ? (JSON.parse(variables) as Record<string, unknown>) : undefined,
    answer: JSON.parse(answer!) as unknown,
  }));
}

/** True when `shown` is `actual`, except that lists shown may be trimmed to their first items. */
function shows(shown: unknown, actual: unknown): boolean {
  if (Array.isArray(shown)) return Array.isArray(actual) && shown.length <= actual.length && shown.every((v, i) => shows(v, actual[i]));
  if (shown && typeof shown === 'object') {
    if (!actual || typeof actual !== 'object') return false;
    const keys = Object.keys(shown);
    return keys.length === Object.keys(actual).length && keys.every((k) => shows((shown as never)[k], (actual as never)[k]));
  }
  return shown === actual;
}

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
