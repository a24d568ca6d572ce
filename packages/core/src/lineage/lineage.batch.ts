import type { UnitId } from '../shared/ids.js';
import type { AdminUnitTable, Db } from '../store/database.js';
import { compareUnits } from '../unit/unit.queries.js';
import { unitFromRow } from '../unit/unit.mapper.js';
import type { LineageStep } from './lineage.js';
import { lineageLinkFromRow } from './lineage.mapper.js';

// The link's columns are aliased where admin_unit has a column of the same name (kind, source_id): a bare
// `l.kind` would overwrite the unit's kind in the row.
type StepRow = AdminUnitTable & {
  predecessor_id: string;
  successor_id: string;
  on_date: string;
  link_kind: 'mergedInto';
  link_source_id: string;
};

/**
 * The successors of each unit, with their links, in key order, in one query (for DataLoaders).
 *
 * @example
 * const [xuanQuang] = await successorsOfUnits(db, [unitIdBefore('02326')]); // → [{ unit: Xã Chiêm Hóa, link }]
 */
export async function successorsOfUnits(db: Db, unitIds: readonly UnitId[]): Promise<LineageStep[][]> {
  return steps(db, unitIds, 'forward');
}

/** The predecessors of each unit, with their links, in key order, in one query (for DataLoaders). */
export async function predecessorsOfUnits(db: Db, unitIds: readonly UnitId[]): Promise<LineageStep[][]> {
  return steps(db, unitIds, 'backward');
}

async function steps(db: Db, unitIds: readonly UnitId[], direction: 'forward' | 'backward'): Promise<LineageStep[][]> {
  if (unitIds.length === 0) return [];
  const [from, to] =
    direction === 'forward' ? (['predecessor_id', 'successor_id'] as const) : (['successor_id', 'predecessor_id'] as const);
  const rows: StepRow[] = await db
    .selectFrom('unit_lineage as l')
    .innerJoin('admin_unit', 'admin_unit.id', `l.${to}`)
    .selectAll('admin_unit')
    .select(['l.predecessor_id', 'l.successor_id', 'l.on_date', 'l.kind as link_kind', 'l.source_id as link_source_id'])
    .where(`l.${from}`, 'in', unitIds)
    .execute();
  const byUnit = new Map<string, LineageStep[]>();
  for (const r of rows) {
    const step = {
      link: lineageLinkFromRow({
        predecessor_id: r.predecessor_id,
        successor_id: r.successor_id,
        on_date: r.on_date,
        kind: r.link_kind,
        source_id: r.link_source_id,
      }),
      unit: unitFromRow(r),
    };
    byUnit.set(r[from], [...(byUnit.get(r[from]) ?? []), step]);
  }
  return unitIds.map((id) => (byUnit.get(id) ?? []).sort((a, b) => compareUnits(a.unit, b.unit)));
}
