import type { UnitId } from '../shared/ids.js';
import type { TaskKind } from '../task/task-kind.js';
import type { IsoDate } from '../time/iso-date.js';
import { holdsOn, type Validity } from '../time/validity.js';
import type { AssignmentDecision } from './assignment-decision.js';
import type { AssigneeRef, AssignerRef } from './assignment-request.js';
import type { AssignmentRule, RulePack, UnitRelation } from './assignment-rule.js';

/** An allowed decision: the rule that allows it, the assignee's unit and, for a person, the post they qualify by. */
export type AllowedDecision = Extract<AssignmentDecision, { readonly allowed: true }>;

/**
 * One answer of a reverse question ("who may assign this?", "to whom may this assigner?"): the pair, and
 * the decision `checkAssignment` gives for it (allowed, with the rule that allows it).
 */
export interface AssignmentReach {
  readonly assigner: AssignerRef;
  readonly assignee: AssigneeRef;
  readonly decision: AllowedDecision;
}

/** The question's common part: the task kind, the date, and the place of the work if any (as `checkAssignment` takes it). */
export interface ReachQuestion {
  readonly taskKind: TaskKind;
  readonly date: IsoDate;
  readonly placeUnitId?: UnitId | null;
}

/**
 * The rules of a pack that could allow anything for this task kind on this date (and with or without a
 * place): the others cannot, so their candidates need not be read. Narrowing only, never deciding.
 */
export function rulesThatCouldAllow(pack: RulePack, question: ReachQuestion): readonly AssignmentRule[] {
  const inForce = (v: Validity | undefined) => !v || holdsOn(v, question.date);
  if (!inForce(pack.validity)) return [];
  return pack.rules.filter(
    (r) => r.taskKinds.includes(question.taskKind) && inForce(r.validity) && !(r.place?.required && !question.placeUnitId),
  );
}

/** The depths (assignee's unit below the assigner's) a relation admits, as bounds for SQL. */
export function relationDepths(relation: UnitRelation): { readonly min: number; readonly max: number | null } {
  switch (relation) {
    case 'sameUnit':
      return { min: 0, max: 0 };
    case 'childUnit':
      return { min: 1, max: 1 };
    case 'belowUnit':
      return { min: 1, max: null };
    case 'withinSubtree':
      return { min: 0, max: null };
  }
}

/** The order of answers: organizations, then posts, then people, each by id; the cursor's key is the kind. */
export const REACH_KIND_ORDER = { organization: '1', post: '2', person: '3' } as const;
