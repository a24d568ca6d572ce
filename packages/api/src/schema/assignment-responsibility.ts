import { responsibleFor } from '@mttq/core';
import { builder } from './builder.js';
import { AssignmentNode, type AssignmentShape, TaskNode } from './refs.js';
import { fromPath, type ResponsibilityShape, ResponsibilityType } from './responsibility.js';
import { AS_OF, dateOf } from './shared/args.js';
import { fromView } from './shared/assignment-reads.js';
import { connectionComplexity, pageOf } from './shared/connection.js';
import { DateScalar } from './shared/scalars.js';

interface AssignmentResponsibilityShape {
  readonly assignment: AssignmentShape;
  readonly people: readonly ResponsibilityShape[];
}

/** `AssignmentResponsibility`: one assignment of a task, resolved down to the people responsible on a date. */
const AssignmentResponsibilityType = builder.objectRef<AssignmentResponsibilityShape>('AssignmentResponsibility').implement({
  description: 'One assignment of a task in force on a date, and the people responsible for it then (empty for a post nobody holds).',
  fields: (t) => ({
    assignment: t.field({ type: AssignmentNode, resolve: (r) => r.assignment }),
    people: t.field({ type: [ResponsibilityType], resolve: (r) => [...r.people] }),
  }),
});

const AssignmentResponsibilityConnection = builder.connectionObject({
  type: AssignmentResponsibilityType,
  name: 'AssignmentResponsibilityConnection',
});

builder.queryField('responsibleFor', (t) =>
  t.connection(
    {
      type: AssignmentResponsibilityType,
      description:
        'Every assignment of a task in force on a date, resolved down to the people responsible then: the person named, the holders of the post, or the heads of the organization.',
      args: { task: t.arg.globalID({ for: TaskNode, required: true }), asOf: t.arg({ type: DateScalar, description: AS_OF }) },
      complexity: connectionComplexity,
      resolve: async (_root, args, ctx) => {
        const date = dateOf(args, ctx);
        const found = await responsibleFor(ctx.db, args.task.id, date);
        return pageOf(
          args,
          found.map((r) => ({ assignment: fromView(ctx, r.view, date), people: r.people.map((p) => fromPath(p.person.id, p.path, date)) })),
        );
      },
    },
    AssignmentResponsibilityConnection,
  ),
);
