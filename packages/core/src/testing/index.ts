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
} from './fresh-store.js';
