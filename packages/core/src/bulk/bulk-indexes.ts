import { PostgresAdapter, sql } from 'kysely';
import type { Db } from '../store/database.js';
import { buildSetAsideIndexes, recordSetAsideIndexes, type SetAsideIndex } from '../store/set-aside-indexes.js';
import type { BulkTable } from './bulk-context.js';

/** A secondary index set aside while its empty table is filled, with the statement that builds it again. */
export type DeferredIndex = SetAsideIndex;

/**
 * The columns the stored-records reader selects by (`readStoredReferences`, besides primary keys): an index
 * leading with one of them stays during a load, since every later batch reads through it.
 */
const READ_BY: Readonly<Partial<Record<BulkTable, readonly string[]>>> = {
  admin_unit: ['code'],
  unit_closure: ['descendant_id'],
  holding: ['person_id', 'post_id'],
};

/**
 * Drops, inside the load's transaction `trx`, the non-unique secondary indexes of those `tables` that hold no
 * row (their rows come only from this load: no reader of theirs can miss an index) and are not read by the
 * loader itself, and records them in the same transaction (`bulk_index_aside`); returns them, to be built again
 * by `buildDeferredIndexes` — or by the next `openStore`, should the process die first. Primary keys and unique
 * indexes stay: they refuse duplicates as rows go in. A rollback of `trx` puts every dropped index back and
 * forgets the records.
 */
export async function deferIndexesOfEmptyTables(trx: Db, tables: readonly BulkTable[]): Promise<DeferredIndex[]> {
  const empty: BulkTable[] = [];
  for (const table of tables) {
    const { rows } = await sql<{ one: number }>`select 1 as one from ${sql.table(table)} limit 1`.execute(trx);
    if (rows.length === 0) empty.push(table);
  }
  if (empty.length === 0) return [];
  const found = isPostgres(trx) ? await postgresIndexes(trx, empty) : await sqliteIndexes(trx, empty);
  const deferred = found.filter((i) => !(READ_BY[i.table as BulkTable] ?? []).includes(i.leading));
  for (const index of deferred) await sql`drop index ${sql.id(index.name)}`.execute(trx);
  const aside = deferred.map(({ table, name, create }) => ({ table, name, create }));
  await recordSetAsideIndexes(trx, aside);
  return aside;
}

/**
 * Builds the indexes `deferIndexesOfEmptyTables` set aside (all those recorded, whichever load set them aside), in
 * one transaction: each is sorted once from the loaded rows instead of being grown row by row.
 */
export async function buildDeferredIndexes(db: Db): Promise<readonly DeferredIndex[]> {
  return buildSetAsideIndexes(db);
}

type FoundIndex = DeferredIndex & { readonly leading: string };

async function sqliteIndexes(trx: Db, tables: readonly string[]): Promise<FoundIndex[]> {
  // `sql` is null for the indexes SQLite makes for primary keys and unique constraints.
  const { rows } = await sql<{ name: string; table: string; create: string; leading: string }>`
    select m.name, m.tbl_name as "table", m.sql as "create", (select c.name from pragma_index_info(m.name) c where c.seqno = 0) as leading
    from sqlite_master m
    where m.type = 'index' and m.sql is not null and m.tbl_name in (${sql.join(tables)})
      and not exists (select 1 from pragma_index_list(m.tbl_name) l where l.name = m.name and l."unique" = 1)
    order by m.rowid`.execute(trx);
  return rows;
}

async function postgresIndexes(trx: Db, tables: readonly string[]): Promise<FoundIndex[]> {
  const { rows } = await sql<{ name: string; table: string; create: string; leading: string }>`
    select c.relname as name, t.relname as "table", pg_get_indexdef(i.indexrelid) as "create", pg_get_indexdef(i.indexrelid, 1, true) as leading
    from pg_index i
    join pg_class c on c.oid = i.indexrelid
    join pg_class t on t.oid = i.indrelid
    join pg_namespace n on n.oid = t.relnamespace
    where n.nspname = current_schema() and not i.indisunique and not i.indisprimary and t.relname in (${sql.join(tables)})
    order by c.oid`.execute(trx);
  return rows;
}

function isPostgres(db: Db): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}
