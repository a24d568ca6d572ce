import { checkDate, required, type BulkContext } from '../bulk/bulk-context.js';
import { decide } from '../rule/assignment-decide.js';
import type { AssignmentDecision } from '../rule/assignment-decision.js';
import { buildAssignmentFacts } from '../rule/assignment-facts.build.js';
import type { AssigneeRef, AssignerRef } from '../rule/assignment-request.js';
import type { RulePack } from '../rule/assignment-rule.js';
import { refuse } from '../shared/core-error.js';
import { checkEventDate } from '../shared/date-horizon.js';
import {
  newId,
  stableId,
  type AssignmentEventId,
  type AssignmentId,
  type OrganizationId,
  type SourceId,
  type TaskId,
  type UnitId,
} from '../shared/ids.js';
import type { AssignmentTable } from '../store/database.js';
import { validityToRow } from '../store/validity.mapper.js';
import { parsePeriodKey, periodContaining, type Period } from '../task/recurrence.js';
import type { TaskKind } from '../task/task-kind.js';
import type { IsoDate } from '../time/iso-date.js';
import { intersect } from '../time/validity.js';
import { assignmentAncestorRows } from './assignment-ancestor.rows.js';
import { dueBeforeAssigned, periodInvalid, ruleDenied } from './assignment.errors.js';
import { assigneeToRow } from './assignment.mapper.js';

/** An assignment to record. */
export interface AssignmentInput {
  readonly id?: AssignmentId;
  readonly taskId: TaskId;
  /** `2023`, `2023-Q3`, `2023-07` or `once`; defaults to the task's period that holds on `assignedOn`. */
  readonly periodKey?: string;
  readonly assigner: AssignerRef;
  readonly assignee: AssigneeRef;
  readonly placeUnitId?: UnitId | null;
  /** The day the task is given; the rules are checked as of this day. */
  readonly assignedOn: IsoDate;
  readonly dueOn?: IsoDate | null;
  readonly sourceId: SourceId;
}

/**
 * Checks an assignment — given no later than the event horizon, a period of its task, due after it is given,
 * allowed by a rule of the pack (`decide`, on the facts `buildAssignmentFacts` gives) — and adds it with its
 * first status event. `assignTask` and the bulk loader both come here.
 */
export function checkAssignment(ctx: BulkContext, pack: RulePack, input: AssignmentInput): void {
  const id = ctx.claimId<AssignmentId>('asg', input.id ?? newId<AssignmentId>('asg'));
  ctx.requireSource(input.sourceId);
  const task = required(ctx.task(input.taskId), 'TASK.NOT_FOUND', input.taskId);
  checkDate('assignedOn', input.assignedOn);
  checkDate('dueOn', input.dueOn);
  checkEventDate('assignedOn', input.assignedOn, ctx.clock);
  const period = input.periodKey
    ? (() => {
        const p = parsePeriodKey(task.recurrence, input.periodKey);
        const days = p && intersect(p.validity, task.validity);
        return p && days ? { key: p.key, validity: days } : undefined;
      })()
    : (ctx.derived(
        `period|${task.id}|${input.assignedOn}`,
        () => periodContaining(task.recurrence, task.validity, input.assignedOn) ?? null,
      ) ?? undefined);
  if (!period) refuse(periodInvalid(input.periodKey ?? input.assignedOn, task.title));
  if (input.dueOn && input.dueOn < input.assignedOn) refuse(dueBeforeAssigned(input.dueOn, input.assignedOn));

  const facts = buildAssignmentFacts(ctx, {
    taskKind: task.kind,
    assigner: input.assigner,
    assignee: input.assignee,
    placeUnitId: input.placeUnitId ?? null,
    date: input.assignedOn,
  });
  const decision = decide(rulesFor(pack, task.kind), facts);
  if (!decision.allowed) {
    // Decided again on the whole pack, so that the refusal says why each rule did not match.
    const full = decide(pack, facts);
    if (full.allowed) throw new Error('assignment check: a rule pack reduced to a task kind decided otherwise than the whole pack');
    refuse(ruleDenied(full, facts.assigner.label, facts.assignee.label, task.title));
  }
  const row = assignmentRow(id, input, task.id, period, facts.assigner.organization.id, decision, pack.id);
  ctx.rows.assignment.push(row);
  ctx.rows.assignment_ancestor.push(...assignmentAncestorRows(row, (unitId) => ctx.closure.get(unitId)));
  // Derived from the assignment's id, so that the same records always write the same rows.
  ctx.rows.assignment_event.push({
    id: stableId<AssignmentEventId>('evt', `${id}.0`),
    assignment_id: id,
    seq: 0,
    status: 'assigned',
    on_date: input.assignedOn,
    note: null,
    source_id: input.sourceId,
  });
}

/** The stored row of an assignment the rule pack allowed (`decision`), in its period, freshly assigned. */
export function assignmentRow(
  id: AssignmentId,
  input: AssignmentInput,
  taskId: TaskId,
  period: Pick<Period, 'key' | 'validity'>,
  assignerOrganizationId: OrganizationId,
  decision: Extract<AssignmentDecision, { allowed: true }>,
  packId: string,
): AssignmentTable {
  const periodRow = validityToRow(period.validity);
  return {
    id,
    task_id: taskId,
    period_key: period.key,
    period_from: periodRow.valid_from,
    period_to: periodRow.valid_to,
    assigner_org_id: assignerOrganizationId,
    assigner_post_id: input.assigner.kind === 'post' ? input.assigner.id : null,
    ...assigneeToRow(input.assignee),
    assignee_via_post_id: decision.viaPostId,
    assignee_unit_id: decision.assigneeUnitId,
    place_unit_id: input.placeUnitId ?? null,
    assigned_on: input.assignedOn,
    due_on: input.dueOn ?? null,
    status: 'assigned',
    rule_pack_id: packId,
    rule_id: decision.ruleId,
    source_id: input.sourceId,
  };
}

const byKind = new WeakMap<RulePack, Map<TaskKind, RulePack>>();

/**
 * The pack with only the rules that apply to a task kind, in their order. A rule for other kinds never
 * allows a request, so the first rule that allows is the same and so is the decision; skipping the others
 * spares building a reason for each of them on every assignment.
 */
function rulesFor(pack: RulePack, kind: TaskKind): RulePack {
  let packs = byKind.get(pack);
  if (!packs) byKind.set(pack, (packs = new Map()));
  let reduced = packs.get(kind);
  if (!reduced) packs.set(kind, (reduced = { ...pack, rules: pack.rules.filter((r) => r.taskKinds.includes(kind)) }));
  return reduced;
}
