import { TASK_KINDS, periodsOf } from '@mttq/core';
import { builder } from './builder.js';
import { RecurrenceEnum } from './catalog/recurrence.enum.js';
import { TaskKindEnum } from './catalog/task-kind.enum.js';
import { PeriodType } from './period.js';
import { DirectiveNode, SourceNode, TaskNode } from './refs.js';
import { AS_OF } from './shared/args.js';
import { maybeAt } from './shared/at.js';
import { loadOne } from './shared/node-load.js';
import { DateScalar } from './shared/scalars.js';
import { sourceOf } from './shared/source-of.js';
import { ValidityType } from './validity.js';

TaskNode.implement({
  description: 'A task of a directive: its kind (the rules depend on it) and its recurrence.',
  fields: (t) => ({
    kind: t.field({ type: TaskKindEnum, resolve: (task) => task.kind }),
    kindLabel: t.string({ resolve: (task) => TASK_KINDS[task.kind].label }),
    title: t.exposeString('title'),
    recurrence: t.field({ type: RecurrenceEnum, resolve: (task) => task.recurrence }),
    validity: t.field({ type: ValidityType, description: 'The days the task runs over.', resolve: (task) => task.validity }),
    source: t.field({ type: SourceNode, nullable: true, resolve: sourceOf }),
    directive: t.field({
      type: DirectiveNode,
      nullable: true,
      resolve: (task, _args, ctx) => loadOne(ctx.loaders.directive, task.directiveId, task.asOf),
    }),
    periods: t.field({
      type: [PeriodType],
      description: 'Its periods up to the date it is seen on (or the end of its span), each clipped to the span.',
      args: {
        until: t.arg({ type: DateScalar, description: 'List periods starting before this date (exclusive); default: the date seen on.' }),
      },
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
