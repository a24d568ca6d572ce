import type { Kysely } from 'kysely';
import type { AssignmentAncestorTable, Database, Db, UnitClosureTable } from '../store/database.js';
import { assignmentAncestorRows, type AssignmentPlaces } from './assignment-ancestor.rows.js';

/** Ids per `IN (…)` list, and rows per insert (5 columns each, well under SQLite's parameter limit). */
const CHUNK = 500;

/**
 * Writes again the `assignment_ancestor` rows of every assignment whose assignee's unit or place is one of
 * `unitIds`, from the closure table as it now stands. `refreshClosure` calls it for every unit whose closure
 * it rewrote (a parent link added), in the same transaction, so the subtree listings follow the hierarchy.
 */
export async function refreshAssignmentAncestorsOfUnits(trx: Db, unitIds: readonly string[]): Promise<void> {
  const assignments: AssignmentPlaces[] = [];
  for (const ids of chunks(unitIds)) {
    assignments.push(
      ...(await trx
        .selectFrom('assignment')
        .select(['id', 'assigned_on', 'assignee_unit_id', 'place_unit_id'])
        .where((eb) => eb.or([eb('assignee_unit_id', 'in', ids), eb('place_unit_id', 'in', ids)]))
        .execute()),
    );
  }
  if (assignments.length === 0) return;
  for (const ids of chunks(assignments.map((a) => a.id)))
    await trx.deleteFrom('assignment_ancestor').where('assignment_id', 'in', ids).execute();
  const closure = await closureOfUnits(trx, [
    ...new Set(assignments.flatMap((a) => [a.assignee_unit_id, a.place_unit_id ?? a.assignee_unit_id])),
  ]);
  await insertRows(
    trx,
    assignments.flatMap((a) => assignmentAncestorRows(a, (u) => closure.get(u))),
  );
}

/**
 * Fills `assignment_ancestor` for every stored assignment that has no rows yet (migration 0010), a few
 * thousand assignments at a time in id order, with the closure table read once.
 */
export async function backfillAssignmentAncestors(db: Kysely<Database>): Promise<void> {
  const closure = new Map<string, UnitClosureTable[]>();
  for (const row of await db.selectFrom('unit_closure').selectAll().execute()) push(closure, row.descendant_id, row);
  let after = '';
  for (;;) {
    const page = await db
      .selectFrom('assignment')
      .select(['id', 'assigned_on', 'assignee_unit_id', 'place_unit_id'])
      .where('id', '>', after)
      .orderBy('id')
      .limit(5000)
      .execute();
    if (page.length === 0) return;
    await insertRows(
      db,
      page.flatMap((a) => assignmentAncestorRows(a, (u) => closure.get(u))),
    );
    after = page.at(-1)!.id;
  }
}

/** The closure rows of some units, by unit. */
async function closureOfUnits(trx: Db, unitIds: readonly string[]): Promise<Map<string, UnitClosureTable[]>> {
  const closure = new Map<string, UnitClosureTable[]>();
  for (const ids of chunks(unitIds)) {
    for (const row of await trx.selectFrom('unit_closure').selectAll().where('descendant_id', 'in', ids).execute())
      push(closure, row.descendant_id, row);
  }
  return closure;
}

async function insertRows(db: Kysely<Database>, rows: readonly AssignmentAncestorTable[]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK)
    await db
      .insertInto('assignment_ancestor')
      .values(rows.slice(i, i + CHUNK))
      .execute();
}

function chunks<T>(list: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += CHUNK) out.push(list.slice(i, i + CHUNK));
  return out;
}

function push<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
