import type { UnitId } from '../shared/ids.js';
import type { Db } from '../store/database.js';
import { preparedQuery } from '../store/prepared-query.js';
import type { IsoDate } from '../time/iso-date.js';

/**
 * The number of assignments under a unit on a date, unfiltered — the sum of the unit's count changes up to the
 * date, one row `n`: one range of `subtree_count_change`'s key, a few rows per day assignments were given,
 * however large the subtree. Equal to counting the unit's `assignment_ancestor` rows that hold on the date;
 * usable as a scalar subquery.
 */
export function subtreeCountQuery(db: Db, unitId: UnitId, date: IsoDate) {
  return db
    .selectFrom('subtree_count_change as k')
    .select((eb) => eb.fn.coalesce(eb.fn.sum<number | string>('k.delta'), eb.lit(0)).as('n'))
    .where('k.ancestor_unit_id', '=', unitId)
    .where('k.on_date', '<=', date);
}

const countOn = preparedQuery((db: Db, unitId: UnitId, date: IsoDate) => subtreeCountQuery(db, unitId, date));

/**
 * The unfiltered count of `assignmentsInSubtree` on a date, from the count changes.
 *
 * @example
 * const n = await subtreeCountOn(db, province, isoDate('2026-06-01'));
 */
export async function subtreeCountOn(db: Db, unitId: UnitId, date: IsoDate): Promise<number> {
  const [row] = await countOn(db, unitId, date);
  return Number(row?.n ?? 0);
}
