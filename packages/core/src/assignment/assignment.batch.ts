import { groupBy, inKeyOrder } from '../shared/group-by.js';
import type { AssignmentEventId, AssignmentId, ProgressReportId } from '../shared/ids.js';
import type { Db } from '../store/database.js';
import type { IsoDate } from '../time/iso-date.js';
import type { Assignment, AssignmentEvent, ProgressReport } from './assignment.js';
import { assignmentFromRow, eventFromRow, reportFromRow } from './assignment.mapper.js';
import { statusOnExpression } from './assignment.queries.js';
import type { AssignmentStatus } from './assignment-status.js';

/** Assignments by id, in key order (`undefined` where none exists), in one query. */
export async function getAssignments(db: Db, ids: readonly AssignmentId[]): Promise<(Assignment | undefined)[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('assignment').selectAll().where('id', 'in', ids).execute();
  return inKeyOrder(ids, rows.map(assignmentFromRow), (a) => a.id);
}

/**
 * The status of each assignment on a date (`undefined` before it was assigned), in key order, in one query
 * (statusOn for many assignments).
 */
export async function statusesOn(db: Db, ids: readonly AssignmentId[], date: IsoDate): Promise<(AssignmentStatus | undefined)[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('assignment_event')
    .select(['assignment_id', 'status'])
    .where('assignment_id', 'in', ids)
    .where('on_date', '<=', date)
    .orderBy('seq')
    .execute();
  // Ordered by seq, so the last event seen for an assignment is its status on the date.
  const latest = new Map(rows.map((r) => [r.assignment_id, r.status as AssignmentStatus]));
  return ids.map((id) => latest.get(id));
}

/** The status history of each assignment, oldest first, in key order, in one query. */
export async function eventsOfAssignments(db: Db, ids: readonly AssignmentId[]): Promise<AssignmentEvent[][]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('assignment_event').selectAll().where('assignment_id', 'in', ids).orderBy('seq').execute();
  const byAssignment = groupBy(rows, (r) => r.assignment_id, eventFromRow);
  return ids.map((id) => byAssignment.get(id) ?? []);
}

/** The progress reports of each assignment, oldest first, in key order, in one query. */
export async function progressReportsOfAssignments(db: Db, ids: readonly AssignmentId[]): Promise<ProgressReport[][]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('progress_report')
    .selectAll()
    .where('assignment_id', 'in', ids)
    .orderBy('reported_on')
    .orderBy('id')
    .execute();
  const byAssignment = groupBy(rows, (r) => r.assignment_id, reportFromRow);
  return ids.map((id) => byAssignment.get(id) ?? []);
}

/** Status events by id, in key order, in one query. */
export async function getAssignmentEvents(db: Db, ids: readonly AssignmentEventId[]): Promise<(AssignmentEvent | undefined)[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('assignment_event').selectAll().where('id', 'in', ids).execute();
  return inKeyOrder(ids, rows.map(eventFromRow), (e) => e.id);
}

/** Progress reports by id, in key order, in one query. */
export async function getProgressReports(db: Db, ids: readonly ProgressReportId[]): Promise<(ProgressReport | undefined)[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('progress_report').selectAll().where('id', 'in', ids).execute();
  return inKeyOrder(ids, rows.map(reportFromRow), (r) => r.id);
}

/** An assignment given directly to an assignee, with its status on the date asked about. */
export interface AssignedTo {
  readonly assignment: Assignment;
  readonly statusOn: AssignmentStatus;
}

/**
 * The assignments given on or before `date` directly to each assignee (an organization, post or person id),
 * ordered by assignment date then id, with their status that day, in key order, in one query.
 *
 * @example
 * const [ofFront] = await assignmentsOfAssigneesOn(db, [chiemHoaFrontCommittee], isoDate('2023-06-01'));
 */
export async function assignmentsOfAssigneesOn(db: Db, assigneeIds: readonly string[], date: IsoDate): Promise<AssignedTo[][]> {
  if (assigneeIds.length === 0) return [];
  const rows = await db
    .selectFrom('assignment as a')
    .selectAll('a')
    .select((eb) => statusOnExpression(eb, date).as('status_on'))
    .where('a.assigned_on', '<=', date)
    .where((eb) =>
      eb.or([
        eb('a.assignee_org_id', 'in', assigneeIds),
        eb('a.assignee_post_id', 'in', assigneeIds),
        eb('a.assignee_person_id', 'in', assigneeIds),
      ]),
    )
    .orderBy('a.assigned_on')
    .orderBy('a.id')
    .execute();
  const byAssignee = groupBy(
    rows,
    (r) => r.assignee_org_id ?? r.assignee_post_id ?? r.assignee_person_id ?? '',
    (r): AssignedTo => ({ assignment: assignmentFromRow(r), statusOn: (r.status_on ?? 'assigned') as AssignmentStatus }),
  );
  return assigneeIds.map((id) => byAssignee.get(id) ?? []);
}
