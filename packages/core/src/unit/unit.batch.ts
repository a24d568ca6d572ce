import { groupBy } from '../shared/group-by.js';
import type { UnitId } from '../shared/ids.js';
import type { Db } from '../store/database.js';
import { validOn } from '../store/validity.mapper.js';
import type { IsoDate } from '../time/iso-date.js';
import type { Unit } from './unit.js';
import { unitFromRow } from './unit.mapper.js';
import { compareUnits } from './unit.queries.js';

/**
 * The children of each unit on a date, in key order, in one query (for DataLoaders).
 *
 * @example
 * const [districts, communes] = await childrenOfUnitsOn(db, [province, district], isoDate('2022-01-01'));
 */
export async function childrenOfUnitsOn(db: Db, unitIds: readonly UnitId[], date: IsoDate): Promise<Unit[][]> {
  if (unitIds.length === 0) return [];
  const rows = await db
    .selectFrom('unit_parent as p')
    .innerJoin('admin_unit', 'admin_unit.id', 'p.unit_id')
    .selectAll('admin_unit')
    .select('p.parent_id')
    .where('p.parent_id', 'in', unitIds)
    .where((eb) => validOn(eb, 'p', date))
    .execute();
  const byParent = groupBy(rows, (r) => r.parent_id, unitFromRow);
  return unitIds.map((id) => (byParent.get(id) ?? []).sort(compareUnits));
}

/** The parent of each unit on a date (`undefined` for a top unit), in key order, in one query. */
export async function parentsOfUnitsOn(db: Db, unitIds: readonly UnitId[], date: IsoDate): Promise<(Unit | undefined)[]> {
  if (unitIds.length === 0) return [];
  const rows = await db
    .selectFrom('unit_parent as p')
    .innerJoin('admin_unit', 'admin_unit.id', 'p.parent_id')
    .selectAll('admin_unit')
    .select('p.unit_id as child_id')
    .where('p.unit_id', 'in', unitIds)
    .where((eb) => validOn(eb, 'p', date))
    .execute();
  const byChild = new Map(rows.map((r) => [r.child_id, unitFromRow(r)]));
  return unitIds.map((id) => byChild.get(id));
}

/** The ancestors of each unit on a date, province first (the unit itself excluded), in key order, in one query. */
export async function ancestorsOfUnitsOn(db: Db, unitIds: readonly UnitId[], date: IsoDate): Promise<Unit[][]> {
  if (unitIds.length === 0) return [];
  const rows = await db
    .selectFrom('unit_closure as c')
    .innerJoin('admin_unit', 'admin_unit.id', 'c.ancestor_id')
    .selectAll('admin_unit')
    .select(['c.descendant_id', 'c.depth'])
    .where('c.descendant_id', 'in', unitIds)
    .where('c.depth', '>', 0)
    .where((eb) => validOn(eb, 'c', date))
    .orderBy('c.depth', 'desc')
    .execute();
  const byUnit = groupBy(rows, (r) => r.descendant_id, unitFromRow);
  return unitIds.map((id) => byUnit.get(id) ?? []);
}
