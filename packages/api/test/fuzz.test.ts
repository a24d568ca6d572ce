import fc from 'fast-check';
import type { GraphQLInterfaceType } from 'graphql';
import { afterAll, describe, expect, it } from 'vitest';
import type { Db } from '@mttq/core';
import { tableCounts as rowCounts, testDialect } from '@mttq/core/testing';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { LIMITS, schema } from '../src/index.js';
import { exampleApi } from './api.js';
import { checkAnswer } from './fuzz/answer-check.js';
import { graphqlRequestArb, type GraphQLRequest } from './fuzz/graphql-requests.js';
import { rawRequestArb, type RawRequest } from './fuzz/raw-requests.js';
import { securityRequestArb, type SecurityRequest } from './fuzz/security-requests.js';

/**
 * Property-based tests of the whole API: requests drawn from the schema, with valid, hostile, mistyped and
 * missing arguments, and raw HTTP requests no client should send. Whatever comes in, the answer is never a
 * 5xx nor a masked "Unexpected error.", always data or errors that say what is wrong, and a refused write
 * leaves every table as it was.
 *
 * A failure prints fast-check's seed and path; replay it with MTTQ_FUZZ_SEED=<seed>.
 */
const SEED = Number(process.env.MTTQ_FUZZ_SEED ?? 20_260_601);

// ≥ 10,000 requests on SQLite (in memory, ≈ 1 ms a statement at most). On PostgreSQL (CI) every statement is a
// round trip to the server, so a quarter of the runs (≈ 2,600 requests) keeps CI fast; the SQLite run is the
// thorough one.
// MTTQ_FUZZ_SCALE overrides the factor (e.g. 0.05 for a quick look, 10 for a long hunt).
const SCALE = Number(process.env.MTTQ_FUZZ_SCALE ?? (testDialect() === 'postgres' ? 0.25 : 1));
const RUNS = {
  queries: Math.round(6_000 * SCALE),
  mutations: Math.round(2_500 * SCALE),
  raw: Math.round(2_000 * SCALE),
  attacks: Math.round(160 * SCALE),
};

const sent = { queries: 0, mutations: 0, raw: 0, attacks: 0 };
/** How often each outcome was seen (error code, typed error, success), to show what the runs reached. */
const outcomes = new Map<string, number>();
function tally(answer: Awaited<ReturnType<typeof checkAnswer>>['answer'], rootNames: readonly string[]): void {
  const seen = new Set<string>();
  for (const error of answer?.errors ?? []) seen.add(String(error.extensions?.code ?? error.message.split(/[:"]/)[0]!.slice(0, 60)));
  for (const name of rootNames) {
    const typename = (answer?.data?.[name] as { __typename?: string } | null | undefined)?.__typename;
    if (typename) seen.add(typename);
  }
  for (const key of seen) outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
}
const started = performance.now();
afterAll(() => {
  const total = sent.queries + sent.mutations + sent.raw + sent.attacks;
  console.info(
    `fuzz (${testDialect()}, seed ${SEED}): ${total} requests (${JSON.stringify(sent)}) in ${Math.round(performance.now() - started)} ms`,
  );
  const common = [...outcomes].sort((a, b) => b[1] - a[1]).slice(0, 40);
  console.info(`outcomes, most frequent first:\n${common.map(([key, n]) => `  ${n}\t${key}`).join('\n')}`);
});

/** The types whose values are refusals: the typed errors of mutation results. */
const ERROR_TYPES = new Set(schema.getPossibleTypes(schema.getType('BaseError') as GraphQLInterfaceType).map((type) => type.name));

/** GraphQL type of each table with records that have a global id. */
const NODE_TABLES: Record<string, string> = {
  admin_unit: 'Unit',
  organization: 'Organization',
  post: 'Post',
  person: 'Person',
  holding: 'Holding',
  term: 'Term',
  source: 'Source',
  directive: 'Directive',
  task: 'Task',
  assignment: 'Assignment',
  assignment_event: 'AssignmentEvent',
  progress_report: 'ProgressReport',
};

/** Real global ids of every type in the store (a few of each), for arguments that should find something. */
async function globalIds(db: Db): Promise<Record<string, string[]>> {
  const ids: Record<string, string[]> = {};
  for (const [table, type] of Object.entries(NODE_TABLES)) {
    const rows = await db
      .selectFrom(table as never)
      .select('id' as never)
      .orderBy('id' as never)
      .limit(12)
      .execute();
    ids[type] = (rows as { id: string }[]).map((row) => encodeGlobalID(type, row.id));
  }
  return ids;
}

/**
 * One store for a whole property, with a token over Tuyên Quang (before 2025) so that writes can pass
 * authorization and reach core; `post` sends it or not.
 */
async function fuzzApi() {
  const api = await exampleApi({ token: { unitCode: '08', date: '2023-06-01' } });
  const ids = await globalIds(api.store.db);
  expect(Object.values(ids).flat().length).toBeGreaterThan(50);
  const queries = graphqlRequestArb(schema, ids, 'query');
  const mutations = graphqlRequestArb(schema, ids, 'mutation');
  const post = async (request: GraphQLRequest, withToken = false) => {
    const { rootNames: _, ...body } = request;
    const describe = JSON.stringify(body);
    const response = await api.api.fetch('http://mttq.test/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        ...(withToken && api.token && { authorization: `Bearer ${api.token}` }),
      },
      body: describe,
    });
    return checkAnswer(response, `${withToken ? '(with token) ' : ''}${describe}`);
  };
  return { ...api, ids, queries, mutations, post };
}

/** fast-check's report, with runs of one character (the 100 KB strings) cut short so that it stays readable. */
function shortReport<T>(details: fc.RunDetails<T>): void {
  if (!details.failed) return;
  const cause = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
  const report = `${fc.defaultReportMessage(details) ?? 'property failed'}\nCaused by: ${cause}`;
  throw new Error(
    report.replace(/(.)\1{99,}/gsu, (run, char: string) => `${char.repeat(10)}…(${run.length} × ${JSON.stringify(char)})`).slice(0, 30_000),
  );
}

const options = <T>(numRuns: number): fc.Parameters<T> => ({ numRuns, seed: SEED, reporter: shortReport<T> });

describe('fuzzing the API with requests drawn from its schema', () => {
  it(`answers ${RUNS.queries} random queries with data or clear errors, never a 5xx or a masked error, and writes nothing`, async () => {
    const api = await fuzzApi();
    const before = await rowCounts(api.store.db);
    await fc.assert(
      fc.asyncProperty(api.queries, async (request) => {
        sent.queries++;
        tally((await api.post(request)).answer, request.rootNames);
      }),
      options(RUNS.queries),
    );
    expect(await rowCounts(api.store.db)).toEqual(before);
  }, 600_000);

  it(`answers ${RUNS.mutations} random mutations; every refused one leaves all tables as they were`, async () => {
    const api = await fuzzApi();
    let counts = await rowCounts(api.store.db);
    let refusedWrites = 0;
    let writes = 0;
    await fc.assert(
      // Nine in ten carry the token; the others must be refused by authorization, writing nothing.
      fc.asyncProperty(api.mutations, fc.nat(9), async (request, coin) => {
        sent.mutations++;
        const { answer } = await api.post(request, coin > 0);
        tally(answer, request.rootNames);
        const after = await rowCounts(api.store.db);
        const data = answer?.data ?? null;
        const succeeded = request.rootNames.some((name) => {
          const result = data?.[name] as { __typename?: string } | null | undefined;
          return typeof result?.__typename === 'string' && !ERROR_TYPES.has(result.__typename);
        });
        if (succeeded) writes++;
        else {
          refusedWrites++;
          expect(
            after,
            `a refused write changed the store: ${JSON.stringify(request).slice(0, 3000)}\n${JSON.stringify(answer).slice(0, 3000)}`,
          ).toEqual(counts);
        }
        counts = after;
      }),
      options(RUNS.mutations),
    );
    console.info(`mutations: ${writes} written, ${refusedWrites} refused`);
    expect(refusedWrites).toBeGreaterThan(0);
  }, 600_000);

  it(`answers ${RUNS.raw} raw hostile HTTP requests (bad JSON, wrong content types, huge GETs, other methods) without a 5xx`, async () => {
    const api = await fuzzApi();
    const before = await rowCounts(api.store.db);
    await fc.assert(
      fc.asyncProperty(rawRequestArb(api.queries, api.mutations), async (raw: RawRequest) => {
        sent.raw++;
        await checkAnswer(
          await api.api.fetch(raw.url, { ...raw.init, headers: { ...(raw.init.headers as Record<string, string>) } }),
          raw.describe,
          raw.url,
        );
      }),
      options(RUNS.raw),
    );
    expect(await rowCounts(api.store.db)).toEqual(before);
  }, 600_000);

  it(`answers ${RUNS.attacks} requests of the attacks of issue 19 (pathological whitespace, repeated ids, limits in variable defaults, huge strings) within a second each, refused with their codes when over a limit`, async () => {
    const api = await fuzzApi();
    const before = await rowCounts(api.store.db);
    const slowest = new Map<SecurityRequest['kind'], number>();
    await fc.assert(
      fc.asyncProperty(securityRequestArb(api.ids), async (attack) => {
        sent.attacks++;
        const describe = `${attack.kind} (${attack.contentType}, ${attack.body.length} characters): ${attack.body}`;
        const started = performance.now();
        const response = await api.api.fetch('http://mttq.test/graphql', {
          method: 'POST',
          headers: { 'content-type': attack.contentType, accept: 'application/json' },
          body: attack.body,
        });
        const { answer } = await checkAnswer(response, describe);
        const ms = performance.now() - started;
        slowest.set(attack.kind, Math.max(slowest.get(attack.kind) ?? 0, ms));
        tally(answer, []);
        const code = answer?.errors?.[0]?.extensions?.code as string | undefined;
        const report = `${describe.slice(0, 600)}
→ ${JSON.stringify(answer).slice(0, 600)}`;
        const refusedWith = Buffer.byteLength(attack.body) > LIMITS.maxBodyBytes ? ['REQUEST.BODY_TOO_LARGE'] : attack.refusedWith;
        if (refusedWith !== null) expect(refusedWith, report).toContain(code);
        else if (code !== undefined) expect(attack.alsoAllowed ?? [], report).toContain(code);
        // A fraction of a second when alone; a second leaves room for a CPU shared with other processes.
        expect(ms, report).toBeLessThan(1_000);
      }),
      options(RUNS.attacks),
    );
    console.info(
      `attacks, slowest answer by kind: ${JSON.stringify(Object.fromEntries([...slowest].map(([kind, ms]) => [kind, Math.round(ms)])))} ms`,
    );
    expect(await rowCounts(api.store.db)).toEqual(before);
  }, 600_000);

  it.runIf(SCALE >= 1)('sent at least 10,000 requests in all', () => {
    expect(sent.queries + sent.mutations + sent.raw).toBeGreaterThanOrEqual(10_000);
  });
});
