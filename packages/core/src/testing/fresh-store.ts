import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { loadExampleDataset } from '../dataset/example-dataset.js';
import { openStore, type OpenStoreOptions, type Store } from '../store/open-store.js';

/** The database the tests run on: `MTTQ_TEST_DIALECT` (`sqlite`, the default, or `postgres`). */
export function testDialect(): 'sqlite' | 'postgres' {
  return process.env.MTTQ_TEST_DIALECT === 'postgres' ? 'postgres' : 'sqlite';
}

/** The PostgreSQL server the tests use: `MTTQ_TEST_POSTGRES_URL`, a URL to an existing database (e.g. `postgres`). */
export function testPostgresUrl(): string {
  const url = process.env.MTTQ_TEST_POSTGRES_URL;
  if (!url) throw new Error('MTTQ_TEST_DIALECT=postgres needs MTTQ_TEST_POSTGRES_URL (see .ci/run)');
  return url;
}

/** The same URL pointing at another database of the server. */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/**
 * A fresh, empty, migrated store on the dialect under test: an in-memory SQLite database, or a new
 * PostgreSQL database (byte-order collation, like SQLite's) that is dropped when the store is closed.
 * Tests call this instead of `openStore()` so that one suite runs on both databases.
 */
export async function openFreshStore(options: Pick<OpenStoreOptions, 'onQuery'> = {}): Promise<Store> {
  if (testDialect() === 'sqlite') return openStore(options);
  return clonePostgres('template0', options);
}

let exampleTemplate: Promise<string> | undefined;

/**
 * A fresh store holding the example dataset. On PostgreSQL the dataset is loaded once per test process into
 * a template database, and each store is a copy of it (much faster than loading it again).
 */
export async function openFreshExampleStore(options: Pick<OpenStoreOptions, 'onQuery'> = {}): Promise<Store> {
  if (testDialect() === 'sqlite') {
    const store = await openStore(options);
    await loadExampleDataset(store.db);
    return store;
  }
  return clonePostgres(await examplePostgresTemplate(), options);
}

/**
 * A fresh PostgreSQL database holding the example dataset, not opened: its URL, for tests that open it from
 * other processes, and how to drop it (even while clients killed mid-write are still connected).
 *
 * @example
 * const { url, drop } = await freshExamplePostgresDatabase();
 * spawn('node', [..., '--url', url]);
 * await drop();
 */
export async function freshExamplePostgresDatabase(): Promise<{ readonly url: string; drop(): Promise<void> }> {
  const admin = testPostgresUrl();
  const name = await createPostgresDatabase(await examplePostgresTemplate());
  return { url: withDatabase(admin, name), drop: () => runAdmin(admin, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

/** The per-process template database holding the example dataset, made on first use. */
function examplePostgresTemplate(): Promise<string> {
  exampleTemplate ??= (async () => {
    const name = `mttq_tpl_${runId()}_${process.pid}_${randomBytes(4).toString('hex')}`;
    const admin = testPostgresUrl();
    await runAdmin(admin, `CREATE DATABASE ${name} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'`);
    const store = await openStore({ url: withDatabase(admin, name), poolSize: 2 });
    await loadExampleDataset(store.db);
    await store.close();
    return name;
  })();
  return exampleTemplate;
}

/** A new database copied from `template`, with SQLite's byte-order collation; returns its name. */
async function createPostgresDatabase(template: string): Promise<string> {
  const name = `mttq_test_${runId()}_${process.pid}_${randomBytes(4).toString('hex')}`;
  await runAdmin(testPostgresUrl(), `CREATE DATABASE ${name} TEMPLATE ${template} ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'`);
  return name;
}

async function clonePostgres(template: string, options: Pick<OpenStoreOptions, 'onQuery'>): Promise<Store> {
  const admin = testPostgresUrl();
  const name = await createPostgresDatabase(template);
  const store = await openStore({ ...options, url: withDatabase(admin, name), poolSize: 4 });
  return {
    db: store.db,
    close: async () => {
      await store.close();
      await runAdmin(admin, `DROP DATABASE IF EXISTS ${name}`);
    },
  };
}

async function runAdmin(url: string, statement: string, parameters: readonly unknown[] = []): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement, [...parameters]);
  } finally {
    await client.end();
  }
}

/**
 * Runs one statement on the test PostgreSQL server's own database (`MTTQ_TEST_POSTGRES_URL`), outside any
 * store: for tests that act as the server's administrator (refusing connections to a database, ending them).
 *
 * @example
 * await runPostgresAdmin(`ALTER DATABASE ${name} ALLOW_CONNECTIONS false`);
 */
export function runPostgresAdmin(statement: string, parameters: readonly unknown[] = []): Promise<void> {
  return runAdmin(testPostgresUrl(), statement, parameters);
}

/**
 * The id of this test run (set by the global setup), part of every database name, so that runs sharing a
 * server never drop each other's databases.
 */
export function runId(): string {
  return (process.env.MTTQ_TEST_RUN_ID ?? 'adhoc').toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** Drops the databases this test run made (its id is `runId()`). */
export async function dropTestDatabases(): Promise<number> {
  if (!process.env.MTTQ_TEST_POSTGRES_URL) return 0;
  const client = new pg.Client({ connectionString: testPostgresUrl() });
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE $1 OR datname LIKE $2`, [
      `mttq\\_test\\_${runId()}\\_%`,
      `mttq\\_tpl\\_${runId()}\\_%`,
    ]);
    for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
    return rows.length;
  } finally {
    await client.end();
  }
}
