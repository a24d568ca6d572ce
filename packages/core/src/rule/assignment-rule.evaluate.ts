import { ORGANIZATION_TYPES } from '../catalog/organization-type.js';
import { LEVEL_LABELS } from '../catalog/level.js';
import { TASK_KINDS } from '../task/task-kind.js';
import { holdsOn } from '../time/validity.js';
import type { UnitId } from '../shared/ids.js';
import type { Unit } from '../unit/unit.js';
import { depthBelow, type AssigneeCandidate, type AssignmentFacts } from './assignment-facts.js';
import type { AssigneeSpec, AssignmentRule, PostSpec, UnitRelation } from './assignment-rule.js';
import {
  RELATION_ENGLISH,
  RELATION_WORDS,
  assigneeSpecWords,
  levelWord,
  levelsWords,
  orgTypeWord,
  orgTypesWords,
  postSpecWords,
  taskKindWord,
  taskKindsWords,
} from './rule-words.js';

/** The conditions of a rule, in the order they are checked. */
export type RuleCondition =
  'precondition' | 'ruleValidity' | 'scope' | 'taskKind' | 'assigner' | 'assignerLevel' | 'assignee' | 'relation' | 'place';

/** What one rule said about a request: it allowed it, or the first condition that failed and why. */
export type RuleTrace =
  | { readonly ruleId: string; readonly description: string; readonly outcome: 'allowed'; readonly candidate: AssigneeCandidate }
  | {
      readonly ruleId: string;
      readonly description: string;
      readonly outcome: 'notMatched';
      readonly failed: RuleCondition;
      /** Why, in Vietnamese. */
      readonly reason: string;
      /** Why, in English (`explainDecision(decision, 'en')`). */
      readonly reasonEn: string;
    };

/** Checks one rule against the facts of a request; pure, so millions of checks cost no I/O. */
export function evaluateRule(rule: AssignmentRule, facts: AssignmentFacts): RuleTrace {
  const { request, assigner } = facts;
  const fail = (failed: RuleCondition, reason: string, reasonEn: string): RuleTrace => ({
    ruleId: rule.id,
    description: rule.description,
    outcome: 'notMatched',
    failed,
    reason,
    reasonEn,
  });

  if (rule.validity && !holdsOn(rule.validity, request.date)) {
    return fail('ruleValidity', `Quy tắc không có hiệu lực vào ngày ${request.date}.`, `The rule is not in force on ${request.date}.`);
  }
  if (rule.scope && !rule.scope.withinUnitIds.some((u) => depthBelow(facts, assigner.unit.id, u as UnitId) !== undefined)) {
    return fail(
      'scope',
      `Quy tắc chỉ áp dụng trong địa bàn ${rule.scope.withinUnitIds.join(', ')}; ${assigner.unit.fullName} không thuộc địa bàn đó vào ngày ${request.date}.`,
      `The rule applies only within ${rule.scope.withinUnitIds.join(', ')}; ${assigner.unit.fullName} is not within it on ${request.date}.`,
    );
  }
  if (!rule.taskKinds.includes(request.taskKind)) {
    return fail(
      'taskKind',
      `Quy tắc chỉ áp dụng cho ${taskKindsWords(rule.taskKinds)}; nhiệm vụ này là "${TASK_KINDS[request.taskKind].label}".`,
      `The rule applies only to ${taskKindsWords(rule.taskKinds, 'en')}; this task is a "${taskKindWord(request.taskKind, 'en')}".`,
    );
  }
  const spec = rule.assigner;
  if (spec.kind === 'post' && !assigner.post) {
    return fail(
      'assigner',
      `Bên giao phải là chức vụ ${postSpecWords(spec)}; ${assigner.label} là một tổ chức.`,
      `The assigner must be the post ${postSpecWords(spec, 'en')}; ${assigner.label} is a body.`,
    );
  }
  if (!spec.organizationTypes.includes(assigner.organization.type)) {
    return fail(
      'assigner',
      `Bên giao phải thuộc ${orgTypesWords(spec.organizationTypes)}; ${assigner.label} là ${ORGANIZATION_TYPES[assigner.organization.type].label}.`,
      `The assigner must belong to a ${orgTypesWords(spec.organizationTypes, 'en')}; ${assigner.label} is a ${orgTypeWord(assigner.organization.type, 'en')}.`,
    );
  }
  if (spec.kind === 'post' && assigner.post && !matchesPost(spec, assigner.post.type, assigner.post.heads)) {
    return fail(
      'assigner',
      `Bên giao phải là ${postSpecWords(spec)}; ${assigner.label} không phải.`,
      `The assigner must be ${postSpecWords(spec, 'en')}; ${assigner.label} is not.`,
    );
  }
  if (spec.levels && !spec.levels.includes(assigner.unit.level)) {
    return fail(
      'assignerLevel',
      `Quy tắc chỉ áp dụng cho bên giao ở ${levelsWords(spec.levels)}; ${assigner.unit.fullName} là ${LEVEL_LABELS[assigner.unit.level]}.`,
      `The rule applies only to an assigner at ${levelsWords(spec.levels, 'en')}; ${assigner.unit.fullName} is at ${levelWord(assigner.unit.level, 'en')}.`,
    );
  }

  const fitting = facts.assignee.candidates.filter((c) => rule.assignees.some((a) => matchesAssignee(a, c, facts)));
  if (fitting.length === 0) {
    const wanted = rule.assignees.map((a) => assigneeSpecWords(a)).join('; hoặc ');
    const wantedEn = rule.assignees.map((a) => assigneeSpecWords(a, 'en')).join('; or ');
    return fail(
      'assignee',
      `Bên nhận phải là ${wanted}; ${assigneeWords(facts)}.`,
      `The assignee must be ${wantedEn}; ${assigneeEnglish(facts)}.`,
    );
  }
  const related = fitting.filter((c) => related_(rule.relation, facts, c.unit));
  if (related.length === 0) {
    const units = [...new Set(fitting.map((c) => c.unit.fullName))].join(', ');
    return fail(
      'relation',
      `Bên nhận phải ${RELATION_WORDS[rule.relation]} (${assigner.unit.fullName}); bên nhận ở ${units}.`,
      `The assignee must ${RELATION_ENGLISH[rule.relation]} (${assigner.unit.fullName}); the assignee is at ${units}.`,
    );
  }

  const place = facts.place;
  const placeSpec = rule.place;
  if (!place) {
    if (placeSpec?.required) {
      return fail(
        'place',
        `Quy tắc yêu cầu nơi thực hiện${placeSpec.levels ? ` (${levelsWords(placeSpec.levels)})` : ''}, nhưng không có.`,
        `The rule requires a place${placeSpec.levels ? ` (${levelsWords(placeSpec.levels, 'en')})` : ''}, but none is given.`,
      );
    }
    return allowed(rule, related[0]!);
  }
  if (placeSpec?.levels && !placeSpec.levels.includes(place.level)) {
    return fail(
      'place',
      `Nơi thực hiện phải là ${levelsWords(placeSpec.levels)}; ${place.fullName} là ${LEVEL_LABELS[place.level]}.`,
      `The place must be at ${levelsWords(placeSpec.levels, 'en')}; ${place.fullName} is at ${levelWord(place.level, 'en')}.`,
    );
  }
  const anchor = (c: AssigneeCandidate): Unit => (placeSpec?.relation === 'withinAssigneeSubtree' ? c.unit : assigner.unit);
  const placed = related.find((c) => depthBelow(facts, place.id, anchor(c).id) !== undefined);
  if (!placed) {
    const anchorName = anchor(related[0]!).fullName;
    return fail(
      'place',
      `Nơi thực hiện ${place.fullName} không nằm trong địa bàn ${anchorName} vào ngày ${request.date}.`,
      `The place ${place.fullName} is not within ${anchorName} on ${request.date}.`,
    );
  }
  return allowed(rule, placed);
}

/** What the assignee is, for a refusal: a person's posts on the date, or the body or post itself. */
function assigneeWords(facts: AssignmentFacts): string {
  const { assignee, request } = facts;
  if (!assignee.person) return `${assignee.label} là ${ORGANIZATION_TYPES[assignee.candidates[0]!.organization.type].label}`;
  if (assignee.candidates.length === 0) return `${assignee.label} không giữ chức vụ nào vào ngày ${request.date}`;
  const posts = assignee.candidates.map((c) => `${c.post!.title} — ${c.organization.name}`).join('; ');
  return `vào ngày ${request.date}, ${assignee.label} giữ: ${posts}`;
}

/** What the assignee is, for a refusal, in English. */
function assigneeEnglish(facts: AssignmentFacts): string {
  const { assignee, request } = facts;
  if (!assignee.person) return `${assignee.label} is a ${orgTypeWord(assignee.candidates[0]!.organization.type, 'en')}`;
  if (assignee.candidates.length === 0) return `${assignee.label} holds no post on ${request.date}`;
  const posts = assignee.candidates.map((c) => `${c.post!.title} — ${c.organization.name}`).join('; ');
  return `on ${request.date}, ${assignee.label} holds: ${posts}`;
}

function allowed(rule: AssignmentRule, candidate: AssigneeCandidate): RuleTrace {
  return { ruleId: rule.id, description: rule.description, outcome: 'allowed', candidate };
}

function matchesPost(spec: PostSpec | { postTypes?: readonly string[]; heads?: boolean }, type: string, heads: boolean): boolean {
  if (spec.postTypes && !spec.postTypes.includes(type as never)) return false;
  if (spec.heads && !heads) return false;
  return true;
}

function matchesAssignee(spec: AssigneeSpec, c: AssigneeCandidate, facts: AssignmentFacts): boolean {
  const orgOk = (types: readonly string[]) => types.includes(c.organization.type);
  switch (spec.kind) {
    case 'organization':
      return facts.request.assignee.kind === 'organization' && orgOk(spec.organizationTypes);
    case 'post':
      return (
        facts.request.assignee.kind === 'post' &&
        c.post !== null &&
        orgOk(spec.organizationTypes) &&
        matchesPost(spec, c.post.type, c.post.heads)
      );
    case 'holder':
      return (
        facts.request.assignee.kind === 'person' &&
        c.post !== null &&
        orgOk(spec.holding.organizationTypes) &&
        matchesPost(spec.holding, c.post.type, c.post.heads)
      );
  }
}

function related_(relation: UnitRelation, facts: AssignmentFacts, unit: Unit): boolean {
  const depth = depthBelow(facts, unit.id, facts.assigner.unit.id);
  switch (relation) {
    case 'sameUnit':
      return depth === 0;
    case 'childUnit':
      return depth === 1;
    case 'belowUnit':
      return depth !== undefined && depth >= 1;
    case 'withinSubtree':
      return depth !== undefined;
  }
}
