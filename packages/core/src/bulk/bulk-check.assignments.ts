import { dueBeforeAssigned, periodInvalid, ruleDenied } from '../assignment/assignment.errors.js';
import { assignmentRow, type AssignmentInput } from '../assignment/assignment.repository.js';
import { decide } from '../rule/assignment-check.js';
import type { RulePack } from '../rule/assignment-rule.js';
import { refuse } from '../shared/core-error.js';
import { checkEventDate } from '../shared/date-horizon.js';
import { newId, stableId, type AssignmentEventId, type AssignmentId } from '../shared/ids.js';
import { parsePeriodKey, periodContaining } from '../task/recurrence.js';
import type { TaskKind } from '../task/task-kind.js';
import { intersect } from '../time/validity.js';
import { checkDate, required, type BulkContext } from './bulk-context.js';
import { factsInMemory } from './bulk-facts.js';

/**
 * Checks an assignment as `assignTask` does — given no later than the event horizon, a period of its task, due after it is given, allowed by a rule
 * of the pack (the pure `decide`, on facts built in memory) — and adds it with its first status event.
 */
export function checkAssignment(ctx: BulkContext, pack: RulePack, input: AssignmentInput): void {
  const id = ctx.claimId<AssignmentId>('asg', input.id ?? newId<AssignmentId>('asg'));
  ctx.requireSource(input.sourceId);
  const task = required(ctx.task(input.taskId), 'TASK.NOT_FOUND', input.taskId);
  checkDate('assignedOn', input.assignedOn);
  checkDate('dueOn', input.dueOn);
  checkEventDate('assignedOn', input.assignedOn);
  const period = input.periodKey
    ? (() => {
        const p = parsePeriodKey(task.recurrence, input.periodKey);
        const days = p && intersect(p.validity, task.validity);
        return p && days ? { key: p.key, validity: days } : undefined;
      })()
    : ctx.derived(`period|${task.id}|${input.assignedOn}`, () => periodContaining(task.recurrence, task.validity, input.assignedOn) ?? null) ?? undefined;
  if (!period) refuse(periodInvalid(input.periodKey ?? input.assignedOn, task.title));
  if (input.dueOn && input.dueOn < input.assignedOn) refuse(dueBeforeAssigned(input.dueOn, input.assignedOn));

  const facts = factsInMemory(ctx, {
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
    if (full.allowed) throw new Error('bulk load: a rule pack reduced to a task kind decided otherwise than the whole pack');
    refuse(ruleDenied(full, facts.assigner.label, facts.assignee.label, task.title));
  }
  const row = assignmentRow(id, input, task.id, period, facts.assigner.organization.id, decision, pack.id);
  ctx.rows.assignment.push(row);
  // Derived from the assignment's id, so that the same batch always writes the same rows.
  ctx.rows.assignment_event.push({ id: stableId<AssignmentEventId>('evt', `${id}.0`), assignment_id: id, seq: 0, status: 'assigned', on_date: input.assignedOn, note: null, source_id: input.sourceId });
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
