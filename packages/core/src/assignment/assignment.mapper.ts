import type {
  AssignmentEventId,
  AssignmentId,
  OrganizationId,
  PersonId,
  PostId,
  ProgressReportId,
  SourceId,
  TaskId,
  UnitId,
} from '../shared/ids.js';
import type { AssignmentEventTable, AssignmentTable, ProgressReportTable } from '../store/database.js';
import { validityFromRow } from '../store/validity.mapper.js';
import type { IsoDate } from '../time/iso-date.js';
import type { AssigneeRef, AssignerRef } from '../rule/assignment-request.js';
import type { Assignment, AssignmentEvent, ProgressReport } from './assignment.js';
import type { AssignmentStatus } from './assignment-status.js';

/** The domain form of a stored assignment. */
export function assignmentFromRow(row: AssignmentTable): Assignment {
  const assigner: AssignerRef = row.assigner_post_id
    ? { kind: 'post', id: row.assigner_post_id as PostId }
    : { kind: 'organization', id: row.assigner_org_id as OrganizationId };
  return {
    id: row.id as AssignmentId,
    taskId: row.task_id as TaskId,
    period: { key: row.period_key, validity: validityFromRow({ valid_from: row.period_from, valid_to: row.period_to }) },
    assigner,
    assignee: assigneeFromRow(row),
    viaPostId: row.assignee_via_post_id as PostId | null,
    assigneeUnitId: row.assignee_unit_id as UnitId,
    placeUnitId: row.place_unit_id as UnitId | null,
    assignedOn: row.assigned_on as IsoDate,
    dueOn: row.due_on as IsoDate | null,
    status: row.status as AssignmentStatus,
    rulePackId: row.rule_pack_id,
    ruleId: row.rule_id,
    sourceId: row.source_id as SourceId,
  };
}

function assigneeFromRow(row: AssignmentTable): AssigneeRef {
  switch (row.assignee_kind) {
    case 'organization':
      return { kind: 'organization', id: row.assignee_org_id as OrganizationId };
    case 'post':
      return { kind: 'post', id: row.assignee_post_id as PostId };
    case 'person':
      return { kind: 'person', id: row.assignee_person_id as PersonId };
  }
}

/** The stored columns of an assignee. */
export function assigneeToRow(
  ref: AssigneeRef,
): Pick<AssignmentTable, 'assignee_kind' | 'assignee_org_id' | 'assignee_post_id' | 'assignee_person_id'> {
  return {
    assignee_kind: ref.kind,
    assignee_org_id: ref.kind === 'organization' ? ref.id : null,
    assignee_post_id: ref.kind === 'post' ? ref.id : null,
    assignee_person_id: ref.kind === 'person' ? ref.id : null,
  };
}

/** The domain form of a stored status event. */
export function eventFromRow(row: AssignmentEventTable): AssignmentEvent {
  return {
    id: row.id as AssignmentEventId,
    assignmentId: row.assignment_id as AssignmentId,
    seq: row.seq,
    status: row.status as AssignmentStatus,
    on: row.on_date as IsoDate,
    note: row.note,
    sourceId: row.source_id as SourceId,
  };
}

/** The domain form of a stored progress report. */
export function reportFromRow(row: ProgressReportTable): ProgressReport {
  return {
    id: row.id as ProgressReportId,
    assignmentId: row.assignment_id as AssignmentId,
    on: row.reported_on as IsoDate,
    text: row.text,
    percent: row.percent,
    sourceId: row.source_id as SourceId,
  };
}
