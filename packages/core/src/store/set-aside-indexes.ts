import { PostgresAdapter, sql } from 'kysely';
import type { Db } from './database.js';

/**
 * The table (migration 0015) recording the secondary indexes a fresh bulk load dropped, written in the very
 * transaction that drops them: a load that dies before it builds them again leaves the records behind, and
 * the next `openStore` builds them.
 */
export const SET_ASIDE_INDEX_TABLE = 'bulk_index_aside';

/** A secondary index set aside while its empty table is filled, with the statement that builds it again. */
export interface SetAsideIndex {
  readonly table: string;
  readonly name: string;
  readonly create: string;
}

/** Records, inside the transaction `trx` that drops them, the indexes set aside (in the order they are to be built). */
export async function recordSetAsideIndexes(trx: Db, indexes: readonly SetAsideIndex[]): Promise<void> {
  if (indexes.length === 0) return;
  const rows = indexes.map((index, position) => sql`(${index.name}, ${index.table}, ${position}, ${ifNotExists(index.create)})`);
  await sql`insert into ${sql.table(SET_ASIDE_INDEX_TABLE)} (name, table_name, position, create_sql) values ${sql.join(rows)}`.execute(trx);
}

/** Whether any index is recorded as set aside (a read, so that opening a sound store writes nothing). */
export async function hasSetAsideIndexes(db: Db): Promise<boolean> {
  const { rows } = await sql<{ one: number }>`select 1 as one from ${sql.table(SET_ASIDE_INDEX_TABLE)} limit 1`.execute(db);
  return rows.length > 0;
}

/**
 * Builds every index recorded as set aside and forgets the records, in one transaction; returns the indexes
 * built. Each is sorted once from the table's rows instead of being grown row by row (on PostgreSQL with
 * 256 MiB of memory for the sort). The records are deleted first, so that a second caller at the same time
 * (another process opening the store) waits for the first and then finds nothing to build.
 *
 * @example
 * await buildSetAsideIndexes(store.db); // after a fresh load, or on opening a store a killed load left behind
 */
export async function buildSetAsideIndexes(db: Db): Promise<SetAsideIndex[]> {
  return db.transaction().execute(async (trx) => {
    const { rows } = await sql<{ name: string; table_name: string; position: number; create_sql: string }>`
      delete from ${sql.table(SET_ASIDE_INDEX_TABLE)} returning name, table_name, position, create_sql`.execute(trx);
    if (rows.length === 0) return [];
    if (trx.getExecutor().adapter instanceof PostgresAdapter) await sql`set local maintenance_work_mem = '256MB'`.execute(trx);
    const indexes = [...rows]
      .sort((a, b) => Number(a.position) - Number(b.position))
      .map((r) => ({ table: r.table_name, name: r.name, create: r.create_sql }));
    for (const index of indexes) await sql.raw(index.create).execute(trx);
    return indexes;
  });
}

/** The statement that builds an index, made harmless when the index exists again (another path built it). */
function ifNotExists(create: string): string {
  return create.replace(/^\s*create\s+index\s+(?!if\s+not\s+exists)/i, 'CREATE INDEX IF NOT EXISTS ');
}
