import SQLite from 'better-sqlite3';

/**
 * Takes the write lock of a SQLite file from a connection of its own and keeps it, as a maintenance tool might,
 * so that every other connection's writes find the database busy (readers of a WAL file go on reading);
 * returns the function that releases it. For tests of what a server does while its database is unavailable.
 *
 * @example
 * const release = holdSqliteLock('data/mttq.sqlite');
 * // … requests now get STORE.UNAVAILABLE
 * release();
 */
export function holdSqliteLock(filename: string): () => void {
  const holder = new SQLite(filename, { fileMustExist: true });
  holder.exec('BEGIN IMMEDIATE');
  return () => {
    holder.exec('COMMIT');
    holder.close();
  };
}
