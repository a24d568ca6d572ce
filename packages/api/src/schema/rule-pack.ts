import { TASK_KINDS, type AssignmentRule, type RulePack } from '@mttq/core';
import { builder } from './builder.js';
import { TaskKindEnum } from './catalog/task-kind.enum.js';
import { ValidityType } from './validity.js';

const AssignmentRuleType = builder.objectRef<AssignmentRule>('AssignmentRule').implement({
  description: 'One rule: which assigner may give which task kinds to which assignees, and how their units must stand.',
  fields: (t) => ({
    id: t.exposeString('id'),
    description: t.exposeString('description'),
    taskKinds: t.field({ type: [TaskKindEnum], resolve: (r) => [...r.taskKinds] }),
    taskKindLabels: t.stringList({ resolve: (r) => r.taskKinds.map((k) => TASK_KINDS[k].label) }),
    relation: t.string({ description: 'sameUnit, childUnit, belowUnit or withinSubtree.', resolve: (r) => r.relation }),
    validity: t.field({ type: ValidityType, nullable: true, resolve: (r) => r.validity ?? null }),
    basis: t.exposeString('basis', { nullable: true, description: 'The document the rule comes from.' }),
  }),
});

/** `RulePack`: the rules the API checks writes against. */
const RulePackType = builder.objectRef<RulePack>('RulePack').implement({
  description: 'A named set of assignment rules; the API checks every assignment against it.',
  fields: (t) => ({
    id: t.exposeString('id'),
    name: t.exposeString('name'),
    rules: t.field({ type: [AssignmentRuleType], resolve: (p) => [...p.rules] }),
  }),
});

builder.queryField('rulePack', (t) =>
  t.field({
    type: RulePackType,
    description: 'The rule pack this API checks assignments against.',
    resolve: (_root, _args, ctx) => ctx.rulePack,
  }),
);
