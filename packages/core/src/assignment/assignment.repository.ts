import { writeSingle } from '../bulk/bulk-records.js';
import { notFound } from '../shared/common.errors.js';
import { refuse } from '../shared/core-error.js';
import { newId, type AssignmentEventId, type AssignmentId, type ProgressReportId, type SourceId } from '../shared/ids.js';
import type { Result } from '../shared/result.js';
import { requireSource } from '../source/require-source.js';
import type { Db } from '../store/database.js';
import { runWrite } from '../store/run-write.js';
import { checkEventDate, type WriteClock } from '../shared/date-horizon.js';
import { checkTextLength, type TextLimitKind } from '../shared/text-limits.js';
import type { IsoDate } from '../time/iso-date.js';
import type { RulePack } from '../rule/assignment-rule.js';
import type { Assignment, AssignmentEvent, ProgressReport } from './assignment.js';
import type { AssignmentInput } from './assignment.checks.js';
import { assignmentFromRow, eventFromRow, reportFromRow } from './assignment.mapper.js';
import { checkTransition, type AssignmentStatus } from './assignment-status.js';
import { emptyText, eventOutOfOrder, percentInvalid, type AssignmentWriteError } from './assignment.errors.js';

export { assignmentRow, type AssignmentInput } from './assignment.checks.js';

/**
 * Gives a task to an assignee, if a rule of `pack` allows it on `assignedOn` (checked by `checkAssignment`,
 * written as a batch of one). A refusal is `ASSIGNMENT.RULE_DENIED` with, for each rule, why it did not
 * match; nothing is written then. An accepted assignment records the rule that allowed it.
 *
 * @example
 * const result = await assignTask(db, DEFAULT_RULE_PACK, {
 *   taskId, assignedOn: isoDate('2023-01-15'), dueOn: isoDate('2023-12-31'), sourceId,
 *   assigner: { kind: 'organization', id: partyStandingMembers },
 *   assignee: { kind: 'organization', id: frontCommittee },
 * });
 */
export async function assignTask(
  db: Db,
  pack: RulePack,
  input: AssignmentInput,
  clock: WriteClock = {},
): Promise<Result<Assignment, AssignmentWriteError>> {
  return runWrite(
    db,
    async (trx) => {
      const ctx = await writeSingle(db, trx, { assignments: [input] }, { rulePack: pack, clock });
      return assignmentFromRow(ctx.rows.assignment[0]!);
    },
    (a) => ({ action: 'assignment.create', entityType: 'assignment', entityId: a.id, unitId: a.assigneeUnitId, after: a }),
  );
}

/** A status change to record. */
export interface StatusChangeInput {
  readonly assignmentId: AssignmentId;
  readonly status: AssignmentStatus;
  readonly on: IsoDate;
  readonly note?: string;
  readonly sourceId: SourceId;
}

/**
 * Moves an assignment to a new status on a date, along the allowed transitions only
 * (assigned → registered/accepted → in progress → done; cancelled from any open status), not before the last
 * change nor after today plus the event horizon (`clock`): a change dated 9999-12-30 would freeze it for good.
 */
export async function changeAssignmentStatus(
  db: Db,
  input: StatusChangeInput,
  clock: WriteClock = {},
): Promise<Result<AssignmentEvent, AssignmentWriteError>> {
  return recordStatusChange(db, input, clock, { field: 'note', kind: 'note' });
}

async function recordStatusChange(
  db: Db,
  input: StatusChangeInput,
  clock: WriteClock,
  note: { readonly field: string; readonly kind: TextLimitKind },
): Promise<Result<AssignmentEvent, AssignmentWriteError>> {
  let unitId: string | null = null;
  let before: AssignmentEvent | undefined;
  return runWrite(
    db,
    async (trx) => {
      checkTextLength(note.field, input.note, note.kind);
      checkEventDate('on', input.on, clock);
      await requireSource(trx, input.sourceId);
      unitId =
        (await trx.selectFrom('assignment').select('assignee_unit_id').where('id', '=', input.assignmentId).executeTakeFirst())
          ?.assignee_unit_id ?? null;
      const last = await lastEvent(trx, input.assignmentId);
      if (!last) refuse(notFound('ASSIGNMENT.NOT_FOUND', input.assignmentId));
      before = last;
      const transition = checkTransition(last.status, input.status);
      if (!transition.ok) refuse(transition.error);
      if (input.on < last.on) refuse(eventOutOfOrder(input.on, last.on));
      const event = await insertEvent(
        trx,
        input.assignmentId,
        last.seq + 1,
        input.status,
        input.on,
        input.note?.trim() || null,
        input.sourceId,
      );
      await trx.updateTable('assignment').set({ status: input.status }).where('id', '=', input.assignmentId).execute();
      return event;
    },
    (e) => ({ action: `assignment.status.${e.status}`, entityType: 'assignment', entityId: e.assignmentId, unitId, before, after: e }),
  );
}

/**
 * Registers to carry out an assignment ("đăng ký thực hiện"), keeping what was registered — the
 * breakthrough content a Front chair commits to.
 */
export async function registerAssignment(
  db: Db,
  input: { readonly assignmentId: AssignmentId; readonly on: IsoDate; readonly content: string; readonly sourceId: SourceId },
  clock: WriteClock = {},
): Promise<Result<AssignmentEvent, AssignmentWriteError>> {
  if (input.content.trim() === '') return { ok: false, error: emptyText({ vi: 'Nội dung đăng ký', en: 'The registration text' }) };
  return recordStatusChange(
    db,
    { assignmentId: input.assignmentId, status: 'registered', on: input.on, note: input.content, sourceId: input.sourceId },
    clock,
    { field: 'content', kind: 'reportText' },
  );
}

/** Records a dated progress report on an assignment, dated no later than today plus the event horizon (`clock`). */
export async function reportProgress(
  db: Db,
  input: {
    readonly assignmentId: AssignmentId;
    readonly on: IsoDate;
    readonly text: string;
    readonly percent?: number | null;
    readonly sourceId: SourceId;
  },
  clock: WriteClock = {},
): Promise<Result<ProgressReport, AssignmentWriteError>> {
  let unitId: string | null = null;
  return runWrite(
    db,
    async (trx) => {
      checkTextLength('text', input.text, 'reportText');
      const text = input.text.trim();
      if (text === '') refuse(emptyText({ vi: 'Nội dung báo cáo', en: 'The report text' }));
      checkEventDate('on', input.on, clock);
      const percent = input.percent ?? null;
      if (percent !== null && (!Number.isInteger(percent) || percent < 0 || percent > 100)) refuse(percentInvalid(percent));
      await requireSource(trx, input.sourceId);
      const assignment = await trx
        .selectFrom('assignment')
        .select(['id', 'assigned_on', 'assignee_unit_id'])
        .where('id', '=', input.assignmentId)
        .executeTakeFirst();
      if (!assignment) refuse(notFound('ASSIGNMENT.NOT_FOUND', input.assignmentId));
      unitId = assignment.assignee_unit_id;
      if (input.on < assignment.assigned_on) refuse(eventOutOfOrder(input.on, assignment.assigned_on as IsoDate));
      const row = {
        id: newId<ProgressReportId>('rep'),
        assignment_id: assignment.id,
        reported_on: input.on,
        text,
        percent,
        source_id: input.sourceId,
      };
      await trx.insertInto('progress_report').values(row).execute();
      return reportFromRow(row);
    },
    (r) => ({ action: 'assignment.progressReport', entityType: 'assignment', entityId: r.assignmentId, unitId, after: r }),
  );
}

async function lastEvent(trx: Db, assignmentId: AssignmentId): Promise<AssignmentEvent | undefined> {
  const row = await trx
    .selectFrom('assignment_event')
    .selectAll()
    .where('assignment_id', '=', assignmentId)
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row && eventFromRow(row);
}

async function insertEvent(
  trx: Db,
  assignmentId: AssignmentId,
  seq: number,
  status: AssignmentStatus,
  on: IsoDate,
  note: string | null,
  sourceId: SourceId,
): Promise<AssignmentEvent> {
  const row = { id: newId<AssignmentEventId>('evt'), assignment_id: assignmentId, seq, status, on_date: on, note, source_id: sourceId };
  await trx.insertInto('assignment_event').values(row).execute();
  return eventFromRow(row);
}
