import type { Kysely } from 'kysely';

/**
 * `bulk_index_aside`: the secondary indexes a fresh bulk load (`openBulkLoader` with `deferIndexes`) has dropped
 * and not yet built again, each with the statement that builds it, recorded in the transaction that drops them.
 * Empty but during such a load; rows left by a load killed before its end are built by the next `openStore`.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('bulk_index_aside')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('table_name', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('create_sql', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('bulk_index_aside').execute();
}
