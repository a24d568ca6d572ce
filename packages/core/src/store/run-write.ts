import { currentActor } from '../audit/actor.js';
import { recordAudit } from '../audit/audit.repository.js';
import type { AuditEntry } from '../audit/audit-entry.js';
import { announceCommit } from '../change/change-signal.js';
import { Refusal, type CoreError } from '../shared/core-error.js';
import { err, ok, type Result } from '../shared/result.js';
import type { Db } from './database.js';
import { requireValidToken } from './write-token.check.js';

/**
 * Runs a write in a transaction (or in the caller's, when `db` already is one) and records what it did in
 * the audit log in that same transaction. A `refuse(...)` inside rolls everything back and comes out as a
 * failed result; any other error is rethrown.
 *
 * Writes check everything they can before writing, so a refusal inside a caller's transaction leaves
 * nothing of its own behind either.
 *
 * Checks that read and then write (a seat still free, a status still open) must see every write committed
 * before they commit themselves. On PostgreSQL the transaction is therefore SERIALIZABLE: a write whose reads
 * another transaction changed meanwhile fails with a serialization failure and is retried whole, with backoff,
 * and its retry meets the other write's result exactly as if the two had come one after the other (the loser
 * gets `HOLDING.SEAT_TAKEN`, `ASSIGNMENT.TRANSITION_NOT_ALLOWED`, …). On SQLite a transaction takes the write lock
 * when it begins (see `ImmediateSqliteDialect`), which orders writers the same way. A write made under a token
 * (`runAs` with `tokenId`) first checks, in the same transaction, that the token is still valid.
 */
export async function runWrite<T, E extends CoreError>(
  db: Db,
  write: (trx: Db) => Promise<T>,
  audit: (value: T) => AuditEntry | readonly AuditEntry[],
): Promise<Result<T, E>> {
  const tokenId = currentActor().tokenId;
  const writeAndRecord = async (trx: Db): Promise<T> => {
    if (tokenId !== undefined) await requireValidToken(trx, tokenId);
    const value = await write(trx);
    const entries = audit(value);
    await recordAudit(trx, Array.isArray(entries) ? entries : [entries as AuditEntry]);
    return value;
  };
  const started = Date.now();
  for (let attempt = 1; ; attempt++) {
    try {
      if (db.isTransaction) return ok(await writeAndRecord(db));
      const value = await db.transaction().setIsolationLevel('serializable').execute(writeAndRecord);
      // Followers of the change feed in this process read it now; others learn of it by NOTIFY or by polling.
      announceCommit(db);
      return ok(value);
    } catch (error) {
      if (error instanceof Refusal) return err(error.error as E);
      // Another process holds the database (SQLite) or won a conflict (PostgreSQL): the transaction was
      // rolled back whole, so it is safe to run it again.
      if (!db.isTransaction && attempt < MAX_ATTEMPTS && Date.now() - started < RETRY_BUDGET_MS && isTransient(error, attempt)) {
        await sleep(Math.min(200, 2 ** attempt) * (0.5 + Math.random()));
        continue;
      }
      throw error;
    }
  }
}

const MAX_ATTEMPTS = 50;
/**
 * How long a write keeps retrying. Conflicts between writers clear in milliseconds; a database still locked
 * after this long (SQLite waits out its 5 s busy timeout on each attempt) is unavailable, and the error goes to
 * the caller (the API answers `STORE.UNAVAILABLE`).
 */
const RETRY_BUDGET_MS = 10_000;

/** A unique violation is retried this many times at most: a race explains it once, never again and again. */
const UNIQUE_VIOLATION_ATTEMPTS = 3;

/**
 * SQLite's "database is locked" family, and PostgreSQL's serialization failure and deadlock. Also PostgreSQL's
 * unique violation, a few times: two serializable writes inserting the same key (the next event number of one
 * assignment) may be told 23505 rather than 40001 — PostgreSQL turns it into a serialization failure only when
 * the read that chose the key went through the unique index itself. Every write checks its keys before it
 * inserts them, so the retry meets the other write's row and refuses with its own code.
 */
function isTransient(error: unknown, attempt: number): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === '23505') return attempt < UNIQUE_VIOLATION_ATTEMPTS;
  return (
    typeof code === 'string' && (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED') || code === '40001' || code === '40P01')
  );
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
