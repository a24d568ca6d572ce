import { createOrganization, endOrganization, getUnit } from '@mttq/core';
import { endingTarget, organizationAtUnitTarget, validityWithin } from '../../auth/structure-targets.js';
import { AuthError, orThrow } from '../../errors/api-error.js';
import { builder } from '../builder.js';
import { OrganizationTypeEnum } from '../catalog/organization-type.enum.js';
import { OrganizationNode, SourceNode, UnitNode } from '../refs.js';
import { at } from '../shared/at.js';
import { DateScalar } from '../shared/scalars.js';
import { seenOn } from './seen-on.js';

const CreateOrganizationInput = builder.inputType('CreateOrganizationInput', {
  description:
    'A body at a unit, of a type the organization catalog of its era allows at the unit’s level, under a parent body where the type needs one. Its name defaults to the type’s and the unit’s; its validity to the unit’s (each end given replaces that end).',
  fields: (t) => ({
    type: t.field({ type: OrganizationTypeEnum, required: true }),
    unit: t.globalID({ for: UnitNode, required: true }),
    parent: t.globalID({ for: OrganizationNode }),
    name: t.string(),
    validFrom: t.field({ type: DateScalar }),
    validTo: t.field({ type: DateScalar }),
    source: t.globalID({ for: SourceNode, required: true }),
  }),
});

const EndOrganizationInput = builder.inputType('EndOrganizationInput', {
  description: 'The end of a body: dissolved, or merged into a successor in force on that day.',
  fields: (t) => ({
    organization: t.globalID({ for: OrganizationNode, required: true }),
    on: t.field({ type: DateScalar, required: true, description: 'The first day the body no longer exists.' }),
    mergedInto: t.globalID({ for: OrganizationNode, description: 'The successor it was merged into; without one, it was dissolved.' }),
  }),
});

builder.mutationFields((t) => ({
  createOrganization: t.field({
    type: OrganizationNode,
    description:
      'Records a body at a unit. A type the catalog does not allow at the unit’s level (a Front work board above a residential area) is ORGANIZATION.TYPE_NOT_ALLOWED_AT_LEVEL; a missing or wrong parent body is ORGANIZATION.PARENT_REQUIRED or ORGANIZATION.PARENT_TYPE_NOT_ALLOWED. The token’s scope must hold the unit (and the parent body) over the whole validity.',
    args: { input: t.arg({ type: CreateOrganizationInput, required: true }) },
    errors: { types: [AuthError], directResult: true },
    authScopes: async (_root, { input }, ctx) => ({
      writesAt: await organizationAtUnitTarget(ctx, input.unit.id, input.parent?.id ?? null, input),
    }),
    resolve: async (_root, { input }, ctx) => {
      const unit = await getUnit(ctx.db, input.unit.id);
      const org = orThrow(
        await createOrganization(ctx.db, {
          type: input.type,
          unitId: input.unit.id,
          parentId: input.parent?.id ?? null,
          name: input.name ?? undefined,
          validity: validityWithin(input, unit?.validity),
          sourceId: input.source.id,
        }),
      );
      return at(org, seenOn(org.validity, ctx.today));
    },
  }),
  endOrganization: t.field({
    type: OrganizationNode,
    description:
      'Ends a body on a date (its last day is the day before), dissolved or merged into a successor; its sub-bodies, posts and holdings end with it. Refused with ORGANIZATION.IN_USE when a task was given by or to any of them on or after that date.',
    args: { input: t.arg({ type: EndOrganizationInput, required: true }) },
    errors: { types: [AuthError], directResult: true },
    authScopes: (_root, { input }) => ({ writesAt: endingTarget(input.organization.id, input.on) }),
    resolve: async (_root, { input }, ctx) => {
      const end = input.mergedInto ? { kind: 'mergedInto' as const, organizationId: input.mergedInto.id } : { kind: 'dissolved' as const };
      const org = orThrow(await endOrganization(ctx.db, { organizationId: input.organization.id, date: input.on, end }));
      return at(org, seenOn(org.validity, ctx.today));
    },
  }),
}));
