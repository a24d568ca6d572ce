import {
  checkAssignment,
  explainDecision,
  isIdOf,
  type AssigneeRef,
  type AssignerRef,
  type AssignmentDecision,
  type IsoDate,
  type OrganizationId,
  type PersonId,
  type PostId,
} from '@mttq/core';
import { orThrow } from '../errors/api-error.js';
import { builder } from './builder.js';
import { TaskKindEnum } from './catalog/task-kind.enum.js';
import { OrganizationNode, PersonNode, PostNode, UnitNode } from './refs.js';
import { RuleTraceType } from './rule-trace.js';
import { AS_OF, dateOf } from './shared/args.js';
import type { At } from './shared/at.js';
import { loadOne } from './shared/node-load.js';
import { DateScalar } from './shared/scalars.js';

/** The assigner named by a global id of an Organization or a Post (its id already parsed by the node's ref). */
export function assignerRef({ id }: { id: OrganizationId | PostId }): AssignerRef {
  return isIdOf('post', id) ? { kind: 'post', id } : { kind: 'organization', id };
}

/** The assignee named by a global id of an Organization, a Post or a Person (its id already parsed by the node's ref). */
export function assigneeRef({ id }: { id: OrganizationId | PostId | PersonId }): AssigneeRef {
  if (isIdOf('post', id)) return { kind: 'post', id };
  if (isIdOf('person', id)) return { kind: 'person', id };
  return { kind: 'organization', id };
}

/** `AssignmentRequestInput`: "may this assigner give a task of this kind to this assignee, at this place?" */
const AssignmentRequestInput = builder.inputType('AssignmentRequestInput', {
  description: 'A question to the rules: may this assigner give a task of this kind to this assignee (at this place) on the date?',
  fields: (t) => ({
    taskKind: t.field({ type: TaskKindEnum, required: true }),
    assigner: t.globalID({ for: [OrganizationNode, PostNode], required: true, description: 'An Organization or a Post.' }),
    assignee: t.globalID({
      for: [OrganizationNode, PostNode, PersonNode],
      required: true,
      description: 'An Organization, a Post or a Person.',
    }),
    place: t.globalID({ for: UnitNode, description: 'Where the work happens (a residential area…), if any.' }),
  }),
});

/** `AssignmentDecision`: the rules' answer, with the reason of every rule. */
const AssignmentDecisionType = builder.objectRef<At<AssignmentDecision>>('AssignmentDecision').implement({
  description: 'The answer of the rule pack: allowed by one rule (named), or refused — with, for every rule, why it did not match.',
  fields: (t) => ({
    allowed: t.exposeBoolean('allowed'),
    packId: t.exposeString('packId'),
    ruleId: t.string({ nullable: true, description: 'The rule that allows the request.', resolve: (d) => (d.allowed ? d.ruleId : null) }),
    explanation: t.string({
      description: 'The decision in words, one line per rule (✓ allowed, ✗ why not).',
      resolve: (d, _args, ctx) => explainDecision(d, ctx.lang),
    }),
    preconditionFailures: t.stringList({
      resolve: (d, _args, ctx) => [...(ctx.lang === 'en' ? d.preconditionFailuresEn : d.preconditionFailures)],
    }),
    trace: t.field({ type: [RuleTraceType], resolve: (d) => [...d.trace] }),
    assigneeUnit: t.field({
      type: UnitNode,
      nullable: true,
      description: 'The unit the assignee is at, when allowed.',
      resolve: (d, _args, ctx) => loadOne(ctx.loaders.unit, d.allowed ? d.assigneeUnitId : null, d.asOf),
    }),
    viaPost: t.field({
      type: PostNode,
      nullable: true,
      description: 'For a person, the post they hold that makes the rule match.',
      resolve: (d, _args, ctx) => loadOne(ctx.loaders.post, d.allowed ? d.viaPostId : null, d.asOf),
    }),
  }),
});

builder.queryField('checkAssignment', (t) =>
  t.field({
    type: AssignmentDecisionType,
    description: 'Checks a request against the rule pack without writing anything, and explains the decision rule by rule.',
    args: { request: t.arg({ type: AssignmentRequestInput, required: true }), asOf: t.arg({ type: DateScalar, description: AS_OF }) },
    errors: { directResult: true },
    resolve: async (_root, args, ctx) => {
      const date: IsoDate = dateOf(args, ctx);
      const decision = orThrow(
        await checkAssignment(ctx.db, ctx.rulePack, {
          taskKind: args.request.taskKind,
          assigner: assignerRef(args.request.assigner),
          assignee: assigneeRef(args.request.assignee),
          placeUnitId: args.request.place?.id ?? null,
          date,
        }),
      );
      return { ...decision, asOf: date };
    },
  }),
);
