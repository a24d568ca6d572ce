import type { Kysely } from 'kysely';

/** Lineage between units across a reorganization: "X was merged into Y on D" (2025-07-01 for the 2025 reform). */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('unit_lineage')
    .addColumn('predecessor_id', 'text', (c) => c.notNull().references('admin_unit.id'))
    .addColumn('successor_id', 'text', (c) => c.notNull().references('admin_unit.id'))
    .addColumn('on_date', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('source_id', 'text', (c) => c.notNull().references('source.id'))
    .addPrimaryKeyConstraint('unit_lineage_pk', ['predecessor_id', 'successor_id', 'on_date'])
    .execute();
  await db.schema.createIndex('unit_lineage_successor').on('unit_lineage').columns(['successor_id', 'on_date']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('unit_lineage').execute();
}
