// The generation loop: the national units, then the provinces and the communes in batches through the bulk loader.
import {
  DEFAULT_RULE_PACK,
  createSource,
  importNationalUnits,
  openBulkLoader,
  readNationalUnits,
  unwrap,
  type BulkBatch,
  type Db,
  type NationalUnitInput,
  type TaskId,
  type UnitId,
} from '../../index.js';
import { tableCounts } from '../table-counts.js';
import { SYNTHETIC_BENCH_SOURCE, type GenerationProgress, type NationalDataset, type NationalDatasetOptions } from './national-dataset.js';
import { emptyBatch, newState } from './national-dataset.records.js';
import { communeRecords, provinceRecords } from './national-dataset.units.js';

/**
 * Builds a national-scale synthetic dataset on the real post-2025 provinces and communes and loads it with
 * core's bulk loader (every record checked as the one-by-one writes check it, every assignment decided by
 * `DEFAULT_RULE_PACK`), one batch of communes at a time so the country is never in memory at once:
 * residential areas ("Thôn Tổng Hợp N"); at every province and commune the Party committee, its standing
 * members and standing committee, the Front committee with its standing board and office, the four
 * organizations with their standing boards, the People's Council and Committee (at a province also the
 * Labour federation, the Party's boards, delegation and caucus, the National Assembly delegation and two
 * departments); at every area the Front work board and the four branches; posts; people ("Người Tổng Hợp
 * 0000123") holding several posts at once within a term of the Front committee; a directive per province and
 * one per commune carrying it out, with their tasks; and assignments — yearly tasks to the Front and the
 * organizations, a movement from the province's Front to each commune's and from the commune's Front to
 * each area's work board, a Front office cadre's regular work at each area, and monthly meetings at each
 * area for the commune's Front and organization people. The same options always give the same rows (ids
 * included). A fixture for tests and benchmarks of code built on core.
 *
 * @example
 * import { generateNationalDataset } from '@mttq/core/testing';
 * const dataset = await generateNationalDataset(store.db, { seed: 1, communes: 3, areasPerCommune: 2, peoplePerUnit: 4, assignmentsPerUnit: 3 });
 */
export async function generateNationalDataset(db: Db, options: NationalDatasetOptions): Promise<NationalDataset> {
  const started = performance.now();
  const progress = options.onProgress ?? (() => {});
  const before = await tableCounts(db);
  const national = options.units ?? (await readNationalUnits());
  const communes = pickCommunes(national.communesFrom2025, options.communes ?? national.communesFrom2025.length);
  const unitTotal = national.provincesFrom2025.length + communes.length;

  // Only the post-2025 units the dataset stands on: the 34 provinces and the chosen communes.
  progress({ phase: 'units', done: 0, total: unitTotal, rowsWritten: 0, rowsPerSecond: 0 });
  const imported = await importNationalUnits(db, {
    units: {
      ...national,
      provincesBefore2025: [],
      districtsBefore2025: [],
      communesBefore2025: [],
      provinceLineage: [],
      communeLineage: [],
      communesFrom2025: communes,
    },
  });
  if (!imported.ok) throw new Error(`national import refused: ${imported.error.code}: ${imported.error.message}`);
  progress({ phase: 'units', done: unitTotal, total: unitTotal, rowsWritten: 0, rowsPerSecond: 0 });
  unwrap(await createSource(db, SYNTHETIC_BENCH_SOURCE));

  const state = newState(options);
  const loader = openBulkLoader(db, { rulePack: DEFAULT_RULE_PACK, deferIndexes: options.deferIndexes ?? true });
  const bulkStarted = performance.now();
  let bulkRows = 0;
  let batches = 0;
  let readMs = 0;
  let checkMs = 0;
  let indexMs: number;
  const writeMsByTable: Record<string, number> = {};
  const load = async (batch: BulkBatch, label: string, unitId: UnitId | null) => {
    const result = await loader.load(batch, { label, unitId });
    // The generator only builds what the model allows: a refusal is a bug in it.
    if (!result.ok) throw new Error(`generator batch refused: ${result.error.code}: ${result.error.message}`);
    bulkRows += result.value.rows;
    batches++;
    readMs += result.value.timings.readMs;
    checkMs += result.value.timings.checkMs;
    for (const [table, ms] of Object.entries(result.value.timings.writeMsByTable))
      writeMsByTable[table] = (writeMsByTable[table] ?? 0) + ms;
  };
  const report = (phase: GenerationProgress['phase'], done: number, total: number) =>
    progress({ phase, done, total, rowsWritten: bulkRows, rowsPerSecond: bulkRows / ((performance.now() - bulkStarted) / 1000) });

  const areas: UnitId[] = [];
  const tasks: TaskId[] = [];
  try {
    const provinces = national.provincesFrom2025;
    const provinceBatch = emptyBatch();
    for (const p of provinces) tasks.push(...provinceRecords(state, provinceBatch, p.id, p.name));
    await load(provinceBatch, 'syn-provinces', null);
    report('provinces', provinces.length, provinces.length);

    const perBatch = options.communesPerBatch ?? 20;
    for (let start = 0; start < communes.length; start += perBatch) {
      const slice = communes.slice(start, start + perBatch);
      const batch = emptyBatch();
      for (const commune of slice) {
        const made = communeRecords(state, batch, commune.id, commune.name, commune.parents![0]!.parentId);
        areas.push(...made.areas);
        tasks.push(...made.tasks);
      }
      await load(batch, `syn-communes-${start + 1}-${start + slice.length}`, slice.length === 1 ? slice[0]!.id : null);
      report('communes', start + slice.length, communes.length);
    }
  } finally {
    const closing = performance.now();
    await loader.close();
    indexMs = performance.now() - closing;
  }
  const bulkMs = performance.now() - bulkStarted;

  const after = await tableCounts(db);
  const rowsByTable = Object.fromEntries(Object.keys(after).map((t) => [t, after[t]! - (before[t] ?? 0)]));
  return {
    provinces: national.provincesFrom2025.map((p) => p.id),
    communes: communes.map((c) => c.id),
    areas,
    people: state.people.items,
    peopleCount: state.people.seen,
    tasks,
    assignments: state.assignments.items,
    assignmentCount: state.assignments.seen,
    rowsWritten: Object.values(rowsByTable).reduce((a, b) => a + b, 0),
    rowsByTable,
    durationMs: performance.now() - started,
    bulk: { rows: bulkRows, durationMs: bulkMs, batches, readMs, checkMs, writeMsByTable, indexMs },
  };
}

/** The first `n` post-2025 communes, taken from each province in turn so every province gets some. */
function pickCommunes(all: readonly NationalUnitInput[], n: number): NationalUnitInput[] {
  const byProvince = new Map<string, NationalUnitInput[]>();
  for (const c of all) {
    const p = c.parents?.[0]?.parentId ?? '';
    const list = byProvince.get(p);
    if (list) list.push(c);
    else byProvince.set(p, [c]);
  }
  const queues = [...byProvince.values()];
  const picked: NationalUnitInput[] = [];
  for (let i = 0; picked.length < n && picked.length < all.length; i++) {
    for (const q of queues) if (q[i] && picked.length < n) picked.push(q[i]!);
  }
  return picked;
}
