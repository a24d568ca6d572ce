import { isOverdue, parsePeriodKey } from '@mttq/core';
import { AssignmentStatusEnum } from './catalog/assignment-status.enum.js';
import { AssignmentEventConnection, ProgressReportConnection } from './connections.js';
import { PeriodType } from './period.js';
import {
  AssigneeUnion,
  AssignerUnion,
  AssignmentEventNode,
  AssignmentNode,
  DirectiveNode,
  PostNode,
  ProgressReportNode,
  SourceNode,
  TaskNode,
  UnitNode,
} from './refs.js';
import { ResponsibilityType, responsibleForAssignment } from './responsibility.js';
import { statusOf } from './shared/assignment-reads.js';
import { allAt } from './shared/at.js';
import { connectionComplexity, pageOf } from './shared/connection.js';
import { loadOne } from './shared/node-load.js';
import { DateScalar } from './shared/scalars.js';
import { sourceOf } from './shared/source-of.js';

AssignmentNode.implement({
  description:
    'A task given, for one of its periods, by an assigner to an assignee, seen on a date (asOf): its status that day, and whether it is overdue.',
  fields: (t) => ({
    asOf: t.field({ type: DateScalar, resolve: (a) => a.asOf }),
    task: t.field({ type: TaskNode, nullable: true, resolve: (a, _args, ctx) => loadOne(ctx.loaders.task, a.taskId, a.asOf) }),
    directive: t.field({
      type: DirectiveNode,
      nullable: true,
      description: 'The directive of the task.',
      resolve: async (a, _args, ctx) =>
        loadOne(ctx.loaders.directive, (await ctx.loaders.task.load(a.taskId))?.directiveId ?? null, a.asOf),
    }),
    period: t.field({
      type: PeriodType,
      resolve: async (a, _args, ctx) => {
        const task = await ctx.loaders.task.load(a.taskId);
        return { ...a.period, label: (task && parsePeriodKey(task.recurrence, a.period.key)?.label) ?? null };
      },
    }),
    assigner: t.field({
      type: AssignerUnion,
      nullable: true,
      resolve: (a, _args, ctx) =>
        a.assigner.kind === 'post'
          ? loadOne(ctx.loaders.post, a.assigner.id, a.asOf)
          : loadOne(ctx.loaders.organization, a.assigner.id, a.asOf),
    }),
    assignee: t.field({
      type: AssigneeUnion,
      nullable: true,
      resolve: (a, _args, ctx) => {
        switch (a.assignee.kind) {
          case 'organization':
            return loadOne(ctx.loaders.organization, a.assignee.id, a.asOf);
          case 'post':
            return loadOne(ctx.loaders.post, a.assignee.id, a.asOf);
          case 'person':
            return loadOne(ctx.loaders.person, a.assignee.id, a.asOf);
        }
      },
    }),
    viaPost: t.field({
      type: PostNode,
      nullable: true,
      description: 'For a person: the post they held that made the rule match.',
      resolve: (a, _args, ctx) => loadOne(ctx.loaders.post, a.viaPostId, a.asOf),
    }),
    assigneeUnit: t.field({
      type: UnitNode,
      nullable: true,
      description: 'The unit the assignee was at when assigned.',
      resolve: (a, _args, ctx) => loadOne(ctx.loaders.unit, a.assigneeUnitId, a.asOf),
    }),
    place: t.field({
      type: UnitNode,
      nullable: true,
      description: 'Where the work happens, if given.',
      resolve: (a, _args, ctx) => loadOne(ctx.loaders.unit, a.placeUnitId, a.asOf),
    }),
    assignedOn: t.field({ type: DateScalar, resolve: (a) => a.assignedOn }),
    dueOn: t.field({
      type: DateScalar,
      nullable: true,
      description: 'The last day to finish; after it, open work is overdue.',
      resolve: (a) => a.dueOn,
    }),
    status: t.field({
      type: AssignmentStatusEnum,
      nullable: true,
      description: 'The status on the date seen on (null before it was given).',
      resolve: (a, _args, ctx) => statusOf(a, ctx),
    }),
    latestStatus: t.field({
      type: AssignmentStatusEnum,
      description: 'The latest status recorded, whatever the date.',
      resolve: (a) => a.status,
    }),
    overdue: t.boolean({
      description: 'Still open on the date and its due date has passed.',
      resolve: async (a, _args, ctx) => {
        const status = await statusOf(a, ctx);
        return status !== null && isOverdue({ status, dueDate: a.dueOn }, a.asOf);
      },
    }),
    rulePackId: t.exposeString('rulePackId'),
    ruleId: t.exposeString('ruleId', { description: 'The rule that allowed the assignment.' }),
    source: t.field({ type: SourceNode, nullable: true, resolve: sourceOf }),
    responsible: t.field({
      type: [ResponsibilityType],
      description: 'The people responsible on the date: the person named, the holders of the post, or the heads of the organization.',
      resolve: responsibleForAssignment,
    }),
    events: t.connection(
      {
        type: AssignmentEventNode,
        description: 'Its status history, oldest first (registrations keep their content as the note).',
        complexity: connectionComplexity,
        resolve: async (a, args, ctx) => pageOf(args, allAt(await ctx.loaders.eventsOf.load(a.id), a.asOf)),
      },
      AssignmentEventConnection,
    ),
    progressReports: t.connection(
      {
        type: ProgressReportNode,
        description: 'Its progress reports, oldest first.',
        complexity: connectionComplexity,
        resolve: async (a, args, ctx) => pageOf(args, allAt(await ctx.loaders.progressReportsOf.load(a.id), a.asOf)),
      },
      ProgressReportConnection,
    ),
  }),
});
