import { afterAll } from 'vitest';
import { isoDate, loadExampleDataset, type ExampleDataset, type Store } from '@mttq/core';
import { openFreshExampleStore } from '@mttq/core/testing';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { createApi, type ApiOptions } from '../src/index.js';
import type { RequestLogEntry } from '../src/index.js';

/** "Today" in the tests, so that answers do not change with the calendar. */
export const TODAY = isoDate('2026-06-01');

const open: Store[] = [];
afterAll(async () => {
  while (open.length > 0) await open.pop()!.close();
});

/** A GraphQL answer. */
export interface Answer<D = any> {
  readonly data?: D;
  readonly errors?: { message: string; extensions?: { code?: string; [k: string]: unknown }; path?: (string | number)[] }[];
}

/**
 * The API over a fresh in-memory store holding the example dataset, called through `yoga.fetch` (no port).
 * `statements` counts the SQL statements issued since the last `reset()`.
 */
export async function exampleApi(options: Partial<ApiOptions> = {}) {
  let statements = 0;
  const store = await openFreshExampleStore({ onQuery: () => statements++ });
  open.push(store);
  const ids: ExampleDataset = await loadExampleDataset(store.db);
  const logs: RequestLogEntry[] = [];
  const api = createApi({ db: store.db, today: () => TODAY, log: (entry) => logs.push(entry), ...options });
  async function gql<D = any>(query: string, variables?: Record<string, unknown>): Promise<Answer<D>> {
    const response = await api.fetch('http://mttq.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as Answer<D>;
  }
  return {
    api,
    store,
    ids,
    logs,
    gql,
    get statements() {
      return statements;
    },
    reset() {
      statements = 0;
    },
  };
}

/** The global id of a record of core. */
export const gid = (type: string, id: string) => encodeGlobalID(type, id);

/** The data of an answer, failing the test with the errors when there are any. */
export function dataOf<D>(answer: Answer<D>): D {
  if (answer.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(answer.errors, null, 2)}`);
  return answer.data!;
}

/** The synthetic source of the example dataset, for writes in tests. */
export const SYNTHETIC_SOURCE = gid('Source', 'src_minh-hoa');
