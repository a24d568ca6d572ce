import { createTask, validity, type IsoDate, type Validity } from '@mttq/core';
import { directiveTarget } from '../auth/write-targets.js';
import { AuthError, orThrow } from '../errors/api-error.js';
import { builder } from './builder.js';
import { RecurrenceEnum } from './catalog/recurrence.enum.js';
import { TaskKindEnum } from './catalog/task-kind.enum.js';
import { DirectiveNode, SourceNode, TaskNode } from './refs.js';
import { at } from './shared/at.js';
import { DateScalar } from './shared/scalars.js';

const CreateTaskInput = builder.inputType('CreateTaskInput', {
  description: 'A task of a directive; its span defaults to the directive’s validity and must lie within it.',
  fields: (t) => ({
    directive: t.globalID({ for: DirectiveNode, required: true }),
    kind: t.field({ type: TaskKindEnum, required: true }),
    title: t.string({ required: true }),
    recurrence: t.field({ type: RecurrenceEnum, required: true }),
    validFrom: t.field({ type: DateScalar }),
    validTo: t.field({ type: DateScalar }),
    source: t.globalID({ for: SourceNode, required: true }),
  }),
});

/** The validity the input gives core (none: the directive's). */
function spanOf(input: { validFrom?: IsoDate | null; validTo?: IsoDate | null }): Validity | undefined {
  return input.validFrom || input.validTo ? validity(input.validFrom ?? null, input.validTo ?? null) : undefined;
}

builder.mutationField('createTask', (t) =>
  t.field({
    type: TaskNode,
    description: 'Records a task of a directive (TASK.OUTSIDE_DIRECTIVE_VALIDITY, TASK.EMPTY_TITLE… come back as typed errors).',
    args: { input: t.arg({ type: CreateTaskInput, required: true }) },
    errors: { types: [AuthError], directResult: true },
    // The scope is checked over the validity core stores (the directive's, when none is given).
    authScopes: async (_root, { input }, ctx) => ({ writesAt: await directiveTarget(ctx, input.directive.id, spanOf(input)) }),
    resolve: async (_root, { input }, ctx) => {
      const span = spanOf(input);
      const task = orThrow(
        await createTask(ctx.db, {
          directiveId: input.directive.id,
          kind: input.kind,
          title: input.title,
          recurrence: input.recurrence,
          validity: span,
          sourceId: input.source.id,
        }),
      );
      return at(task, ctx.today);
    },
  }),
);
