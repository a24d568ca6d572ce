import type { Level } from '../catalog/level.js';
import type { UnitId } from '../shared/ids.js';
import { err, ok, type Result } from '../shared/result.js';
import type { Db } from '../store/database.js';
import { validOn } from '../store/validity.mapper.js';
import type { IsoDate } from '../time/iso-date.js';
import type { Unit, UnitParentLink, UnitTreeNode } from './unit.js';
import { codeAmbiguous, codeUnknown, type UnitLookupError } from './unit.errors.js';
import { parentLinkFromRow, unitFromRow } from './unit.mapper.js';

/** A unit by id, whatever its validity. */
export async function getUnit(db: Db, id: UnitId): Promise<Unit | undefined> {
  const row = await db.selectFrom('admin_unit').selectAll().where('id', '=', id).executeTakeFirst();
  return row && unitFromRow(row);
}

/** Units by id, in the order of `ids`; `undefined` where none exists. */
export async function getUnits(db: Db, ids: readonly UnitId[]): Promise<(Unit | undefined)[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('admin_unit').selectAll().where('id', 'in', ids).execute();
  const byId = new Map(rows.map((r) => [r.id, unitFromRow(r)]));
  return ids.map((id) => byId.get(id));
}

/**
 * The unit that bears `code` on `date`. A code names a unit only with a date: `02287` is Thị trấn Vĩnh Lộc
 * on 2025-06-30 and Xã Chiêm Hóa on 2025-07-01.
 */
export async function findUnitByCode(db: Db, code: string, date: IsoDate): Promise<Result<Unit, UnitLookupError>> {
  const rows = await db
    .selectFrom('admin_unit')
    .selectAll()
    .where('code', '=', code)
    .where((eb) => validOn(eb, 'admin_unit', date))
    .execute();
  if (rows.length === 0) return err(codeUnknown(code, date));
  if (rows.length > 1) return err(codeAmbiguous(code, rows.map(unitFromRow)));
  return ok(unitFromRow(rows[0]!));
}

/** Every unit that has ever borne `code`, oldest first. */
export async function unitsEverCoded(db: Db, code: string): Promise<Unit[]> {
  const rows = await db.selectFrom('admin_unit').selectAll().where('code', '=', code).orderBy('valid_from').execute();
  return rows.map(unitFromRow);
}

/** Units of a level on a date (the provinces on 2025-07-01…), by code then name. */
export async function unitsOfLevelOn(db: Db, level: Level, date: IsoDate): Promise<Unit[]> {
  const rows = await db
    .selectFrom('admin_unit')
    .selectAll()
    .where('level', '=', level)
    .where((eb) => validOn(eb, 'admin_unit', date))
    .execute();
  return sortUnits(rows.map(unitFromRow));
}

/** The parent links of a unit over all time, oldest first. */
export async function parentLinksOf(db: Db, unitId: UnitId): Promise<UnitParentLink[]> {
  const rows = await db.selectFrom('unit_parent').selectAll().where('unit_id', '=', unitId).orderBy('valid_from').execute();
  return rows.map(parentLinkFromRow);
}

/** The parent of a unit on a date, if it has one then. */
export async function parentOn(db: Db, unitId: UnitId, date: IsoDate): Promise<Unit | undefined> {
  const row = await db
    .selectFrom('unit_parent as p')
    .innerJoin('admin_unit', 'admin_unit.id', 'p.parent_id')
    .selectAll('admin_unit')
    .where('p.unit_id', '=', unitId)
    .where((eb) => validOn(eb, 'p', date))
    .executeTakeFirst();
  return row && unitFromRow(row);
}

/** The ancestors of a unit on a date, from the top (province first); the unit itself is not included. */
export async function ancestorsOn(db: Db, unitId: UnitId, date: IsoDate): Promise<Unit[]> {
  const rows = await db
    .selectFrom('unit_closure as c')
    .innerJoin('admin_unit', 'admin_unit.id', 'c.ancestor_id')
    .selectAll('admin_unit')
    .where('c.descendant_id', '=', unitId)
    .where('c.depth', '>', 0)
    .where((eb) => validOn(eb, 'c', date))
    .orderBy('c.depth', 'desc')
    .execute();
  return rows.map(unitFromRow);
}

/** A unit below another on a date, with its distance and its parent then. */
export interface Descendant {
  readonly unit: Unit;
  readonly depth: number;
  readonly parentId: UnitId;
}

/** Everything below a unit on a date (not the unit itself), nearest first; `maxDepth` 1 gives the children. */
export async function descendantsOn(
  db: Db,
  unitId: UnitId,
  date: IsoDate,
  options: { readonly maxDepth?: number; readonly level?: Level } = {},
): Promise<Descendant[]> {
  let query = db
    .selectFrom('unit_closure as c')
    .innerJoin('admin_unit', 'admin_unit.id', 'c.descendant_id')
    .innerJoin('unit_parent as p', (join) =>
      join.onRef('p.unit_id', '=', 'c.descendant_id').on('p.valid_from', '<=', date).on('p.valid_to', '>', date),
    )
    .selectAll('admin_unit')
    .select(['c.depth', 'p.parent_id'])
    .where('c.ancestor_id', '=', unitId)
    .where('c.depth', '>', 0)
    .where((eb) => validOn(eb, 'c', date));
  if (options.maxDepth !== undefined) query = query.where('c.depth', '<=', options.maxDepth);
  if (options.level !== undefined) query = query.where('admin_unit.level', '=', options.level);
  const rows = await query.execute();
  const found = rows.map((r) => ({ unit: unitFromRow(r), depth: r.depth, parentId: r.parent_id as UnitId }));
  return found.sort((a, b) => a.depth - b.depth || compareUnits(a.unit, b.unit));
}

/** The children of a unit on a date. */
export async function childrenOn(db: Db, unitId: UnitId, date: IsoDate): Promise<Unit[]> {
  return (await descendantsOn(db, unitId, date, { maxDepth: 1 })).map((d) => d.unit);
}

/**
 * The tree under a unit on a date, in two queries whatever its size.
 *
 * @example
 * const tree = await unitTreeOn(db, tuyenQuang.id, isoDate('2022-01-01'));
 */
export async function unitTreeOn(
  db: Db,
  rootId: UnitId,
  date: IsoDate,
  options: { readonly maxDepth?: number } = {},
): Promise<UnitTreeNode | undefined> {
  const root = await getUnit(db, rootId);
  if (!root) return undefined;
  const below = await descendantsOn(db, rootId, date, options);
  const children = new Map<string, Unit[]>();
  for (const d of below) children.set(d.parentId, [...(children.get(d.parentId) ?? []), d.unit]);
  const build = (unit: Unit): UnitTreeNode => ({ unit, children: (children.get(unit.id) ?? []).map(build) });
  return build(root);
}

/** Orders units by code (units without one last), then by name in Vietnamese order. */
export function compareUnits(a: Unit, b: Unit): number {
  if (a.code !== b.code) {
    if (a.code === null) return 1;
    if (b.code === null) return -1;
    return a.code < b.code ? -1 : 1;
  }
  return a.fullName.localeCompare(b.fullName, 'vi');
}

function sortUnits(units: Unit[]): Unit[] {
  return units.sort(compareUnits);
}
