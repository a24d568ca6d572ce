/**
 * Issue 16: the tasks of a person who carries thousands. Generates a small national dataset (into a temporary
 * SQLite file, or into the empty PostgreSQL database of `--database-url`), gives a province's Front committee
 * `--assignments` more tasks, then times, for its chair, the whole list (`tasksOfPerson`, what the API paged
 * in memory before) against page one and a later page read in SQL (`tasksOfPersonPage`), beside the target,
 * and prints the page statement's query plan.
 *
 * @example
 * npx tsx --conditions=source packages/bench/src/person-tasks.bench.ts --assignments 3000
 * npx tsx --conditions=source packages/bench/src/person-tasks.bench.ts --database-url postgres://…/empty_db
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchArgs } from './bench-args.js';
import { isoDate, openStore, tasksOfPerson, tasksOfPersonPage, unwrap, type Db } from '@mttq/core';
import { generate } from './dataset.js';
import { addHeavyHead } from './heavy-head.js';
import { formatGc, formatMeasurement, measure } from './measure.js';
import { pagePlan } from './person-tasks.plan.js';

const args = benchArgs(
  'npx tsx --conditions=source packages/bench/src/person-tasks.bench.ts',
  'A province Front chair carrying thousands of tasks: the whole list against pages read in SQL.',
  {
    'database-url': { type: 'string' },
    communes: { type: 'string', default: '20' },
    areas: { type: 'string', default: '10' },
    assignments: { type: 'string', default: '3000' },
    iterations: { type: 'string', default: '300' },
    seed: { type: 'string', default: '20250701' },
  },
);
const DATE = isoDate('2026-06-01');
const TARGET_P99_MS = 5;
const log = (line: string) => process.stderr.write(`${line}\n`);

const dir = mkdtempSync(join(tmpdir(), 'mttq-bench-tasks-'));
const where = args['database-url'] ? { url: args['database-url'] } : { filename: join(dir, 'bench.sqlite') };
const store = await openStore(where);
try {
  await generate(store, { communes: Number(args.communes), areasPerCommune: Number(args.areas), seed: Number(args.seed) }, log);
  const head = await addHeavyHead(store.db, Number(args.assignments));
  const whole = await tasksOfPerson(store.db, head.personId, DATE);
  const first = unwrap(await tasksOfPersonPage(store.db, head.personId, DATE, { first: 20 }));
  if (JSON.stringify(first.items) !== JSON.stringify(whole.slice(0, 20)) || first.totalCount !== whole.length)
    throw new Error('tasksOfPersonPage differs from tasksOfPerson for the heavy head');
  // The cursor of item 1,000 (pages hold at most 500): where a reader deep in the list goes on from.
  let middle = first;
  for (let read = 0; read < 1000 && middle.pageInfo.hasNextPage; read += 500)
    middle = unwrap(
      await tasksOfPersonPage(store.db, head.personId, DATE, { first: 500, after: read === 0 ? undefined : middle.pageInfo.endCursor! }),
    );
  console.log(`database: ${args['database-url'] ? 'PostgreSQL' : 'SQLite'}; ${args.communes} communes × ${args.areas} areas`);
  console.log(
    `person: ${head.fullName}, chair of the Front committee of ${head.provinceName}: ${whole.length} tasks on ${DATE} (${head.added} added)`,
  );

  const iterations = Number(args.iterations);
  const options = { warmup: Math.min(30, iterations), iterations };
  const key = () => head.personId;
  const scenarios: [string, (db: Db) => Promise<unknown>][] = [
    ['whole list (tasksOfPerson; API before)', (db) => tasksOfPerson(db, head.personId, DATE)],
    ['page one, first 20 (in SQL)', (db) => tasksOfPersonPage(db, head.personId, DATE, { first: 20 })],
    ['page one, first 100 (in SQL)', (db) => tasksOfPersonPage(db, head.personId, DATE, { first: 100 })],
    [
      'first 20 after item 1,000 (in SQL)',
      (db) => tasksOfPersonPage(db, head.personId, DATE, { first: 20, after: middle.pageInfo.endCursor ?? undefined }),
    ],
    // What the API asks when the query does not select totalCount: the page without counting every task.
    ['page one, first 20, no count (in SQL)', (db) => tasksOfPersonPage(db, head.personId, DATE, { first: 20, count: false })],
    ['page one, first 100, no count (in SQL)', (db) => tasksOfPersonPage(db, head.personId, DATE, { first: 100, count: false })],
    [
      'first 20 after item 1,000, no count (in SQL)',
      (db) => tasksOfPersonPage(db, head.personId, DATE, { first: 20, after: middle.pageInfo.endCursor ?? undefined, count: false }),
    ],
  ];
  const results = [];
  for (const [name, run] of scenarios) results.push(await measure(name, key, () => run(store.db), options));
  for (const m of results) {
    const verdict = m.name.startsWith('whole') ? '' : `   target p99 ≤ ${TARGET_P99_MS} ms: ${m.p99Ms <= TARGET_P99_MS ? 'met' : 'MISSED'}`;
    console.log(`${formatMeasurement(m)}${verdict}`);
  }
  for (const m of results) console.log(formatGc(m));
  console.log('');
  console.log('query plan of the page statement (page one, first 20):');
  console.log(await pagePlan(where, head.personId, DATE));
} finally {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}
