import { sql, type Kysely } from 'kysely';
import type { AssignmentAncestorTable, Database, Db } from '../store/database.js';
import { subtreeCountChangeRows, subtreeCountChanges, type SubtreeCountChanges } from './subtree-count.changes.js';

/** Rows per upsert (3 columns each, well under SQLite's parameter limit). */
const CHUNK = 500;

/**
 * Adds to `subtree_count_change` the count changes of `assignment_ancestor` rows just written, in the writer's
 * transaction: one upsert per few hundred (ancestor, day) keys, whatever the number of rows. The one write
 * path (`writeRecords`) calls it with the rows of every assignment it wrote; the time it took goes to `ms`.
 */
export async function addSubtreeCounts(trx: Db, rows: readonly AssignmentAncestorTable[], ms?: Record<string, number>): Promise<void> {
  if (rows.length === 0) return;
  const started = performance.now();
  await applySubtreeCountChanges(trx, subtreeCountChanges(rows));
  if (ms) ms.subtree_count_change = performance.now() - started;
}

/**
 * Adds net count changes to the stored ones, key by key, in key order (so two writers touching the same keys
 * take them in the same order). A key whose sum comes to zero may stay, holding 0: it changes no count.
 */
export async function applySubtreeCountChanges(trx: Db, changes: SubtreeCountChanges): Promise<void> {
  const rows = subtreeCountChangeRows(changes);
  for (let i = 0; i < rows.length; i += CHUNK)
    await trx
      .insertInto('subtree_count_change')
      .values(rows.slice(i, i + CHUNK))
      .onConflict((oc) =>
        oc
          .columns(['ancestor_unit_id', 'on_date'])
          .doUpdateSet((eb) => ({ delta: eb('subtree_count_change.delta', '+', eb.ref('excluded.delta')) })),
      )
      .execute();
}

/** Removes the keys of some ancestors whose changes cancelled out, after a rewrite took rows away. */
export async function removeCancelledSubtreeCounts(trx: Db, ancestorIds: readonly string[]): Promise<void> {
  for (let i = 0; i < ancestorIds.length; i += CHUNK)
    await trx
      .deleteFrom('subtree_count_change')
      .where('delta', '=', 0)
      .where('ancestor_unit_id', 'in', ancestorIds.slice(i, i + CHUNK))
      .execute();
}

/**
 * The count changes of every stored `assignment_ancestor` row, recounted in SQL by (ancestor, day) — what
 * `subtree_count_change` must hold. Migration 0013 fills the table from it; `verifyStore` compares with it.
 */
export function recountSubtreeChanges(db: Kysely<Database>) {
  const counting = db.selectFrom('assignment_ancestor').whereRef('valid_to', '>', 'assigned_on').whereRef('valid_to', '>', 'valid_from');
  const starts = counting.select((eb) => [
    'ancestor_unit_id',
    eb.case().when('assigned_on', '>', eb.ref('valid_from')).then(eb.ref('assigned_on')).else(eb.ref('valid_from')).end().as('on_date'),
    sql<number>`1`.as('delta'),
  ]);
  const ends = counting.select(['ancestor_unit_id', 'valid_to as on_date', sql<number>`-1`.as('delta')]);
  return db
    .selectFrom(starts.unionAll(ends).as('c'))
    .select((eb) => ['c.ancestor_unit_id', 'c.on_date', eb.fn.sum<number | string>('c.delta').as('delta')])
    .groupBy(['c.ancestor_unit_id', 'c.on_date'])
    .having((eb) => eb.fn.sum('c.delta'), '<>', 0);
}

/** Fills `subtree_count_change` from the stored `assignment_ancestor` rows (migration 0013), in one statement. */
export async function backfillSubtreeCounts(db: Kysely<Database>): Promise<void> {
  await db
    .insertInto('subtree_count_change')
    .columns(['ancestor_unit_id', 'on_date', 'delta'])
    .expression(recountSubtreeChanges(db))
    .execute();
}
