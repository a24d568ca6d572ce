import { beforeAll, describe, expect, it } from 'vitest';
import { createApi } from '../src/index.js';
import { dataOf, exampleApi, gid, TODAY, type Answer } from './api.js';

/**
 * The response size limit counts every field of an answer — `"name":`, a separator and, for a leaf, its value —
 * whether the leaf has a resolver of its own or is a property its parent's resolver charges for it (issue 16:
 * plain leaves are left without a resolver so that compiled queries read them without a call). The count is the
 * same with the standard executor (a document's first run) and compiled (its later runs): an answer whose count
 * is exactly the limit passes, one byte less is refused.
 */
let base: Awaited<ReturnType<typeof exampleApi>>;
beforeAll(async () => {
  base = await exampleApi();
});

/** What the guards charge for an answer's data: each field's name and separator, and each leaf's value. */
function charged(value: unknown): number {
  if (Array.isArray(value)) return value.reduce<number>((sum, item) => sum + charged(item), 0);
  if (value === null || typeof value !== 'object') return 0;
  let sum = 0;
  for (const [key, field] of Object.entries(value)) {
    if (key === '__typename') continue; // answered by the executor itself, never charged
    sum += key.length + 4 + (isLeaf(field) ? leafBytes(field) : charged(field));
  }
  return sum;
}

// The questions below select no list of scalars: an empty list is one of objects (`"edges":[]`), charged its name only.
const isLeaf = (v: unknown): boolean => v === null || typeof v !== 'object';
const leafBytes = (v: unknown): number => (typeof v === 'string' ? v.length + 2 : v === null ? 4 : String(v).length);

async function ask(maxResponseBytes: number, query: string, variables?: Record<string, unknown>): Promise<Answer[]> {
  const api = createApi({ db: base.store.db, today: () => TODAY, log: false, maxResponseBytes });
  const answers: Answer[] = [];
  // The first run is executed by graphql-js, the later ones compiled.
  for (let run = 0; run < 3; run++) {
    const response = await api.fetch('http://mttq.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    answers.push((await response.json()) as Answer);
  }
  return answers;
}

const COMMUNE = `query ($code: String!, $asOf: Date!) {
  unitByCode(code: $code, asOf: $asOf) { ... on Unit { code fullName
    children(first: 20) { edges { cursor node { fullName
      organizations(first: 10) { edges { node { name
        officeHolders(first: 20) { edges { node { person { fullName } post { title } } } } } } } } } } } }
}`;

const PEOPLE_BY_ID = `query ($ids: [ID!]!) {
  a: nodes(ids: $ids) { __typename ... on Person { fullName } }
  b: nodes(ids: $ids) { ... Named }
}
fragment Named on Person { name: fullName fullName }`;

const INCLUDED = `query ($code: String!, $asOf: Date!, $names: Boolean!) {
  unitByCode(code: $code, asOf: $asOf) { ... on Unit { code fullName @include(if: $names)
    children(first: 5) { edges { node { fullName @skip(if: $names) code } } } } }
}`;

describe('the response size limit counts plain leaves where their parent resolves', () => {
  const cases: [string, string, () => Record<string, unknown>][] = [
    ['a nested question (areas → organizations → holders)', COMMUNE, () => ({ code: '073', asOf: '2023-06-01' })],
    [
      'leaves under an abstract type, aliased and through a fragment',
      PEOPLE_BY_ID,
      () => ({ ids: [gid('Person', base.ids.people.trieuDucLong), gid('Person', base.ids.people.trieuDucLong)] }),
    ],
    ['leaves kept by @include', INCLUDED, () => ({ code: '073', asOf: '2023-06-01', names: true })],
    ['leaves left out by @skip', INCLUDED, () => ({ code: '073', asOf: '2023-06-01', names: false })],
  ];

  it.each(cases)(
    '%s: an answer of exactly the limit passes, one byte less is refused, on both executors',
    async (_name, query, variables) => {
      const [full] = await ask(8 * 1024 * 1024, query, variables());
      const size = charged(dataOf(full!));
      expect(size).toBeGreaterThan(0);
      expect(size).toBeLessThanOrEqual(JSON.stringify(full!.data).length);

      const atLimit = await ask(size, query, variables());
      for (const answer of atLimit) expect(answer).toEqual(full);

      const under = await ask(size - 1, query, variables());
      for (const answer of under) {
        expect(answer.data ?? undefined).toBeUndefined();
        expect(answer.errors?.map((e) => e.extensions?.code)).toEqual(['REQUEST.RESPONSE_TOO_LARGE']);
      }
    },
  );
});
