import { getOrganization, organizationsAt, searchOrganizations, type Organization } from '@mttq/core';
import { AS_OF, dateOf } from './args.js';
import { allAt, maybeAt } from './at.js';
import { builder } from './builder.js';
import { OrganizationTypeEnum } from './catalog/organization-type.enum.js';
import { connectionComplexity, pageOf } from './connection.js';
import { OrganizationConnection, OrganizationNode } from './organization.js';
import { DateScalar } from './scalars.js';
import { resolveUnitRef, UnitRefInput } from './unit-ref.js';

/** How many matches an organization search reads at most. */
const SEARCH_LIMIT = 1000;

builder.queryFields((t) => ({
  organization: t.field({
    type: OrganizationNode,
    nullable: true,
    description: 'An organization by global id, seen on a date.',
    args: { id: t.arg.globalID({ for: OrganizationNode, required: true }), asOf: t.arg({ type: DateScalar, description: AS_OF }) },
    resolve: async (_root, args, ctx) => maybeAt(await getOrganization(ctx.db, args.id.id as Organization['id']), dateOf(args, ctx)),
  }),
  organizations: t.connection(
    {
      type: OrganizationNode,
      description: 'The organizations at a unit on a date, optionally of some types only (by unit and type).',
      args: {
        unit: t.arg({ type: UnitRefInput, required: true }),
        types: t.arg({ type: [OrganizationTypeEnum] }),
        asOf: t.arg({ type: DateScalar, description: AS_OF }),
      },
      complexity: connectionComplexity,
      resolve: async (_root, args, ctx) => {
        const date = dateOf(args, ctx);
        const unit = await resolveUnitRef(ctx, args.unit, date);
        return pageOf(args, allAt(await organizationsAt(ctx.db, unit.id, date, { types: args.types ?? undefined }), date));
      },
    },
    OrganizationConnection,
  ),
  searchOrganizations: t.connection(
    {
      type: OrganizationNode,
      description: `Organizations whose name contains the query, ignoring diacritics and case, in force on the date. At most ${SEARCH_LIMIT} matches are read.`,
      args: { query: t.arg.string({ required: true }), asOf: t.arg({ type: DateScalar, description: AS_OF }) },
      complexity: connectionComplexity,
      resolve: async (_root, args, ctx) => {
        const date = dateOf(args, ctx);
        return pageOf(args, allAt(await searchOrganizations(ctx.db, args.query, { asOf: date, limit: SEARCH_LIMIT }), date));
      },
    },
    OrganizationConnection,
  ),
}));
