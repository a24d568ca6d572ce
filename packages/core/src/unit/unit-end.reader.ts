import type { AssignmentResting } from '../assignment/assignment-basis.queries.js';
import type { Organization } from '../organization/organization.js';
import { organizationFromRow } from '../organization/organization.mapper.js';
import type { UnitId } from '../shared/ids.js';
import { requireSource } from '../source/require-source.js';
import type { Db } from '../store/database.js';
import type { IsoDate } from '../time/iso-date.js';
import type { UnitEndInput } from './unit-end.js';
import type { Unit } from './unit.js';
import { unitFromRow } from './unit.mapper.js';
import { getUnits } from './unit.queries.js';
import { requireUnit } from './unit.repository.js';

/** What ending a unit on a date is checked against, read in the write's own transaction. */
export interface UnitEndFacts {
  readonly unit: Unit;
  /** The named successors that exist, by id. */
  readonly successors: ReadonlyMap<string, Unit>;
  /** Units still under it on or after the date (their link to it lasts past the date). */
  readonly children: readonly Unit[];
  /** Bodies at it still in force on or after the date. */
  readonly organizations: readonly Organization[];
  /** The first task given with the unit as its place on or after the date. */
  readonly placedOnOrAfter: AssignmentResting | undefined;
}

/**
 * Reads the facts `checkUnitEnd` decides on, in five queries whatever the number of successors. Refuses
 * (`UNIT.NOT_FOUND`, `SOURCE.NOT_FOUND`) when the unit or the source was never recorded.
 */
export async function readUnitEndFacts(trx: Db, input: UnitEndInput): Promise<UnitEndFacts> {
  await requireSource(trx, input.sourceId);
  const unit = await requireUnit(trx, input.unitId);
  const successorIds = [...new Set((input.successors ?? []).map((s) => s.unitId))];
  const successors = new Map((await getUnits(trx, successorIds)).flatMap((u) => (u ? [[u.id as string, u] as const] : [])));
  const children = await childrenOnOrAfter(trx, unit.id, input.date);
  const organizations = (
    await trx
      .selectFrom('organization')
      .selectAll()
      .where('unit_id', '=', unit.id)
      .where('valid_to', '>', input.date)
      .orderBy('name')
      .orderBy('id')
      .execute()
  ).map(organizationFromRow);
  const placed = await trx
    .selectFrom('assignment')
    .innerJoin('task', 'task.id', 'assignment.task_id')
    .select(['assignment.id', 'assignment.assigned_on', 'task.title'])
    .where('assignment.place_unit_id', '=', unit.id)
    .where('assignment.assigned_on', '>=', input.date)
    .orderBy('assignment.assigned_on')
    .orderBy('assignment.id')
    .limit(1)
    .executeTakeFirst();
  const placedOnOrAfter = placed && { assignmentId: placed.id, taskTitle: placed.title, assignedOn: placed.assigned_on as IsoDate };
  return { unit, successors, children, organizations, placedOnOrAfter };
}

async function childrenOnOrAfter(trx: Db, unitId: UnitId, date: IsoDate): Promise<Unit[]> {
  const rows = await trx
    .selectFrom('unit_parent')
    .innerJoin('admin_unit', 'admin_unit.id', 'unit_parent.unit_id')
    .selectAll('admin_unit')
    .where('unit_parent.parent_id', '=', unitId)
    .where('unit_parent.valid_to', '>', date)
    .orderBy('admin_unit.full_name')
    .orderBy('admin_unit.id')
    .execute();
  // A child moved under it and back again has two links: it is named once.
  return [...new Map(rows.map((r) => [r.id, unitFromRow(r)])).values()];
}
