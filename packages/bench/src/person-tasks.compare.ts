/**
 * Issue 16: the tasks of a person who carries thousands, two versions of core side by side. Loads `tasksOfPersonPage`
 * from two checkouts of this repository (`--before`, `--after`: each a directory with `packages/core/src`, and
 * the same migrations), opens one store with each on the same database, and times their calls interleaved
 * (before, after, before, after…) so both see the same load on a shared machine; prints p50 and p99 of each and
 * the p50 ratio. A SQLite file that does not exist yet gets the generated dataset and the heavy head first (as
 * `person-tasks.bench.ts` makes them); a PostgreSQL database must already hold them (run that bench on it).
 *
 * @example
 * git clone -q . /tmp/before && git -C /tmp/before checkout -q <commit> # then link its node_modules
 * npx tsx --conditions=source packages/bench/src/person-tasks.compare.ts --before /tmp/before --after . --db /tmp/tasks.sqlite
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Core from '@mttq/core';
import { benchArgs } from './bench-args.js';
import { generate } from './dataset.js';
import { addHeavyHead } from './heavy-head.js';

const args = benchArgs(
  'npx tsx --conditions=source packages/bench/src/person-tasks.compare.ts',
  'Two versions of tasksOfPersonPage on one database, calls interleaved: p50/p99 of each and the ratio.',
  {
    before: { type: 'string', default: '.' },
    after: { type: 'string', default: '.' },
    db: { type: 'string' },
    'database-url': { type: 'string' },
    iterations: { type: 'string', default: '300' },
  },
);
const url = args['database-url'];
const filename = args.db ?? '/tmp/mttq-person-tasks.sqlite';
const where = url ? { url } : { filename };
const coreAt = async (dir: string) => {
  const entry = resolve(dir, 'packages/core/src/index.ts');
  if (!existsSync(entry)) {
    process.stderr.write(`${dir}: not a checkout of this repository (no packages/core/src/index.ts)\n`);
    process.exit(2);
  }
  return (await import(pathToFileURL(entry).href)) as typeof Core;
};
const before = await coreAt(args.before);
const after = await coreAt(args.after);
if (!url && !existsSync(filename)) {
  const store = await after.openStore(where);
  await generate(store, { communes: 5, areasPerCommune: 5, seed: 20250701 }, (line) => process.stderr.write(`${line}\n`));
  await addHeavyHead(store.db, 3000);
  await store.close();
}
const storeA = await before.openStore(where);
const storeB = await after.openStore(where);
try {
  const { id: person } = await storeA.db
    .selectFrom('person')
    .select('id')
    .where('full_name', '=', 'Người Tổng Hợp 0000001')
    .executeTakeFirstOrThrow();
  const date = before.isoDate('2026-06-01');
  const personId = person as Core.PersonId;
  // The cursor of item 1,000 (pages hold at most 500).
  const first = before.unwrap(await before.tasksOfPersonPage(storeA.db, personId, date, { first: 500 }));
  const deep = before.unwrap(await before.tasksOfPersonPage(storeA.db, personId, date, { first: 500, after: first.pageInfo.endCursor! }));
  const cursor = deep.pageInfo.endCursor ?? undefined;
  const scenarios: [string, Core.CountedPageRequest][] = [
    ['page one, first 20', { first: 20 }],
    ['page one, first 20, no count', { first: 20, count: false }],
    ['page one, first 100, no count', { first: 100, count: false }],
    ['first 20 after item 1,000, no count', { first: 20, after: cursor, count: false }],
  ];
  console.log(`${url ? 'PostgreSQL' : 'SQLite'}; before ${args.before}, after ${args.after}; ${args.iterations} calls each`);
  const runs = [
    { core: before, db: storeA.db },
    { core: after, db: storeB.db },
  ];
  for (const [name, request] of scenarios) {
    const answers = await Promise.all(
      runs.map(async (r) => JSON.stringify(r.core.unwrap(await r.core.tasksOfPersonPage(r.db, personId, date, request)))),
    );
    if (answers[0] !== answers[1]) throw new Error(`before and after answer differently: ${name}`);
    const times: [number[], number[]] = [[], []];
    for (let i = 0; i < Number(args.iterations) + 30; i++) {
      for (const [k, r] of runs.entries()) {
        const start = performance.now();
        await r.core.tasksOfPersonPage(r.db, personId, date, request);
        if (i >= 30) times[k]!.push(performance.now() - start);
      }
    }
    const [a, b] = times.map((t) => t.sort((x, y) => x - y));
    const at = (t: number[], q: number) => t[Math.min(t.length - 1, Math.floor(q * t.length))]!;
    const ms = (x: number) => `${x.toFixed(2)} ms`;
    console.log(
      `${name.padEnd(38)} before p50 ${ms(at(a!, 0.5))} p99 ${ms(at(a!, 0.99))} | after p50 ${ms(at(b!, 0.5))} p99 ${ms(at(b!, 0.99))} | p50 before/after ${(at(a!, 0.5) / at(b!, 0.5)).toFixed(2)}×`,
    );
  }
} finally {
  await storeA.close();
  await storeB.close();
}
