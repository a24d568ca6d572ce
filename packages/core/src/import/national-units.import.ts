import type { UnitId } from '../shared/ids.js';
import { refuse } from '../shared/core-error.js';
import { ok, unwrap, type Result } from '../shared/result.js';
import { createSource } from '../source/source.repository.js';
import type { Db } from '../store/database.js';
import { runWrite } from '../store/run-write.js';
import { addLineageLinks, type LineageLinkInput } from '../lineage/lineage.repository.js';
import type { LineageWriteError } from '../lineage/lineage.errors.js';
import { createUnits } from '../unit/unit.repository.js';
import type { UnitWriteError } from '../unit/unit.errors.js';
import type { DataQualityReport } from './data-quality.js';
import type { UnitCorrection } from './official-reconcile.js';
import { readNationalUnits, type NationalUnitInput, type NationalUnits } from './national-units.js';

/** The steps of the national import, in the order they run. */
export const NATIONAL_IMPORT_PHASES = [
  'provincesBefore2025',
  'districtsBefore2025',
  'communesBefore2025',
  'provincesFrom2025',
  'communesFrom2025',
  'provinceLineage',
  'communeLineage',
] as const;

/** A step of the national import. */
export type NationalImportPhase = (typeof NATIONAL_IMPORT_PHASES)[number];

/** Where the import stands: `done` of `total` rows of `phase` written or found already present. */
export interface NationalImportProgress {
  readonly phase: NationalImportPhase;
  readonly done: number;
  readonly total: number;
}

/** How the import runs. */
export interface NationalImportOptions {
  /** Rows per transaction (default 500). */
  readonly batchSize?: number;
  /** Called when a phase starts and after every batch. */
  readonly onProgress?: (progress: NationalImportProgress) => void;
  /** The rows to write, when already read (`readNationalUnits()`); read from the packages otherwise. */
  readonly units?: NationalUnits;
}

/** What one phase did: rows it wrote, and rows it found already present and kept. */
export interface NationalImportCount {
  readonly phase: NationalImportPhase;
  readonly total: number;
  readonly created: number;
  readonly existing: number;
}

/** What the import did, how fast, and what it found wrong in the data. */
export interface NationalImportReport {
  readonly counts: readonly NationalImportCount[];
  readonly durationMs: number;
  /** Units written per second of unit phases (0 when every unit was already present). */
  readonly unitsPerSecond: number;
  readonly quality: DataQualityReport;
  /** Every code and name the official list changed, with what each source says (see `formatCorrections`). */
  readonly corrections: readonly UnitCorrection[];
}

/**
 * Loads every province, district and commune of Vietnam in both eras and the lineage of the 2025 reform,
 * batch by batch, each batch in one transaction. Rows whose id is already present are kept as they are, so
 * running it twice changes nothing and a run that stopped half-way resumes where it stopped. Units of the
 * example dataset (same ids) are kept too.
 *
 * @example
 * const report = unwrap(await importNationalUnits(store.db, { onProgress: (p) => console.error(p.phase, p.done, p.total) }));
 */
export async function importNationalUnits(
  db: Db,
  options: NationalImportOptions = {},
): Promise<Result<NationalImportReport, UnitWriteError | LineageWriteError>> {
  const started = performance.now();
  const data = options.units ?? (await readNationalUnits());
  const batchSize = options.batchSize ?? 500;
  const progress = options.onProgress ?? (() => {});
  unwrap(await createSource(db, data.sources.before2025));
  unwrap(await createSource(db, data.sources.from2025));
  unwrap(await createSource(db, data.sources.corrected));

  const counts: NationalImportCount[] = [];
  let unitMs = 0;
  let unitsCreated = 0;
  const unitPhases: [NationalImportPhase, readonly NationalUnitInput[]][] = [
    ['provincesBefore2025', data.provincesBefore2025],
    ['districtsBefore2025', data.districtsBefore2025],
    ['communesBefore2025', data.communesBefore2025],
    ['provincesFrom2025', data.provincesFrom2025],
    ['communesFrom2025', data.communesFrom2025],
  ];
  for (const [phase, rows] of unitPhases) {
    const t = performance.now();
    const result = await inBatches(db, phase, rows, batchSize, progress, (trx, batch) => writeUnits(trx, batch));
    if (!result.ok) return result;
    counts.push(result.value);
    unitsCreated += result.value.created;
    unitMs += performance.now() - t;
  }
  const lineagePhases: [NationalImportPhase, readonly LineageLinkInput[]][] = [
    ['provinceLineage', data.provinceLineage],
    ['communeLineage', data.communeLineage],
  ];
  for (const [phase, rows] of lineagePhases) {
    const result = await inBatches(db, phase, rows, batchSize, progress, async (trx, batch) => {
      const written = await addLineageLinks(trx, batch);
      if (!written.ok) refuse(written.error);
      return written.value.created;
    });
    if (!result.ok) return result;
    counts.push(result.value);
  }
  return ok({
    counts,
    durationMs: performance.now() - started,
    unitsPerSecond: unitMs > 0 ? Math.round((unitsCreated * 1000) / unitMs) : 0,
    quality: data.quality,
    corrections: data.corrections,
  });
}

/** Writes the units of a batch whose ids are not present yet; returns how many it wrote. */
async function writeUnits(trx: Db, batch: readonly NationalUnitInput[]): Promise<number> {
  const present = await trx
    .selectFrom('admin_unit')
    .select('id')
    .where(
      'id',
      'in',
      batch.map((u) => u.id),
    )
    .execute();
  const skip = new Set(present.map((r) => r.id as UnitId));
  const missing = batch.filter((u) => !skip.has(u.id));
  if (missing.length === 0) return 0;
  const created = await createUnits(trx, missing);
  if (!created.ok) refuse(created.error);
  return missing.length;
}

async function inBatches<T, E extends UnitWriteError | LineageWriteError>(
  db: Db,
  phase: NationalImportPhase,
  rows: readonly T[],
  batchSize: number,
  progress: (p: NationalImportProgress) => void,
  write: (trx: Db, batch: readonly T[]) => Promise<number>,
): Promise<Result<NationalImportCount, E>> {
  let created = 0;
  progress({ phase, done: 0, total: rows.length });
  for (let start = 0; start < rows.length; start += batchSize) {
    const batch = rows.slice(start, start + batchSize);
    const result = await runWrite<number, E>(
      db,
      (trx) => write(trx, batch),
      () => [],
    );
    if (!result.ok) return result;
    created += result.value;
    progress({ phase, done: Math.min(start + batchSize, rows.length), total: rows.length });
  }
  return ok({ phase, total: rows.length, created, existing: rows.length - created });
}
