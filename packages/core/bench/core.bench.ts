/**
 * National-scale benchmark of core's read paths on SQLite: generates a synthetic dataset on the real
 * post-2025 units in a temporary file, then times four questions on seeded random keys, two of them against
 * hand-written SQL on the same file.
 *
 * @example
 * npx tsx --conditions=source packages/core/bench/core.bench.ts --communes 300
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { DEFAULT_RULE_PACK, assignmentsInSubtree, checkAssignment, isoDate, openStore, responsibleFor, tasksOfPerson, unwrap, type PersonId, type UnitId } from '../src/index.js';
import { generateNationalDataset } from './generate.js';
import { formatMeasurement, measure } from './measure.js';
import { seededRandom } from './seeded-random.js';
import { sqlBaseline } from './sql-baseline.js';

const { values: args } = parseArgs({
  options: {
    communes: { type: 'string', default: '300' },
    areas: { type: 'string', default: '10' },
    people: { type: 'string', default: '4' },
    assignments: { type: 'string', default: '2' },
    iterations: { type: 'string', default: '500' },
    seed: { type: 'string', default: '20250701' },
  },
});
const communes = Number(args.communes);
const iterations = Number(args.iterations);
const seed = Number(args.seed);
const DATE = isoDate('2026-06-01');
const log = (line: string) => process.stderr.write(`${line}\n`);

const dir = mkdtempSync(join(tmpdir(), 'mttq-bench-'));
const file = join(dir, 'bench.sqlite');
const store = await openStore({ filename: file });
try {
  let lastPhase = '';
  let lastReport = 0;
  const dataset = await generateNationalDataset(store.db, {
    seed,
    communes,
    areasPerCommune: Number(args.areas),
    peoplePerUnit: Number(args.people),
    assignmentsPerUnit: Number(args.assignments),
    onProgress: (p) => {
      const now = performance.now();
      if (p.phase !== lastPhase || p.done === p.total || now - lastReport > 2000) {
        log(`  generate ${p.phase} ${p.done}/${p.total}`);
        lastPhase = p.phase;
        lastReport = now;
      }
    },
  });
  const seconds = dataset.durationMs / 1000;
  console.log(`generation: ${dataset.communes.length} communes × ${args.areas} areas, ${dataset.people.length} people, ${dataset.assignments.length} assignments`);
  console.log(`generation: ${dataset.rowsWritten} rows (audit log and closure included) in ${seconds.toFixed(1)} s = ${Math.round(dataset.rowsWritten / seconds)} rows/s`);
  console.log(`generation rows by table: ${JSON.stringify(dataset.rowsByTable)}`);

  const sqlite = new Database(file, { readonly: true });
  const baseline = sqlBaseline(sqlite);
  const rng = seededRandom(seed + 1);
  const people = dataset.people;
  const provinces = dataset.provinces;

  // The baseline must give core's answers before its figures mean anything.
  const checkRng = seededRandom(seed + 2);
  const withTasks = dataset.assignments.filter((a) => a.request.assignee.kind === 'person').map((a) => a.request.assignee.id as PersonId);
  for (const personId of [...Array.from({ length: 5 }, () => checkRng.pick(people)), ...withTasks.slice(0, 3)]) {
    const core = (await tasksOfPerson(store.db, personId, DATE)).map((t) => t.view.assignment.id);
    const sql = baseline.tasksOfPerson(personId, DATE);
    if (JSON.stringify(core) !== JSON.stringify(sql)) throw new Error(`baseline differs from tasksOfPerson for ${personId}: ${core.length} vs ${sql.length} ids`);
  }
  for (const unitId of Array.from({ length: 5 }, () => checkRng.pick(provinces))) {
    const core = unwrap(await assignmentsInSubtree(store.db, unitId, DATE, {}, { first: 100 }));
    const sql = baseline.subtreePage(unitId, DATE, 100);
    const coreIds = core.items.map((v) => v.assignment.id);
    if (JSON.stringify(coreIds) !== JSON.stringify(sql.ids) || core.totalCount !== sql.total) throw new Error(`baseline differs from assignmentsInSubtree for ${unitId}`);
  }
  console.log('baseline check: the hand-written SQL returns the same ids as core (8 people, 5 provinces)');

  const options = { warmup: Math.min(50, iterations), iterations };
  const results = [
    await measure('(a) tasksOfPerson (core)', () => rng.pick(people), (id) => tasksOfPerson(store.db, id, DATE), options),
    await measure('(a) tasksOfPerson (SQL baseline)', () => rng.pick(people), (id) => baseline.tasksOfPerson(id, DATE), options),
    await measure('(b) responsibleFor (core)', () => rng.pick(dataset.tasks), (id) => responsibleFor(store.db, id, DATE), options),
    await measure('(c) assignmentsInSubtree 100 (core)', () => rng.pick(provinces), (id: UnitId) => assignmentsInSubtree(store.db, id, DATE, {}, { first: 100 }), options),
    await measure('(c) assignmentsInSubtree 100 (SQL baseline)', () => rng.pick(provinces), (id) => baseline.subtreePage(id, DATE, 100), options),
    await measure('(d) checkAssignment (core)', () => rng.pick(dataset.assignments).request, (r) => checkAssignment(store.db, DEFAULT_RULE_PACK, r), options),
  ];
  for (const m of results) console.log(formatMeasurement(m));
  const ratio = (core: number, base: number) => (results[core]!.p50Ms / results[base]!.p50Ms).toFixed(1);
  console.log(`ratio core/baseline at p50: (a) ${ratio(0, 1)}×, (c) ${ratio(3, 4)}×`);
  sqlite.close();
} finally {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}
