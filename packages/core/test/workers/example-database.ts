import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadExampleDataset, openStore, type Store } from '../../src/index.js';
import { freshExamplePostgresDatabase } from '../../src/testing/fresh-store.js';
import { testDialect } from '../../src/testing/index.js';

/** A database other processes can open: the arguments that name it to a worker, and how to open and remove it. */
export interface SharedDatabase {
  readonly dialect: 'sqlite' | 'postgres';
  /** `--db FILE` or `--url URL`. */
  readonly args: readonly string[];
  open(): Promise<Store>;
  remove(): Promise<void>;
}

/** An empty SQLite file in a new temporary folder (created, with its schema, on first open). */
export function sqliteFile(): SharedDatabase {
  const dir = mkdtempSync(join(tmpdir(), 'mttq-'));
  const filename = join(dir, 'mttq.sqlite');
  return {
    dialect: 'sqlite',
    args: ['--db', filename],
    open: () => openStore({ filename }),
    remove: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** The example dataset in a database of the dialect under test: a temporary SQLite file, or a new PostgreSQL database. */
export async function sharedExampleDatabase(dialect = testDialect()): Promise<SharedDatabase> {
  if (dialect === 'postgres') {
    const { url, drop } = await freshExamplePostgresDatabase();
    return { dialect, args: ['--url', url], open: () => openStore({ url, poolSize: 2 }), remove: drop };
  }
  const file = sqliteFile();
  const store = await file.open();
  try {
    await loadExampleDataset(store.db);
  } finally {
    await store.close();
  }
  return file;
}
