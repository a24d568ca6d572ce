import {
  stableId,
  type AssignmentId,
  type AssignmentRequest,
  type NationalUnits,
  type PersonId,
  type SourceId,
  type TaskId,
  type UnitId,
} from '../../index.js';

/** What the generator is asked to build. */
export interface NationalDatasetOptions {
  readonly seed: number;
  /** How many post-2025 communes get synthetic data (default: all 3,321). */
  readonly communes?: number;
  readonly areasPerCommune: number;
  /** People holding posts at each province, commune and residential area. */
  readonly peoplePerUnit: number;
  /** Assignments at each residential area (a Front office cadre's regular work, a movement, monthly meetings). */
  readonly assignmentsPerUnit: number;
  /** Communes per batch, each batch one transaction of the bulk loader (default 20). */
  readonly communesPerBatch?: number;
  /** At most this many people and assignments are kept in the returned dataset, drawn at random (default 20,000). */
  readonly sampleSize?: number;
  /**
   * Whether the tables the generator alone fills build their secondary indexes once at the end instead of row
   * by row (default true; see `openBulkLoader`'s `deferIndexes`): false loads the way a store in use is loaded.
   */
  readonly deferIndexes?: boolean;
  /** The national units, when already read (reading them takes a few seconds). */
  readonly units?: NationalUnits;
  readonly onProgress?: (progress: GenerationProgress) => void;
}

/** The national size of issue 8: ≈ 100,000 residential areas, ≈ 1,000,000 people, ≈ 3,000,000 assignments. */
export const NATIONAL_SIZE = { areasPerCommune: 30, peoplePerUnit: 10, assignmentsPerUnit: 30 } as const;

/** How far the generator is, and how fast the bulk loader writes. */
export interface GenerationProgress {
  readonly phase: 'units' | 'provinces' | 'communes';
  readonly done: number;
  readonly total: number;
  /** Rows written by the bulk loader so far. */
  readonly rowsWritten: number;
  /** Those rows per second since the bulk load started. */
  readonly rowsPerSecond: number;
}

/** An assignment the generator wrote, with the rule-check request it passed. */
export interface GeneratedAssignment {
  readonly id: AssignmentId;
  readonly request: AssignmentRequest;
}

/** What the generator wrote: keys for benchmarks and tests, and how fast. */
export interface NationalDataset {
  readonly provinces: readonly UnitId[];
  readonly communes: readonly UnitId[];
  readonly areas: readonly UnitId[];
  /** The people written, or a seeded sample of `sampleSize` of them when there are more. */
  readonly people: readonly PersonId[];
  readonly peopleCount: number;
  readonly tasks: readonly TaskId[];
  /** The assignments written with the rule-check request each passed, or a seeded sample of `sampleSize`. */
  readonly assignments: readonly GeneratedAssignment[];
  readonly assignmentCount: number;
  /** Rows of every table (audit log and hierarchy closure included) after minus before. */
  readonly rowsWritten: number;
  readonly rowsByTable: Readonly<Record<string, number>>;
  /** The whole generation: national units, bulk load and the final row count. */
  readonly durationMs: number;
  /**
   * The bulk load alone (provinces and communes: building the records, checking, writing), with the
   * loader's own split of its time: reading stored records named, checking in memory, writing per table.
   */
  readonly bulk: {
    readonly rows: number;
    readonly durationMs: number;
    readonly batches: number;
    readonly readMs: number;
    readonly checkMs: number;
    readonly writeMsByTable: Readonly<Record<string, number>>;
    /** Building the indexes set aside during the load (`deferIndexes`), at the end. */
    readonly indexMs: number;
  };
}

/** The synthetic source every generated row cites. */
export const SYNTHETIC_BENCH_SOURCE = {
  kind: 'synthetic',
  id: stableId<SourceId>('src', 'synthetic-national-bench'),
  title: 'Dữ liệu tổng hợp cho đo hiệu năng (không phải dữ liệu thật)',
  note: 'Made-up people, residential areas, posts, terms, directives and assignments on top of the real post-2025 units, for benchmarks.',
} as const;
