import { TASK_KINDS, periodsOf, type Period, type Task } from '@mttq/core';
import type { Context } from '../context.js';
import { maybeAt, type At } from './at.js';
import { AS_OF } from './args.js';
import { builder } from './builder.js';
import { RecurrenceEnum } from './catalog/recurrence.enum.js';
import { TaskKindEnum } from './catalog/task-kind.enum.js';
import { DirectiveNode } from './directive.js';
import { loadNodes, loadOne } from './node-load.js';
import { DateScalar } from './scalars.js';
import { SourceNode, sourceOf } from './source.js';
import { ValidityType } from './validity.js';

/** `Task`: a task a directive creates, recurring over periods. */
export const TaskNode = builder.loadableNodeRef('Task', {
  id: { resolve: (task: At<Task>) => task.id },
  load: (ids: string[], ctx: Context) => loadNodes(ctx.loaders.task, ids, ctx.today),
  sort: (task) => task.id,
});

/** A page of tasks. */
export const TaskConnection = builder.connectionObject({ type: TaskNode, name: 'TaskConnection' });

/** `Period`: one occurrence of a recurring task (Năm 2023, Quý III/2023). */
export const PeriodType = builder.objectRef<Pick<Period, 'key' | 'validity'> & { label: string | null }>('Period').implement({
  description: 'One occurrence of a recurring task: 2023 (Năm 2023), 2023-Q3 (Quý III/2023), 2023-07, or once.',
  fields: (t) => ({
    key: t.exposeString('key'),
    label: t.exposeString('label', { nullable: true }),
    validity: t.field({ type: ValidityType, resolve: (p) => p.validity }),
  }),
});

TaskNode.implement({
  description: 'A task of a directive: its kind (the rules depend on it) and its recurrence.',
  fields: (t) => ({
    kind: t.field({ type: TaskKindEnum, resolve: (task) => task.kind }),
    kindLabel: t.string({ resolve: (task) => TASK_KINDS[task.kind].label }),
    title: t.exposeString('title'),
    recurrence: t.field({ type: RecurrenceEnum, resolve: (task) => task.recurrence }),
    validity: t.field({ type: ValidityType, description: 'The days the task runs over.', resolve: (task) => task.validity }),
    source: t.field({ type: SourceNode, nullable: true, resolve: sourceOf }),
    directive: t.field({ type: DirectiveNode, nullable: true, resolve: (task, _args, ctx) => loadOne(ctx.loaders.directive, task.directiveId, task.asOf) }),
    periods: t.field({
      type: [PeriodType],
      description: 'Its periods up to the date it is seen on (or the end of its span), each clipped to the span.',
      args: { until: t.arg({ type: DateScalar, description: 'List periods starting before this date (exclusive); default: the date seen on.' }) },
      complexity: { field: 1, multiplier: 12 },
      resolve: (task, args) => {
        if (task.validity.validFrom === null && task.recurrence !== 'once') return [];
        return periodsOf(task.recurrence, task.validity, args.until ?? task.asOf).slice(0, 120);
      },
    }),
  }),
});

builder.queryField('task', (t) =>
  t.field({
    type: TaskNode,
    nullable: true,
    description: 'A task by global id, seen on a date.',
    args: { id: t.arg.globalID({ for: TaskNode, required: true }), asOf: t.arg({ type: DateScalar, description: AS_OF }) },
    resolve: async (_root, args, ctx) => maybeAt(await ctx.loaders.task.load(args.id.id), args.asOf ?? ctx.today),
  }),
);
