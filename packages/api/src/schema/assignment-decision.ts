import { checkAssignment, explainDecision, type AssigneeRef, type AssignerRef, type AssignmentDecision, type IsoDate, type UnitId } from '@mttq/core';
import { orThrow } from '../errors/api-error.js';
import { AS_OF, dateOf } from './args.js';
import { type At } from './at.js';
import { builder } from './builder.js';
import { TaskKindEnum } from './catalog/task-kind.enum.js';
import { loadOne } from './node-load.js';
import { OrganizationNode } from './organization.js';
import { PersonNode } from './person.js';
import { PostNode } from './post.js';
import { RuleTraceType } from './rule-trace.js';
import { DateScalar } from './scalars.js';
import { UnitNode } from './unit.js';

/** The assigner named by a global id of an Organization or a Post. */
export function assignerRef(gid: { typename: string; id: string }): AssignerRef {
  return gid.typename === 'Post' ? { kind: 'post', id: gid.id as never } : { kind: 'organization', id: gid.id as never };
}

/** The assignee named by a global id of an Organization, a Post or a Person. */
export function assigneeRef(gid: { typename: string; id: string }): AssigneeRef {
  if (gid.typename === 'Post') return { kind: 'post', id: gid.id as never };
  if (gid.typename === 'Person') return { kind: 'person', id: gid.id as never };
  return { kind: 'organization', id: gid.id as never };
}

/** `AssignmentRequestInput`: "may this assigner give a task of this kind to this assignee, at this place?" */
const AssignmentRequestInput = builder.inputType('AssignmentRequestInput', {
  description: 'A question to the rules: may this assigner give a task of this kind to this assignee (at this place) on the date?',
  fields: (t) => ({
    taskKind: t.field({ type: TaskKindEnum, required: true }),
    assigner: t.globalID({ for: [OrganizationNode, PostNode], required: true, description: 'An Organization or a Post.' }),
    assignee: t.globalID({ for: [OrganizationNode, PostNode, PersonNode], required: true, description: 'An Organization, a Post or a Person.' }),
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
    explanation: t.string({ description: 'The decision in words, one line per rule (✓ allowed, ✗ why not).', resolve: (d) => explainDecision(d) }),
    preconditionFailures: t.stringList({ resolve: (d) => [...d.preconditionFailures] }),
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
          placeUnitId: (args.request.place?.id ?? null) as UnitId | null,
          date,
        }),
      );
      return { ...decision, asOf: date };
    },
  }),
);
