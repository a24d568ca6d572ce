import { createTask, validity, type DirectiveId, type SourceId } from '@mttq/core';
import { directiveTarget } from '../auth/write-targets.js';
import { AuthError, orThrow } from '../errors/api-error.js';
import { at } from './at.js';
import { builder } from './builder.js';
import { RecurrenceEnum } from './catalog/recurrence.enum.js';
import { TaskKindEnum } from './catalog/task-kind.enum.js';
import { DirectiveNode } from './directive.js';
import { DateScalar } from './scalars.js';
import { SourceNode } from './source.js';
import { TaskNode } from './task.js';

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

builder.mutationField('createTask', (t) =>
  t.field({
    type: TaskNode,
    description: 'Records a task of a directive (TASK.OUTSIDE_DIRECTIVE_VALIDITY, TASK.EMPTY_TITLE… come back as typed errors).',
    args: { input: t.arg({ type: CreateTaskInput, required: true }) },
    errors: { types: [AuthError], directResult: true },
    authScopes: async (_root, { input }, ctx) => ({ writesAt: await directiveTarget(ctx, input.directive.id, input.validFrom ?? null) }),
    resolve: async (_root, { input }, ctx) => {
      const span = input.validFrom || input.validTo ? validity(input.validFrom ?? null, input.validTo ?? null) : undefined;
      const task = orThrow(
        await createTask(ctx.db, {
          directiveId: input.directive.id as DirectiveId,
          kind: input.kind,
          title: input.title,
          recurrence: input.recurrence,
          validity: span,
          sourceId: input.source.id as SourceId,
        }),
      );
      return at(task, ctx.today);
    },
  }),
);
