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
