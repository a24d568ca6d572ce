import { overdueByUnit, type Unit } from '@mttq/core';
import { builder } from './builder.js';
import { AssignmentConnection } from './connections.js';
import { AssignmentNode, type AssignmentShape, UnitNode } from './refs.js';
import { AS_OF, dateOf } from './shared/args.js';
import { fromView } from './shared/assignment-reads.js';
import { at, type At } from './shared/at.js';
import { connectionComplexity, pageOf } from './shared/connection.js';
import { DateScalar } from './shared/scalars.js';
import { resolveUnitRef, UnitRefInput } from './unit-ref.js';

interface OverdueAtUnitShape {
  readonly unit: At<Unit>;
  readonly assignments: readonly AssignmentShape[];
}

/** `OverdueAtUnit`: the overdue work of the assignees at one unit. */
const OverdueAtUnitType = builder.objectRef<OverdueAtUnitShape>('OverdueAtUnit').implement({
  description: 'Overdue work on a date (still open, due date passed), for the assignees at one unit.',
  fields: (t) => ({
    unit: t.field({ type: UnitNode, resolve: (o) => o.unit }),
    assignments: t.connection(
      { type: AssignmentNode, complexity: connectionComplexity, resolve: (o, args) => pageOf(args, o.assignments) },
      AssignmentConnection,
    ),
  }),
});

const OverdueAtUnitConnection = builder.connectionObject({ type: OverdueAtUnitType, name: 'OverdueAtUnitConnection' });

builder.queryField('overdueByUnit', (t) =>
  t.connection(
    {
      type: OverdueAtUnitType,
      description: 'The assignments under a unit that are overdue on a date, grouped by the assignee’s unit, units in code order.',
      args: { under: t.arg({ type: UnitRefInput, required: true }), asOf: t.arg({ type: DateScalar, description: AS_OF }) },
      complexity: connectionComplexity,
      resolve: async (_root, args, ctx) => {
        const date = dateOf(args, ctx);
        const root = await resolveUnitRef(ctx, args.under, date);
        const groups = await overdueByUnit(ctx.db, root.id, date);
        return pageOf(
          args,
          groups.map((g) => ({ unit: at(g.unit, date), assignments: g.assignments.map((v) => fromView(ctx, v, date)) })),
        );
      },
    },
    OverdueAtUnitConnection,
  ),
);
