import { SqliteAdapter, sql, type Kysely } from 'kysely';
import { backfillAssignmentAncestors } from '../../assignment/assignment-ancestor.repository.js';

/**
 * `assignment_ancestor`: for each assignment, every unit whose subtree holds it (its assignee's unit or its
 * place) with the days it does, keyed `(ancestor, assigned_on, assignment, valid_from, valid_to)` so that a
 * subtree's page in assignment-date order is one range of the key, read in order and cut at the page size,
 * instead of a sort of the whole subtree. On SQLite the table is the key itself (`WITHOUT ROWID`); on
 * PostgreSQL every column is in the key, for index-only scans. The rows of stored assignments are made here
 * from the closure table, as the writes make them.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('assignment_ancestor')
    .addColumn('ancestor_unit_id', 'text', (c) => c.notNull().references('admin_unit.id'))
    .addColumn('assigned_on', 'text', (c) => c.notNull())
    .addColumn('assignment_id', 'text', (c) => c.notNull().references('assignment.id'))
    .addColumn('valid_from', 'text', (c) => c.notNull())
    .addColumn('valid_to', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('assignment_ancestor_pk', ['ancestor_unit_id', 'assigned_on', 'assignment_id', 'valid_from', 'valid_to'])
    .$call((t) => (db.getExecutor().adapter instanceof SqliteAdapter ? t.modifyEnd(sql`without rowid`) : t))
    .execute();
  // For rewriting an assignment's rows when the hierarchy above its units changes.
  await db.schema.createIndex('assignment_ancestor_assignment').on('assignment_ancestor').column('assignment_id').execute();
  await backfillAssignmentAncestors(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('assignment_ancestor').execute();
}
