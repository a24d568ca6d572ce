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
  exampleTemplate ??= (async () => {
    const name = `mttq_tpl_${process.pid}_${randomBytes(4).toString('hex')}`;
    const admin = testPostgresUrl();
    await runAdmin(admin, `CREATE DATABASE ${name} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'`);
    const store = await openStore({ url: withDatabase(admin, name), poolSize: 2 });
    await loadExampleDataset(store.db);
    await store.close();
    return name;
  })();
  return clonePostgres(await exampleTemplate, options);
}

async function clonePostgres(template: string, options: Pick<OpenStoreOptions, 'onQuery'>): Promise<Store> {
  const admin = testPostgresUrl();
  const name = `mttq_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  await runAdmin(admin, `CREATE DATABASE ${name} TEMPLATE ${template} ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'`);
  const store = await openStore({ ...options, url: withDatabase(admin, name), poolSize: 4 });
  return {
    db: store.db,
    close: async () => {
      await store.close();
      await runAdmin(admin, `DROP DATABASE IF EXISTS ${name}`);
    },
  };
}

async function runAdmin(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** Drops every database the tests made (left behind by a crashed run, or the per-process templates). */
export async function dropTestDatabases(): Promise<number> {
  if (!process.env.MTTQ_TEST_POSTGRES_URL) return 0;
  const client = new pg.Client({ connectionString: testPostgresUrl() });
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE 'mttq\\_test\\_%' OR datname LIKE 'mttq\\_tpl\\_%'`);
    for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
    return rows.length;
  } finally {
    await client.end();
  }
}
