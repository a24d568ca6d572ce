// The worked mutations of docs/graphql.md, replayed top to bottom on one example store as a reader would send
// them: a write's answer is the one the page shows, and a later example may use what an earlier one made.
// endUnit's and correctPerson's examples need records the page describes in prose: end-unit.test.ts and
// correct-person.test.ts run those.
import { decodeGlobalID } from '@pothos/plugin-relay';
import { beforeAll, describe, expect, it } from 'vitest';
import { exampleApi, gid } from './api.js';
import { shows, workedQueries } from './worked-queries.js';

const REFORM = '2025-07-01';
const CHECKED_ELSEWHERE = ['endUnit(', 'correctPerson('];

/** A global id of a record written by the examples: its type and core id are kept, the random part is not. */
const isGlobalId = (text: string): boolean => {
  try {
    const { typename, id } = decodeGlobalID(text);
    return /^[A-Z]\w+$/.test(typename) && /^[a-z]+_/.test(id);
  } catch {
    return false;
  }
};

/** `value` with every string `ids` maps replaced by what it maps to. */
function replaced(value: unknown, ids: ReadonlyMap<string, string>): unknown {
  if (typeof value === 'string') return ids.get(value) ?? value;
  if (Array.isArray(value)) return value.map((v) => replaced(v, ids));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, replaced(v, ids)]));
  return value;
}

/** Learns, from an answer, the ids the page shows for records this run made under other random ids. */
function learn(shown: unknown, actual: unknown, ids: Map<string, string>): void {
  if (typeof shown === 'string' && typeof actual === 'string') {
    if (shown !== actual && !ids.has(shown) && isGlobalId(shown) && isGlobalId(actual)) {
      if (decodeGlobalID(shown).typename === decodeGlobalID(actual).typename) ids.set(shown, actual);
    }
  } else if (Array.isArray(shown) && Array.isArray(actual)) {
    shown.forEach((v, i) => learn(v, actual[i], ids));
  } else if (shown && actual && typeof shown === 'object' && typeof actual === 'object') {
    for (const [k, v] of Object.entries(shown)) learn(v, (actual as Record<string, unknown>)[k], ids);
  }
}

let api: Awaited<ReturnType<typeof exampleApi>>;
let tokens: { before: string; after: string };
beforeAll(async () => {
  api = await exampleApi();
  // Tỉnh Tuyên Quang before the reform and after it are two units: a write is in scope on its own date.
  tokens = {
    before: await api.createToken({ unitCode: '08', date: '2023-01-01' }),
    after: await api.createToken({ unitCode: '08', date: '2026-01-01' }),
  };
});

describe('docs/graphql.md, worked mutations', { timeout: 300_000 }, () => {
  const mutations = workedQueries().filter(
    (q) => q.query.trimStart().startsWith('mutation') && !CHECKED_ELSEWHERE.some((name) => q.query.includes(name)),
  );

  it('has worked mutations', () => {
    expect(mutations.length).toBeGreaterThanOrEqual(15);
  });

  it('gives, in the page’s order, the answers the page shows', async () => {
    const ids = new Map<string, string>();
    for (const q of mutations) {
      const variables = replaced(q.variables, ids) as Record<string, unknown> | undefined;
      const dates = JSON.stringify(variables ?? {}).match(/\d{4}-\d{2}-\d{2}/g) ?? [];
      // A write dated before the reform is made with the old province's token; any other with the new one's.
      const token = dates.length > 0 && dates.every((d) => d < REFORM) ? tokens.before : tokens.after;
      let actual = await api.gql(q.query, variables, { token });
      learn(q.answer, actual, ids);
      // A record the page made with a query whose answer does not show its id (createPerson): the next example
      // that names it is sent again with the id this run gave it, found by its type in the audit log.
      const unknown = [...JSON.stringify(variables ?? {}).matchAll(/"([A-Za-z0-9+/=]{16,})"/g)]
        .map(([, id]) => id!)
        .filter((id) => isGlobalId(id) && !ids.has(id));
      if (!shows(replaced(q.answer, ids), actual) && unknown.length > 0) {
        for (const id of unknown) {
          const { typename } = decodeGlobalID(id);
          const exists = await api.gql(`query ($id: ID!) { node(id: $id) { id } }`, { id });
          if (exists.data?.node) continue;
          const made = await latestMade(typename);
          if (made) ids.set(id, made);
        }
        actual = await api.gql(q.query, replaced(q.variables, ids) as Record<string, unknown> | undefined, { token });
        learn(q.answer, actual, ids);
      }
      expect(shows(replaced(q.answer, ids), actual), `${q.query}\n${JSON.stringify(actual, null, 2)}`).toBe(true);
    }
  });
});

/** The global id of the last record of `typename` written through the API in this run. */
async function latestMade(typename: string): Promise<string | undefined> {
  const row = await api.store.db
    .selectFrom('audit_log')
    .select(['entity_id'])
    .where('entity_type', '=', typename.toLowerCase())
    .where('actor', 'like', 'token:%')
    .orderBy('seq', 'desc')
    .executeTakeFirst();
  return row ? gid(typename, row.entity_id) : undefined;
}
