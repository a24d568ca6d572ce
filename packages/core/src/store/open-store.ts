import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, sql, type Dialect, type MigrationProvider } from 'kysely';
import pg from 'pg';
import type { Database, Db } from './database.js';
import { MIGRATIONS } from './migrations/index.js';
import { buildSetAsideIndexes, hasSetAsideIndexes, SET_ASIDE_INDEX_TABLE } from './set-aside-indexes.js';
import { ImmediateSqliteDialect } from './sqlite-immediate.dialect.js';
import { withStatementCache } from './sqlite-statement-cache.js';
import { StoreError } from './store-error.js';

/** Where the store keeps its data. */
export interface OpenStoreOptions {
  /** A SQLite file, created with its folder when missing; `:memory:` (the default) for a throwaway store. */
  readonly filename?: string;
  /**
   * A PostgreSQL connection URL (`postgres://user:pass@host:5432/mttq`, or `postgres:///mttq?host=/var/run/postgresql`
   * for a local socket): the store lives there instead of in SQLite, for several API instances on one database.
   */
  readonly url?: string;
  /** Connections in the PostgreSQL pool (default 10). */
  readonly poolSize?: number;
  /** Called after every SQL statement with its text, parameters and duration: for counting statements and tracing. */
  readonly onQuery?: (event: { readonly sql: string; readonly parameters: readonly unknown[]; readonly durationMs: number }) => void;
}

/** The driver under a store's Kysely handle, for bulk writes that bypass the query builder (see `rawConnectionOf`). */
export type RawConnection =
  { readonly dialect: 'sqlite'; readonly database: SQLite.Database } | { readonly dialect: 'postgres'; readonly pool: pg.Pool };

const rawConnections = new WeakMap<Db, RawConnection>();

/**
 * The driver under a handle `openStore` returned (`undefined` for a transaction or any other Kysely instance):
 * for the bulk loader's prepared statements, without threading the driver through every signature.
 */
export function rawConnectionOf(db: Db): RawConnection | undefined {
  return rawConnections.get(db);
}

/** An open store: the Kysely handle every core function takes, and how to close it. */
export interface Store {
  readonly db: Db;
  close(): Promise<void>;
}

/**
 * Opens a store — embedded SQLite by default (the file is created when missing), PostgreSQL when `url` is
 * given — and brings its schema up to date. Refuses a database whose schema is newer than this code.
 *
 * @example
 * const store = await openStore({ filename: 'data/mttq.sqlite' });
 * const tree = await unitTreeOn(store.db, provinceId, isoDate('2022-01-01'));
 * await store.close();
 */
export async function openStore(options: OpenStoreOptions = {}): Promise<Store> {
  const onQuery = options.onQuery;
  const { dialect, raw } = options.url
    ? postgresDialect(options.url, options.poolSize ?? 10)
    : sqliteDialect(options.filename ?? ':memory:');
  const db = new Kysely<Database>({
    dialect,
    ...(onQuery && {
      log: (event) => {
        if (event.level === 'query')
          onQuery({ sql: event.query.sql, parameters: event.query.parameters, durationMs: event.queryDurationMillis });
      },
    }),
  });
  try {
    await migrate(db);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  rawConnections.set(db, raw);
  return { db, close: () => db.destroy() };
}

function sqliteDialect(filename: string): { dialect: Dialect; raw: RawConnection } {
  if (filename !== ':memory:') mkdirSync(dirname(filename), { recursive: true });
  const sqlite = new SQLite(filename);
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  if (filename !== ':memory:') sqlite.pragma('journal_mode = WAL');
  return { dialect: new ImmediateSqliteDialect({ database: withStatementCache(sqlite) }), raw: { dialect: 'sqlite', database: sqlite } };
}

/** Settings of every pooled PostgreSQL session the store opens (see `postgresDialect`). */
const SESSION_OPTIONS = '-c random_page_cost=1.1';

function postgresDialect(url: string, max: number): { dialect: Dialect; raw: RawConnection } {
  // The planner's default random_page_cost (4) prices an index probe as a disk seek, so a batch read of a few
  // hundred keys (the holdings of 150 organizations) hashes a seq scan of the whole table instead of probing the
  // index per key: 11–30 ms against 3.5 ms on the 40-commune bench database. The store's working set is in
  // memory or on SSD, where 1.1 is the usual setting. An `options` parameter in the URL takes precedence.
  const pool = new pg.Pool({ connectionString: url, max, connectionTimeoutMillis: 5_000, options: SESSION_OPTIONS });
  // A pooled connection that the server closes while idle (a restart, an administrator) is dropped from the pool
  // and its error reported here; without a listener it would end the process. The next query opens a new one.
  pool.on('error', () => {});
  return { dialect: new PostgresDialect({ pool }), raw: { dialect: 'postgres', pool } };
}

const provider: MigrationProvider = { getMigrations: async () => MIGRATIONS };

async function migrate(db: Db): Promise<void> {
  const tables = await db.introspection.getTables({ withInternalKyselyTables: true });
  if (tables.some((t) => t.name === 'kysely_migration')) {
    const { rows } = await sql<{ name: string }>`select name from kysely_migration`.execute(db);
    const unknown = rows.map((r) => r.name).filter((name) => !Object.hasOwn(MIGRATIONS, name));
    if (unknown.length > 0) {
      throw new StoreError(
        'STORE.SCHEMA_TOO_NEW',
        `Cơ sở dữ liệu có lược đồ mới hơn phiên bản mã này (migration chưa biết: ${unknown.join(', ')}). ` +
          'Hãy cập nhật @mttq/core trước khi mở tệp này.',
      );
    }
  }
  // Indexes a fresh bulk load set aside and did not live to build again: built before any migration touches them.
  if (tables.some((t) => t.name === SET_ASIDE_INDEX_TABLE) && (await hasSetAsideIndexes(db))) await buildSetAsideIndexes(db);
  const { error } = await new Migrator({ db, provider }).migrateToLatest();
  if (error) {
    throw new StoreError('STORE.MIGRATION_FAILED', `Không nâng cấp được cơ sở dữ liệu: ${String(error)}`);
  }
}
