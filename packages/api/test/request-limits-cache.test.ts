import { beforeAll, describe, expect, it } from 'vitest';
import { LIMITS } from '../src/index.js';
import { exampleApi } from './api.js';

/**
 * The limits that read variables (page size, search length, list length, NUL characters, complexity) remember
 * the requests that passed, by document, operation and variables (issue 16: two validation passes per request
 * were spent on the same question asked again and again). What passed passes again; a refusal is never
 * remembered as a pass, whatever was asked before, and the remembered requests are bounded.
 */
let api: Awaited<ReturnType<typeof exampleApi>>;
beforeAll(async () => {
  api = await exampleApi();
});

const UNITS = `query Units($n: Int, $q: String!) { searchUnits(query: $q, first: $n) { edges { node { fullName } } } }
query Nested($n: Int) { units(level: PROVINCE, first: $n) { edges { node {
  children(first: $n) { edges { node { children(first: $n) { edges { node { fullName } } } } } } } } } }`;

async function codeOf(operationName: string, variables: Record<string, unknown>): Promise<string | undefined> {
  api.reset();
  const response = await api.api.fetch('http://mttq.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query: UNITS, operationName, variables }),
  });
  const answer = (await response.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
  if (!answer.errors) return 'PASSED';
  expect(api.statements).toBe(0); // refused before any SQL
  return answer.errors[0]?.extensions?.code;
}

describe('the variable limits remember what passed', () => {
  it('answers a request again as the first time, passes and refusals interleaved, on both executors', async () => {
    const asked: [string, Record<string, unknown>, string][] = [
      ['Units', { n: 5, q: 'Chiêm' }, 'PASSED'],
      ['Units', { n: LIMITS.maxPageSize + 1, q: 'Chiêm' }, 'PAGE.SIZE_TOO_LARGE'],
      ['Units', { n: 5, q: 'x'.repeat(LIMITS.maxSearchLength + 1) }, 'SEARCH.QUERY_TOO_LONG'],
      ['Units', { n: 5, q: 'Chi\u0000êm' }, 'INPUT.NUL_CHARACTER'],
      ['Nested', { n: 5 }, 'PASSED'],
      ['Nested', { n: 50 }, 'QUERY.TOO_COMPLEX'],
    ];
    for (let round = 0; round < 3; round++) {
      for (const [operation, variables, code] of asked) expect(await codeOf(operation, variables)).toBe(code);
    }
  });

  it('keeps refusing and passing right after more distinct requests than it remembers', async () => {
    for (let i = 0; i < 300; i++) expect(await codeOf('Units', { n: 5, q: `Chiêm ${i}` })).toBe('PASSED');
    expect(await codeOf('Units', { n: 5, q: 'Chiêm 0' })).toBe('PASSED');
    expect(await codeOf('Units', { n: LIMITS.maxPageSize + 1, q: 'Chiêm 299' })).toBe('PAGE.SIZE_TOO_LARGE');
  });
});
