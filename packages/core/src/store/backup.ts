import { existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import SQLite from 'better-sqlite3';
import type { Texts } from '../shared/lang.js';
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
  if (!existsSync(source))
    throw failure('STORE.NOT_FOUND', { vi: `Không tìm thấy tệp dữ liệu ${source}.`, en: `No store file ${source}.` });
  if (resolve(source) === resolve(destination)) {
    throw failure('STORE.BACKUP_FAILED', {
      vi: `Tệp sao lưu phải khác tệp dữ liệu (${destination}).`,
      en: `The backup must go to another file than the store (${destination}).`,
    });
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
    const why = (error as Error).message;
    throw failure('STORE.BACKUP_FAILED', {
      vi: `Không sao lưu được ${source} sang ${destination}: ${why}`,
      en: `Cannot back up ${source} to ${destination}: ${why}`,
    });
  } finally {
    db?.close();
  }
}

function failure(code: StoreError['code'], texts: Texts): StoreError {
  return new StoreError(code, texts.vi, texts);
}
