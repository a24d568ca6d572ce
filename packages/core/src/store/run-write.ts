import { Refusal, type CoreError } from '../shared/core-error.js';
import { err, ok, type Result } from '../shared/result.js';
import type { Db } from './database.js';

/**
 * Runs a write in a transaction (or in the caller's, when `db` already is one). A `refuse(...)` inside
 * rolls everything back and comes out as a failed result; any other error is rethrown.
 *
 * Writes check everything they can before writing, so a refusal inside a caller's transaction leaves
 * nothing of its own behind either.
 */
export async function runWrite<T, E extends CoreError>(db: Db, write: (trx: Db) => Promise<T>): Promise<Result<T, E>> {
  try {
    const value = db.isTransaction ? await write(db) : await db.transaction().execute(write);
    return ok(value);
  } catch (error) {
    if (error instanceof Refusal) return err(error.error as E);
    throw error;
  }
}
