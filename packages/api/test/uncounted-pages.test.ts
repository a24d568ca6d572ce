import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadExampleDataset, type ExampleDataset, type Store } from '@mttq/core';
import { openFreshExampleStore } from '@mttq/core/testing';
import { createApi } from '../src/index.js';
import { dataOf, gid, TODAY, type Answer } from './api.js';

// The province page and a person's tasks page read their total (a count over the whole subtree, or of every
// task in force) only when the query selects `totalCount`: the SQL sent is watched, statement by statement.
let store: Store;
let ids: ExampleDataset;
let api: ReturnType<typeof createApi>;
const sent: string[] = [];

beforeAll(async () => {
  store = await openFreshExampleStore({ onQuery: (event) => sent.push(event.sql) });
  ids = await loadExampleDataset(store.db);
  api = createApi({ db: store.db, today: () => TODAY, log: () => {} });
}, 120_000);
afterAll(async () => {
  await store.close();
});

/** The answer's data and the SQL statements it sent. */
async function run(query: string, variables: Record<string, unknown>) {
  sent.length = 0;
  const response = await api.fetch('http://mttq.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const data = dataOf((await response.json()) as Answer);
  return { data, statements: [...sent], counts: sent.filter((s) => /count\(\*\)/i.test(s)).length };
}

const PAGE = `pageInfo { hasNextPage endCursor } edges { cursor node { id } }`;
const subtree = (total: string) => `query ($unit: ID!, $first: Int, $after: String) {
  assignments(under: { id: $unit }, asOf: "2023-06-01", first: $first, after: $after) { ${total} ${PAGE} }
}`;
const tasks = (total: string) => `query ($person: ID!, $first: Int, $after: String) {
  tasksOfPerson(person: $person, asOf: "2023-06-01", first: $first, after: $after) { ${total} pageInfo { hasNextPage endCursor } edges { cursor node { assignment { id } } } }
}`;

/** Every page of a listing, with and without totalCount selected: the same pages, counted only when selected. */
async function walkBoth(query: (total: string) => string, field: string, variables: Record<string, unknown>) {
  let after: string | null = null;
  let pages = 0;
  for (; pages < 50; pages++) {
    const counted = await run(query('totalCount'), { ...variables, after });
    const plain = await run(query(''), { ...variables, after });
    const withTotal = counted.data[field];
    expect(plain.data[field]).toEqual({ ...withTotal, totalCount: undefined });
    expect(withTotal.totalCount).toBeGreaterThan(0);
    // A page that alone tells its total (page one, no next) needs no count either way.
    const told = after === null && !withTotal.pageInfo.hasNextPage;
    expect(counted.counts).toBe(told ? 0 : 1);
    expect(plain.counts).toBe(0);
    if (!withTotal.pageInfo.hasNextPage) break;
    after = withTotal.pageInfo.endCursor;
  }
  return pages + 1;
}

describe('totalCount read only when selected', () => {
  it('the province subtree page: same pages and hasNextPage without the count, which is sent only when selected', async () => {
    const unit = gid('Unit', ids.units.tuyenQuangUntil2025);
    expect(await walkBoth(subtree, 'assignments', { unit, first: 3 })).toBeGreaterThan(2);
    // The count rides in the page's statement: as many statements either way, one of them with the count.
    const counted = await run(subtree('totalCount'), { unit, first: 3 });
    const plain = await run(subtree(''), { unit, first: 3 });
    expect(plain.statements.length).toBe(counted.statements.length);
  });

  it('a person’s tasks page: same pages without the count, one statement fewer when a next page exists', async () => {
    const person = gid('Person', ids.people.trieuDucLong);
    expect(await walkBoth(tasks, 'tasksOfPerson', { person, first: 1 })).toBe(3);
    const counted = await run(tasks('totalCount'), { person, first: 1 });
    const plain = await run(tasks(''), { person, first: 1 });
    expect(counted.data.tasksOfPerson.totalCount).toBe(3);
    expect(plain.statements.length).toBe(counted.statements.length - 1);
  });

  it('sees totalCount through a fragment, and answers a page one that is the whole list without counting', async () => {
    const person = gid('Person', ids.people.trieuDucLong);
    const viaFragment = await run(
      `query ($person: ID!) { tasksOfPerson(person: $person, asOf: "2023-06-01", first: 1) { ...T } } fragment T on PersonTaskConnection { ... on PersonTaskConnection { totalCount } }`,
      { person },
    );
    expect(viaFragment.data.tasksOfPerson.totalCount).toBe(3);
    expect(viaFragment.counts).toBe(1);
    const whole = await run(tasks('totalCount'), { person, first: 20 });
    expect(whole.data.tasksOfPerson.totalCount).toBe(3);
    expect(whole.counts).toBe(0);
  });
});
