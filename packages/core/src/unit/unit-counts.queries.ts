import { levelsOn } from '../catalog/hierarchy-scheme.js';
import { LEVELS, type Level } from '../catalog/level.js';
import type { UnitKind } from '../catalog/unit-kind.js';
import type { UnitId } from '../shared/ids.js';
import type { Db } from '../store/database.js';
import { validOn } from '../store/validity.mapper.js';
import type { IsoDate } from '../time/iso-date.js';

/** How many units exist on a date, by level and by kind, and which levels the hierarchy has then. */
export interface UnitCounts {
  readonly date: IsoDate;
  /** The levels of the scheme in force (no `district` from 2025-07-01). */
  readonly levels: readonly Level[];
  readonly byLevel: { readonly [L in Level]: number };
  readonly byKind: Partial<Record<UnitKind, number>>;
}

/**
 * Counts the units in force on a date — the whole country, or below one unit with `within`. On 2025-06-30
 * the national data gives 63 provinces, 696 districts and 10,051 communes; on 2025-07-01 34 provinces,
 * 3,321 communes and no district.
 *
 * @example
 * const { byLevel, levels } = await unitCountsOn(db, isoDate('2025-07-01'));
 */
export async function unitCountsOn(db: Db, date: IsoDate, options: { readonly within?: UnitId } = {}): Promise<UnitCounts> {
  let query = db
    .selectFrom('admin_unit')
    .select(['admin_unit.level', 'admin_unit.kind', (eb) => eb.fn.countAll<number>().as('n')])
    .where((eb) => validOn(eb, 'admin_unit', date));
  if (options.within !== undefined) {
    const within = options.within;
    query = query
      .innerJoin('unit_closure as c', 'c.descendant_id', 'admin_unit.id')
      .where('c.ancestor_id', '=', within)
      .where('c.depth', '>', 0)
      .where((eb) => validOn(eb, 'c', date));
  }
  const rows = await query.groupBy(['admin_unit.level', 'admin_unit.kind']).execute();
  const byLevel = Object.fromEntries(LEVELS.map((l) => [l, 0])) as Record<Level, number>;
  const byKind: Partial<Record<UnitKind, number>> = {};
  for (const row of rows) {
    byLevel[row.level as Level] += Number(row.n);
    byKind[row.kind as UnitKind] = (byKind[row.kind as UnitKind] ?? 0) + Number(row.n);
  }
  return { date, levels: levelsOn(date), byLevel, byKind };
}
