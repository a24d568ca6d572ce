import { levelsOn } from '../catalog/hierarchy-scheme.js';
import type { UnitId } from '../shared/ids.js';
import type { Db } from '../store/database.js';
import { addDays, today, type IsoDate } from '../time/iso-date.js';
import { holdsOn } from '../time/validity.js';
import { compareUnits, getUnit, parentOn } from '../unit/unit.queries.js';
import { unitFromRow } from '../unit/unit.mapper.js';
import type { Unit } from '../unit/unit.js';
import type { LineageStep } from './lineage.js';
import { predecessorsOfUnits, successorsOfUnits } from './lineage.batch.js';

/** The units a unit was merged into, with the links (Xã Xuân Quang → Xã Chiêm Hóa on 2025-07-01). */
export async function successorsOf(db: Db, unitId: UnitId): Promise<LineageStep[]> {
  return (await successorsOfUnits(db, [unitId]))[0] ?? [];
}

/** The units a unit was formed from, with the links (Xã Chiêm Hóa ← Thị trấn Vĩnh Lộc, Xã Xuân Quang…). */
export async function predecessorsOf(db: Db, unitId: UnitId): Promise<LineageStep[]> {
  return (await predecessorsOfUnits(db, [unitId]))[0] ?? [];
}

/**
 * What a unit had become by `date` (today by default): the units in force then that carry it on, following
 * the lineage forward as many reorganizations as needed. A unit still in force is its own answer; a unit
 * whose level was abolished (a district on 2025-07-01) answers through the units below it on its last day,
 * so Huyện Chiêm Hóa became the ten communes formed from its 24. An ended unit with no recorded successor
 * gives no answer (`[]`), and so does a date before the unit existed.
 *
 * @example
 * await whatBecameOf(db, unitIdBefore('02326'), isoDate('2026-01-01')); // → [Xã Chiêm Hóa]
 */
export async function whatBecameOf(db: Db, unitId: UnitId, date: IsoDate = today()): Promise<Unit[]> {
  const unit = await getUnit(db, unitId);
  if (!unit || notBegun(unit, date)) return [];
  return walk(db, [unit], date, 'forward');
}

/**
 * What a unit was formed from, as of `date` (by default the day before it began): the units in force then
 * that it came from, following the lineage backward. A unit in force on `date` is its own answer.
 *
 * @example
 * await formedFrom(db, unitIdFrom('02287')); // → Thị trấn Vĩnh Lộc, Xã Xuân Quang, Xã Ngọc Hội, Xã Phúc Thịnh, Xã Trung Hòa
 */
export async function formedFrom(db: Db, unitId: UnitId, date?: IsoDate): Promise<Unit[]> {
  const unit = await getUnit(db, unitId);
  if (!unit) return [];
  const asOf = date ?? (unit.validity.validFrom === null ? undefined : addDays(unit.validity.validFrom, -1));
  if (asOf === undefined || (unit.validity.validTo !== null && asOf >= unit.validity.validTo)) return [];
  return walk(db, [unit], asOf, 'backward');
}

/** The units that stand for `unitId` on `date`: itself, what it became, or what it was formed from. */
export async function counterpartsOn(db: Db, unitId: UnitId, date: IsoDate): Promise<Unit[]> {
  const unit = await getUnit(db, unitId);
  if (!unit) return [];
  if (notBegun(unit, date)) return walk(db, [unit], date, 'backward');
  return walk(db, [unit], date, 'forward');
}

/** A unit's parent on the day before `date` and on `date`, and whether the second carries on the first. */
export interface ParentChange {
  readonly before: Unit | undefined;
  readonly after: Unit | undefined;
  /** True when `after` is what `before` became (or is `before` itself). */
  readonly followsLineage: boolean;
}

/**
 * The parent of a unit just before and on a date: a residential area's commune before and after the reform
 * (Tổ dân phố Minh Họa 1: Thị trấn Vĩnh Lộc on 2025-06-30, Xã Chiêm Hóa on 2025-07-01). `followsLineage`
 * says whether the move agrees with the lineage of the communes.
 */
export async function parentBeforeAndAfter(db: Db, unitId: UnitId, date: IsoDate): Promise<ParentChange> {
  const before = await parentOn(db, unitId, addDays(date, -1));
  const after = await parentOn(db, unitId, date);
  const followsLineage =
    before !== undefined && after !== undefined && (await whatBecameOf(db, before.id, date)).some((u) => u.id === after.id);
  return { before, after, followsLineage };
}

async function walk(db: Db, start: readonly Unit[], date: IsoDate, direction: 'forward' | 'backward'): Promise<Unit[]> {
  const found = new Map<string, Unit>();
  const seen = new Set<string>(start.map((u) => u.id));
  // A unit not in force on `date` leads on only in the walk's direction: forward from one that has ended.
  const leadsOn = direction === 'forward' ? ended : notBegun;
  let frontier = [...start];
  while (frontier.length > 0) {
    const next: Unit[] = [];
    const pending: Unit[] = [];
    for (const unit of frontier) {
      if (holdsOn(unit.validity, date)) found.set(unit.id, unit);
      else if (leadsOn(unit, date)) pending.push(unit);
    }
    const steps = await linkedUnits(
      db,
      pending.map((u) => u.id),
      direction,
    );
    for (const unit of pending) {
      const linked = steps.get(unit.id) ?? [];
      if (linked.length > 0) next.push(...linked);
      else if (direction === 'forward') next.push(...(await partsOfAbolishedLevel(db, unit)));
    }
    frontier = [];
    for (const unit of next) {
      if (seen.has(unit.id)) continue;
      seen.add(unit.id);
      frontier.push(unit);
    }
  }
  return [...found.values()].sort(compareUnits);
}

function ended(unit: Unit, date: IsoDate): boolean {
  return unit.validity.validTo !== null && unit.validity.validTo <= date;
}

function notBegun(unit: Unit, date: IsoDate): boolean {
  return unit.validity.validFrom !== null && date < unit.validity.validFrom;
}

/** For a unit whose whole level ended with it (a district), the units directly below it on its last day. */
async function partsOfAbolishedLevel(db: Db, unit: Unit): Promise<Unit[]> {
  const end = unit.validity.validTo;
  if (end === null || levelsOn(end).includes(unit.level)) return [];
  const rows = await db
    .selectFrom('unit_parent as p')
    .innerJoin('admin_unit', 'admin_unit.id', 'p.unit_id')
    .selectAll('admin_unit')
    .where('p.parent_id', '=', unit.id)
    .where('p.valid_from', '<', end)
    .where('p.valid_to', '>=', end)
    .execute();
  return rows.map(unitFromRow);
}

async function linkedUnits(db: Db, ids: readonly UnitId[], direction: 'forward' | 'backward'): Promise<Map<string, Unit[]>> {
  const steps = direction === 'forward' ? await successorsOfUnits(db, ids) : await predecessorsOfUnits(db, ids);
  return new Map(ids.map((id, i) => [id, (steps[i] ?? []).map((s) => s.unit)]));
}
