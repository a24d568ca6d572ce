import {
  mayAssignTo,
  whoMayAssign,
  type AssigneeRef,
  type AssignmentReach,
  type IsoDate,
  type KeysetPage,
  type Organization,
  type Person,
  type Post,
  type ReachError,
  type Result,
} from '@mttq/core';
import type { DefaultConnectionArguments } from '@pothos/plugin-relay';
import type { Context } from '../context.js';
import { coreRequestError } from '../errors/api-error.js';
import { assigneeRef, assignerRef } from './assignment-decision.js';
import { builder } from './builder.js';
import { TaskKindEnum } from './catalog/task-kind.enum.js';
import { AssigneeUnion, AssignerUnion, OrganizationNode, PersonNode, PostNode, UnitNode } from './refs.js';
import { AS_OF, dateOf } from './shared/args.js';
import type { At } from './shared/at.js';
import { connectionComplexity } from './shared/connection.js';
import { forwardPage, keysetConnection } from './shared/keyset-connection.js';
import { loadOne } from './shared/node-load.js';
import { DateScalar } from './shared/scalars.js';
import { resolveUnitRef, UnitRefInput } from './unit-ref.js';

/** One answer of a reverse question, seen on the question's date. */
type Reach = AssignmentReach & { readonly asOf: IsoDate };

/** The assignee of an answer, through the request's DataLoaders. */
function loadAssignee(ctx: Context, party: AssigneeRef, asOf: IsoDate): Promise<At<Organization> | At<Post> | At<Person> | null> {
  switch (party.kind) {
    case 'organization':
      return loadOne(ctx.loaders.organization, party.id, asOf);
    case 'post':
      return loadOne(ctx.loaders.post, party.id, asOf);
    case 'person':
      return loadOne(ctx.loaders.person, party.id, asOf);
  }
}

/** A party the answer was decided from: it was read from the store, so a missing one is a bug, not an answer. */
async function present<T>(party: Promise<T | null>): Promise<T> {
  const found = await party;
  if (found === null) throw new Error('assignment reach: a party decided a moment ago is no longer in the store');
  return found;
}

/** `AssignmentReach`: a pair the rules allow, with the rule that allows it. */
const AssignmentReachType = builder.objectRef<Reach>('AssignmentReach').implement({
  description: 'A pair the rule pack allows (checkAssignment says allowed): the assigner, the assignee, and the rule that allows it.',
  fields: (t) => ({
    assigner: t.field({
      type: AssignerUnion,
      nullable: false,
      resolve: (r, _args, ctx) =>
        r.assigner.kind === 'post'
          ? present(loadOne(ctx.loaders.post, r.assigner.id, r.asOf))
          : present(loadOne(ctx.loaders.organization, r.assigner.id, r.asOf)),
    }),
    assignee: t.field({ type: AssigneeUnion, nullable: false, resolve: (r, _args, ctx) => present(loadAssignee(ctx, r.assignee, r.asOf)) }),
    ruleId: t.string({
      nullable: false,
      description: 'The rule that allows the pair (the first of the pack that does).',
      resolve: (r) => r.decision.ruleId,
    }),
    ruleDescription: t.string({
      nullable: false,
      description: 'What that rule allows, in the words of the rule pack.',
      resolve: (r) => r.decision.trace.find((x) => x.ruleId === r.decision.ruleId)?.description ?? '',
    }),
    assigneeUnit: t.field({
      type: UnitNode,
      nullable: true,
      description: 'The unit the assignee is at: the organization’s, or that of the post through which a person qualifies.',
      resolve: (r, _args, ctx) => loadOne(ctx.loaders.unit, r.decision.assigneeUnitId, r.asOf),
    }),
    viaPost: t.field({
      type: PostNode,
      nullable: true,
      description: 'For a person, the post they hold that makes the rule match.',
      resolve: (r, _args, ctx) => loadOne(ctx.loaders.post, r.decision.viaPostId, r.asOf),
    }),
  }),
});

const AssignmentReachConnection = builder.connectionObject({ type: AssignmentReachType, name: 'AssignmentReachConnection' });

/** A connection of answers; an unknown party or place is refused with core's code (`PERSON.NOT_FOUND`…). */
function reachConnection(args: DefaultConnectionArguments, result: Result<KeysetPage<AssignmentReach>, ReachError>, asOf: IsoDate) {
  if (!result.ok && !result.error.code.startsWith('PAGE.')) throw coreRequestError(result.error);
  return keysetConnection(
    args,
    result as Result<KeysetPage<AssignmentReach>, Extract<ReachError, { code: `PAGE.${string}` }>>,
    (r): Reach => ({ ...r, asOf }),
  );
}

const PLACE =
  'Where the work happens (a residential area…), as checkAssignment takes it: rules that require a place allow nothing without one.';
const COMPLETE =
  'Complete: every candidate the rules could allow is decided as checkAssignment decides it; paged forward (first, after) in a stable order (organizations, posts, people, each by id), with totalCount over all pages.';

builder.queryFields((t) => ({
  whoMayAssign: t.connection(
    {
      type: AssignmentReachType,
      description: `Who may give a task of this kind to this assignee on the date: every Organization and Post checkAssignment allows as the assigner, each with the rule that allows it. ${COMPLETE}`,
      args: {
        assignee: t.arg.globalID({
          for: [OrganizationNode, PostNode, PersonNode],
          required: true,
          description: 'An Organization, a Post or a Person.',
        }),
        taskKind: t.arg({ type: TaskKindEnum, required: true }),
        place: t.arg.globalID({ for: UnitNode, description: PLACE }),
        asOf: t.arg({ type: DateScalar, description: AS_OF }),
      },
      complexity: connectionComplexity,
      resolve: async (_root, args, ctx) => {
        const date = dateOf(args, ctx);
        const page = forwardPage(args);
        const question = { taskKind: args.taskKind, date, placeUnitId: args.place?.id ?? null };
        return reachConnection(args, await whoMayAssign(ctx.db, ctx.rulePack, assigneeRef(args.assignee), question, page), date);
      },
    },
    AssignmentReachConnection,
  ),
  mayAssignTo: t.connection(
    {
      type: AssignmentReachType,
      description: `To whom this assigner may give a task of this kind on the date, among the assignees under a unit: every Organization, Post and Person checkAssignment allows, each with the rule that allows it (a person counts under the unit when the post they qualify by is there). ${COMPLETE}`,
      args: {
        assigner: t.arg.globalID({ for: [OrganizationNode, PostNode], required: true, description: 'An Organization or a Post.' }),
        taskKind: t.arg({ type: TaskKindEnum, required: true }),
        under: t.arg({ type: UnitRefInput, required: true, description: 'Only assignees at units in this unit’s subtree on the date.' }),
        place: t.arg.globalID({ for: UnitNode, description: PLACE }),
        asOf: t.arg({ type: DateScalar, description: AS_OF }),
      },
      complexity: connectionComplexity,
      resolve: async (_root, args, ctx) => {
        const date = dateOf(args, ctx);
        const page = forwardPage(args);
        const under = await resolveUnitRef(ctx, args.under, date);
        const question = { taskKind: args.taskKind, date, placeUnitId: args.place?.id ?? null, under: under.id };
        return reachConnection(args, await mayAssignTo(ctx.db, ctx.rulePack, assignerRef(args.assigner), question, page), date);
      },
    },
    AssignmentReachConnection,
  ),
}));
