import { SqliteAdapter, sql, type Kysely } from 'kysely';
import { backfillSubtreeCounts } from '../../assignment/subtree-count.repository.js';

/**
 * `subtree_count_change`: per unit and day, how many assignments come under the unit (+) and leave it (−) that
 * day, from `assignment_ancestor` (+1 on the later of a row's `assigned_on` and `valid_from`, −1 on its
 * `valid_to`), so that the unfiltered count of a subtree on a date is the sum of its changes up to the date — a
 * range of a few hundred keys for a province — instead of a scan of its 25,000–60,000 ancestor rows. Keyed
 * `(ancestor, day)` (`WITHOUT ROWID` on SQLite); filled here from the stored rows, then kept by the writes.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('subtree_count_change')
    .addColumn('ancestor_unit_id', 'text', (c) => c.notNull().references('admin_unit.id'))
    .addColumn('on_date', 'text', (c) => c.notNull())
    .addColumn('delta', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('subtree_count_change_pk', ['ancestor_unit_id', 'on_date'])
    .$call((t) => (db.getExecutor().adapter instanceof SqliteAdapter ? t.modifyEnd(sql`without rowid`) : t))
    .execute();
  await backfillSubtreeCounts(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('subtree_count_change').execute();
}
