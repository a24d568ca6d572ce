import { addDays, endUnit } from '@mttq/core';
import { unitEndTargets } from '../../auth/structure-targets.js';
import { AuthError, orThrow } from '../../errors/api-error.js';
import { builder } from '../builder.js';
import { UnitNode } from '../refs.js';
import { at } from '../shared/at.js';
import { EndUnitInput } from './unit-end.inputs.js';

builder.mutationField('endUnit', (t) =>
  t.field({
    type: UnitNode,
    description:
      'Ends a unit on a date (its last day is the day before) and records each successor as a lineage link on that date; the unit is returned as it was on its last day, its `successors` field naming them. A unit still under it or a body still at it on or after the date is UNIT.HAS_CHILDREN or UNIT.HAS_ORGANIZATIONS, naming them (end or move them first); a task placed there on or after the date is UNIT.IN_USE; a successor of another level is LINEAGE.LEVEL_MISMATCH, one not in force on the date UNIT.SUCCESSOR_NOT_IN_FORCE. The token’s scope must hold the unit’s parent on its last day and every successor on the end date.',
    args: { input: t.arg({ type: EndUnitInput, required: true }) },
    errors: { types: [AuthError], directResult: true },
    authScopes: async (_root, { input }, ctx) => {
      const { ending, successors } = await unitEndTargets(
        ctx,
        input.unit.id,
        input.on,
        (input.successors ?? []).map((s) => s.unit.id),
      );
      // Both must hold. Pothos lists the failures of `$any` before those of `$all`, so the ended unit's side (in an
      // `$any` of one) is the one a refusal names when both are outside the scope.
      return { $all: { $any: { writesAt: ending }, $all: { writesAt: successors } } };
    },
    resolve: async (_root, { input }, ctx) => {
      const ended = orThrow(
        await endUnit(ctx.db, {
          unitId: input.unit.id,
          date: input.on,
          successors: (input.successors ?? []).map((s) => ({ unitId: s.unit.id, kind: s.kind ?? 'mergedInto' })),
          sourceId: input.source.id,
        }),
      );
      return at(ended.unit, addDays(input.on, -1));
    },
  }),
);
