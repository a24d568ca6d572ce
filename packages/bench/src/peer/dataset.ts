import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, type Database, type Db } from '@mttq/core';
import pg from 'pg';
import { generateNationalDataset } from '@mttq/core/testing';

/** The same data twice: a SQLite file for the API on SQLite, a PostgreSQL database for the API on PostgreSQL and the peer. */
export interface PeerDataset {
  readonly sqliteFile: string;
  readonly postgresUrl: string;
  /** Removes what this run created (temporary SQLite file, scratch database); a no-op for data it was given. */
  dispose(): Promise<void>;
}

/** What to generate when no loaded data is given. */
export interface GenerateOptions {
  readonly seed: number;
  readonly communes: number;
  readonly areasPerCommune: number;
  readonly peoplePerUnit: number;
  readonly assignmentsPerUnit: number;
}

/**
 * The dataset the peer benchmark runs on: the SQLite file and PostgreSQL database given, or a SQLite file
 * generated now with core's generator and copied row for row
 * into a scratch PostgreSQL database, so both databases hold exactly the same rows.
 *
 * @example
 * const data = await peerDataset({ adminUrl, generate: { seed: 1, communes: 60, areasPerCommune: 30, peoplePerUnit: 4, assignmentsPerUnit: 1 } });
 */
export async function peerDataset(options: {
  readonly sqliteFile?: string;
  readonly postgresUrl?: string;
  /** A superuser URL on the server where a scratch database may be created. */
  readonly adminUrl: string;
  readonly generate: GenerateOptions;
  /** Keep what is generated (the file and the scratch database) for later runs. */
  readonly keep: boolean;
  readonly log: (line: string) => void;
}): Promise<PeerDataset> {
  const { log } = options;
  if (options.sqliteFile && options.postgresUrl) {
    return { sqliteFile: options.sqliteFile, postgresUrl: options.postgresUrl, dispose: async () => {} };
  }
  if (options.postgresUrl) throw new Error('--database-url needs --db with the same data in SQLite');

  let sqliteFile = options.sqliteFile;
  let tempDir: string | undefined;
  if (!sqliteFile) {
    tempDir = mkdtempSync(join(tmpdir(), 'mttq-peer-'));
    sqliteFile = join(tempDir, 'peer.sqlite');
    await generateSqlite(sqliteFile, options.generate, log);
  }
  const database = `mttq_peer_${process.pid}`;
  const postgresUrl = await copyToScratchDatabase(sqliteFile, options.adminUrl, database, log);
  const dispose = async () => {
    if (options.keep) {
      log(`kept: --db ${sqliteFile} --database-url '${postgresUrl}'`);
      return;
    }
    await adminQuery(options.adminUrl, `drop database if exists ${database} with (force)`);
    if (tempDir) rmSync(tempDir, { recursive: true, force: true });
  };
  return { sqliteFile, postgresUrl, dispose };
}

async function generateSqlite(file: string, options: GenerateOptions, log: (line: string) => void): Promise<void> {
  const store = await openStore({ filename: file });
  try {
    let lastReport = 0;
    const dataset = await generateNationalDataset(store.db, {
      ...options,
      onProgress: (p) => {
        const now = performance.now();
        if (p.done === p.total || now - lastReport > 5000) {
          log(`  generate ${p.phase} ${p.done}/${p.total}`);
          lastReport = now;
        }
      },
    });
    log(
      `generated ${dataset.communes.length} communes × ${options.areasPerCommune} areas, ${dataset.people.length} people, ${dataset.rowsWritten} rows in ${(dataset.durationMs / 1000).toFixed(1)} s`,
    );
  } finally {
    await store.close();
  }
}

/** Creates `database`, lets core's migrations make its schema, and copies every row of the SQLite file into it. */
async function copyToScratchDatabase(sqliteFile: string, adminUrl: string, database: string, log: (line: string) => void): Promise<string> {
  const started = performance.now();
  await adminQuery(adminUrl, `drop database if exists ${database} with (force)`);
  await adminQuery(adminUrl, `create database ${database}`);
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  const postgresUrl = url.toString();

  const target = await openStore({ url: postgresUrl });
  await target.close();
  const source = await openStore({ filename: sqliteFile });
  const client = new pg.Client({ connectionString: postgresUrl });
  await client.connect();
  let rows = 0;
  try {
    await client.query('begin');
    // Foreign-key triggers are off for this copy, so tables (and rows referring to rows of their own table) go in any order.
    await client.query('set local session_replication_role = replica');
    for (const table of await userTables(source.db)) {
      // Streamed, a thousand rows per INSERT, so a national dataset never sits in memory whole.
      let batch: Record<string, unknown>[] = [];
      for await (const row of source.db
        .selectFrom(table as keyof Database)
        .selectAll()
        .stream(1000)) {
        batch.push(row as Record<string, unknown>);
        if (batch.length === 1000) {
          await insertRows(client, table, batch);
          rows += batch.length;
          batch = [];
        }
      }
      await insertRows(client, table, batch);
      rows += batch.length;
    }
    await client.query('commit');
    await client.query('analyze');
  } finally {
    await client.end();
    await source.close();
  }
  log(`copied ${rows} rows into PostgreSQL database ${database} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return postgresUrl;
}

async function userTables(db: Db): Promise<string[]> {
  const tables = await db.introspection.getTables();
  return tables.map((t) => t.name).filter((name) => !name.startsWith('kysely_'));
}

async function insertRows(client: pg.Client, table: string, rows: readonly Record<string, unknown>[]): Promise<void> {
  const first = rows[0];
  if (!first) return;
  const columns = Object.keys(first);
  const values: unknown[] = [];
  const tuples = rows.map((row) => `(${columns.map((c) => `$${values.push(row[c])}`).join(', ')})`);
  await client.query(`insert into ${table} (${columns.join(', ')}) values ${tuples.join(', ')}`, values);
}

async function adminQuery(adminUrl: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}
