import type { AssignmentEventId, AssignmentId, PostId, ProgressReportId, SourceId, TaskId, UnitId } from '../shared/ids.js';
import type { IsoDate } from '../time/iso-date.js';
import type { Validity } from '../time/validity.js';
import type { AssigneeRef, AssignerRef } from '../rule/assignment-request.js';
import type { AssignmentStatus } from './assignment-status.js';

/**
 * A task given, for one of its periods, by an assigner (an organization or a post) to an assignee (an
 * organization, a post or a person), optionally at a place, with a due date — and the rule that allowed it.
 */
export interface Assignment {
  readonly id: AssignmentId;
  readonly taskId: TaskId;
  readonly period: { readonly key: string; readonly validity: Validity };
  readonly assigner: AssignerRef;
  readonly assignee: AssigneeRef;
  /** For a person: the post they held that made the rule match. */
  readonly viaPostId: PostId | null;
  /** The unit the assignee was at when assigned. */
  readonly assigneeUnitId: UnitId;
  /** Where the work happens (a residential area…), if given. */
  readonly placeUnitId: UnitId | null;
  readonly assignedOn: IsoDate;
  /** The last day to finish; after it, open work is overdue. */
  readonly dueOn: IsoDate | null;
  /** The latest status; `statusOn` gives the status on a date. */
  readonly status: AssignmentStatus;
  readonly rulePackId: string;
  readonly ruleId: string;
  readonly sourceId: SourceId;
}

/** A dated change of status; registering a breakthrough keeps its content as the note. */
export interface AssignmentEvent {
  readonly id: AssignmentEventId;
  readonly assignmentId: AssignmentId;
  readonly seq: number;
  readonly status: AssignmentStatus;
  readonly on: IsoDate;
  readonly note: string | null;
  readonly sourceId: SourceId;
}

/** A dated progress report on an assignment. */
export interface ProgressReport {
  readonly id: ProgressReportId;
  readonly assignmentId: AssignmentId;
  readonly on: IsoDate;
  readonly text: string;
  readonly percent: number | null;
  readonly sourceId: SourceId;
}
