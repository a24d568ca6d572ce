import { createUnit, getUnit } from '@mttq/core';
import { unitParentTarget, validityWithin } from '../../auth/structure-targets.js';
import { AuthError, orThrow } from '../../errors/api-error.js';
import { builder } from '../builder.js';
import { UnitKindEnum } from '../catalog/unit-kind.enum.js';
import { SourceNode, UnitNode } from '../refs.js';
import { at } from '../shared/at.js';
import { seenOn } from './seen-on.js';
import { DateScalar } from '../shared/scalars.js';

const CreateUnitInput = builder.inputType('CreateUnitInput', {
  description:
    'A unit under a parent unit: a residential area under a commune, or any unit the hierarchy scheme of its era puts under the parent’s level. Its validity defaults to the parent’s (each end given replaces that end).',
  fields: (t) => ({
    kind: t.field({ type: UnitKindEnum, required: true }),
    name: t.string({ required: true, description: 'The name without the kind: "Minh Họa 4" for Thôn Minh Họa 4.' }),
    code: t.string({ description: 'The official code, where it has one (residential areas usually have none).' }),
    parent: t.globalID({ for: UnitNode, required: true }),
    validFrom: t.field({ type: DateScalar }),
    validTo: t.field({ type: DateScalar }),
    source: t.globalID({ for: SourceNode, required: true }),
  }),
});

builder.mutationField('createUnit', (t) =>
  t.field({
    type: UnitNode,
    description:
      'Records a unit under a parent unit. A kind the era’s hierarchy scheme does not put under the parent’s level is UNIT.PARENT_LEVEL_MISMATCH; a code already held on those days is UNIT.CODE_TAKEN. The token’s scope must hold the parent over the whole validity.',
    args: { input: t.arg({ type: CreateUnitInput, required: true }) },
    errors: { types: [AuthError], directResult: true },
    authScopes: async (_root, { input }, ctx) => ({ writesAt: await unitParentTarget(ctx, input.parent.id, input) }),
    resolve: async (_root, { input }, ctx) => {
      const parent = await getUnit(ctx.db, input.parent.id);
      const days = validityWithin(input, parent?.validity);
      const unit = orThrow(
        await createUnit(ctx.db, {
          kind: input.kind,
          name: input.name,
          code: input.code ?? null,
          validity: days,
          parents: [{ parentId: input.parent.id }],
          sourceId: input.source.id,
        }),
      );
      return at(unit, seenOn(unit.validity, ctx.today));
    },
  }),
);
