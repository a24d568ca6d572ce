import { existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import SQLite from 'better-sqlite3';
import { StoreError } from './store-error.js';

/**
 * Copies a SQLite store to `destination` with SQLite's online backup (through better-sqlite3), while other
 * processes go on reading and writing it: the copy is consistent — it holds exactly the transactions committed
 * before the copy's last step — and opens as a store of its own. The destination's folder is created; an
 * existing destination file is replaced. PostgreSQL is backed up with `pg_dump` instead (see docs/deployment.md).
 *
 * @example
 * const { pages } = await backupSqliteStore('data/mttq.sqlite', `backup/mttq-${new Date().toISOString().slice(0, 10)}.sqlite`);
 */
const ALL_PAGES = 2 ** 31 - 1;

export async function backupSqliteStore(source: string, destination: string): Promise<{ readonly pages: number }> {
  if (!existsSync(source)) throw new StoreError('STORE.NOT_FOUND', `Không tìm thấy tệp dữ liệu ${source} (file not found).`);
  if (resolve(source) === resolve(destination)) {
    throw new StoreError('STORE.BACKUP_FAILED', `Tệp sao lưu phải khác tệp dữ liệu (${destination}) — the backup must go to another file.`);
  }
  let db: SQLite.Database | undefined;
  try {
    db = new SQLite(source, { readonly: true, fileMustExist: true });
    db.pragma('busy_timeout = 5000');
    mkdirSync(dirname(resolve(destination)), { recursive: true });
    // After the first step, the rest is copied in one step: a write by another process between two steps would
    // restart the copy, and a busy store could restart it forever. One step reads one consistent snapshot (in
    // WAL mode writers go on meanwhile).
    const { totalPages } = await db.backup(destination, { progress: () => ALL_PAGES });
    return { pages: totalPages };
  } catch (error) {
    throw new StoreError(
      'STORE.BACKUP_FAILED',
      `Không sao lưu được ${source} sang ${destination} (backup failed): ${(error as Error).message}`,
    );
  } finally {
    db?.close();
  }
}
