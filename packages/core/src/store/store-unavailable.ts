/** SQLite result codes (better-sqlite3 `code`, extended codes included) that say the file cannot be used right now. */
const SQLITE_UNAVAILABLE = [
  'SQLITE_BUSY',
  'SQLITE_LOCKED',
  'SQLITE_CANTOPEN',
  'SQLITE_IOERR',
  'SQLITE_FULL',
  'SQLITE_READONLY',
  'SQLITE_PROTOCOL',
  'SQLITE_NOTADB',
];

/**
 * PostgreSQL SQLSTATEs of a server that cannot be reached or is refusing work: connection exceptions (class 08),
 * administrator or crash shutdown and "cannot connect now" (57P01–57P03), too many connections (53300), a
 * database that refuses connections (55000, e.g. `ALLOW_CONNECTIONS false`) or does not exist (3D000).
 */
const POSTGRES_UNAVAILABLE = /^(08...|57P0[123]|53300|55000|3D000)$/;

/** Errors of the network or of the `pg` client before any SQL runs. */
const NETWORK_CODES = ['ECONNREFUSED', 'ECONNRESET', 'ENOENT', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENOTFOUND'];
const PG_CLIENT_MESSAGES = /Connection terminated|connection error and is not queryable|timeout exceeded when trying to connect/i;

/**
 * Whether an error thrown by a store call means the database is unavailable (stopped, unreachable, locked by
 * another process, out of disk) rather than a bug: the API answers such a request with `STORE.UNAVAILABLE`
 * and its readiness check with 503, and serves again once the database is back.
 *
 * @example
 * try { await getUnit(db, id); } catch (e) { if (isStoreUnavailable(e)) return retryLater(); throw e; }
 */
export function isStoreUnavailable(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') {
      if (SQLITE_UNAVAILABLE.some((c) => code === c || code.startsWith(`${c}_`))) return true;
      if (POSTGRES_UNAVAILABLE.test(code) || NETWORK_CODES.includes(code)) return true;
    }
    const message = (e as { message?: unknown }).message;
    if (typeof message === 'string' && PG_CLIENT_MESSAGES.test(message)) return true;
  }
  return false;
}
