import { getOrganization, organizationsAt, searchOrganizationsPage } from '@mttq/core';
import { builder } from './builder.js';
import { OrganizationTypeEnum } from './catalog/organization-type.enum.js';
import { OrganizationConnection } from './connections.js';
import { OrganizationNode } from './refs.js';
import { AS_OF, dateOf } from './shared/args.js';
import { allAt, at, maybeAt } from './shared/at.js';
import { connectionComplexity, pageOf } from './shared/connection.js';
import { forwardPage, keysetConnection } from './shared/keyset-connection.js';
import { DateScalar } from './shared/scalars.js';
import { resolveUnitRef, UnitRefInput } from './unit-ref.js';

builder.queryFields((t) => ({
  organization: t.field({
    type: OrganizationNode,
    nullable: true,
    description: 'An organization by global id, seen on a date.',
    args: { id: t.arg.globalID({ for: OrganizationNode, required: true }), asOf: t.arg({ type: DateScalar, description: AS_OF }) },
    resolve: async (_root, args, ctx) => maybeAt(await getOrganization(ctx.db, args.id.id), dateOf(args, ctx)),
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
      description:
        'Organizations whose name contains the query, ignoring diacritics and case, in force on the date. Ordered by name without diacritics, then id; paged in the database with after/endCursor (forward only), every match counted in totalCount.',
      args: { query: t.arg.string({ required: true }), asOf: t.arg({ type: DateScalar, description: AS_OF }) },
      complexity: connectionComplexity,
      resolve: async (_root, args, ctx) => {
        const date = dateOf(args, ctx);
        const page = forwardPage(args);
        return keysetConnection(args, await searchOrganizationsPage(ctx.db, args.query, { asOf: date }, page), (organization) =>
          at(organization, date),
        );
      },
    },
    OrganizationConnection,
  ),
}));
