/** Helpers for tests of this project and of code built on it: one suite, run on SQLite and PostgreSQL. */
export {
  openFreshStore,
  openFreshExampleStore,
  freshExamplePostgresDatabase,
  dropTestDatabases,
  runId,
  testDialect,
  testPostgresUrl,
  withDatabase,
  runPostgresAdmin,
} from './fresh-store.js';
export { holdSqliteLock } from './sqlite-lock.js';
export { tableCounts } from './table-counts.js';
export { indexesOf } from './store-indexes.js';
export { englishIn } from './one-language.js';

// Seeded randomness, for generators and benchmarks whose runs must repeat.
export { seededRandom, type SeededRandom } from './seeded-random.js';
export { ReservoirSample } from './reservoir-sample.js';

// A national-scale synthetic dataset on the real post-2025 units, written with the bulk loader.
export { generateNationalDataset } from './national/national-dataset.generate.js';
export {
  NATIONAL_SIZE,
  SYNTHETIC_BENCH_SOURCE,
  type NationalDatasetOptions,
  type NationalDataset,
  type GenerationProgress,
  type GeneratedAssignment,
} from './national/national-dataset.js';
