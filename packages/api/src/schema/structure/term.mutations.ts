import { createTerm, getOrganization } from '@mttq/core';
import { validityWithin, withinOrganizationTarget } from '../../auth/structure-targets.js';
import { AuthError, orThrow } from '../../errors/api-error.js';
import { builder } from '../builder.js';
import { OrganizationNode, SourceNode, TermNode } from '../refs.js';
import { at } from '../shared/at.js';
import { DateScalar } from '../shared/scalars.js';
import { seenOn } from './seen-on.js';

const CreateTermInput = builder.inputType('CreateTermInput', {
  description:
    'A term of office (nhiệm kỳ) of a body, such as "2024–2029"; its validity defaults to the body’s (each end given replaces that end).',
  fields: (t) => ({
    organization: t.globalID({ for: OrganizationNode, required: true }),
    label: t.string({ required: true }),
    validFrom: t.field({ type: DateScalar }),
    validTo: t.field({ type: DateScalar }),
    source: t.globalID({ for: SourceNode, required: true }),
  }),
});

builder.mutationFields((t) => ({
  createTerm: t.field({
    type: TermNode,
    description: 'Records a term of office of a body. The token’s scope must hold the body over the whole term.',
    args: { input: t.arg({ type: CreateTermInput, required: true }) },
    errors: { types: [AuthError], directResult: true },
    authScopes: async (_root, { input }, ctx) => ({ writesAt: await withinOrganizationTarget(ctx, input.organization.id, input) }),
    resolve: async (_root, { input }, ctx) => {
      const org = await getOrganization(ctx.db, input.organization.id);
      const term = orThrow(
        await createTerm(ctx.db, {
          organizationId: input.organization.id,
          label: input.label,
          validity: validityWithin(input, org?.validity),
          sourceId: input.source.id,
        }),
      );
      return at(term, seenOn(term.validity, ctx.today));
    },
  }),
}));
