import { ORGANIZATION_TYPES, type Directive, type OrganizationEnd } from '@mttq/core';
import { builder } from './builder.js';
import { OrganizationTypeEnum } from './catalog/organization-type.enum.js';
import { AssignmentConnection, DirectiveConnection, HoldingConnection, OrganizationConnection, PostConnection } from './connections.js';
import { AssignmentNode, DirectiveNode, HoldingNode, OrganizationNode, PostNode, SourceNode, UnitNode } from './refs.js';
import { assignedToPage } from './shared/assignment-reads.js';
import { allAt, at, type At } from './shared/at.js';
import { connectionComplexity, pageAt, pageOf } from './shared/connection.js';
import { sortHoldings } from './shared/holding-order.js';
import { loadOne } from './shared/node-load.js';
import { DateScalar } from './shared/scalars.js';
import { sourceOf } from './shared/source-of.js';
import { ValidityType } from './validity.js';

const OrganizationEndType = builder.objectRef<At<OrganizationEnd>>('OrganizationEnd').implement({
  description: 'How an organization ended: dissolved, or merged into a successor.',
  fields: (t) => ({
    kind: t.string({ description: 'dissolved or mergedInto.', resolve: (e) => e.kind }),
    successor: t.field({
      type: OrganizationNode,
      nullable: true,
      resolve: (e, _args, ctx) => loadOne(ctx.loaders.organization, e.kind === 'mergedInto' ? e.organizationId : null, e.asOf),
    }),
  }),
});

OrganizationNode.implement({
  description: 'An organization sitting at a unit (the Front committee of Huyện Chiêm Hóa, a village branch), seen on a date (asOf).',
  fields: (t) => ({
    asOf: t.field({ type: DateScalar, description: 'The date this organization is seen on.', resolve: (o) => o.asOf }),
    type: t.field({ type: OrganizationTypeEnum, resolve: (o) => o.type }),
    typeLabel: t.string({ resolve: (o) => ORGANIZATION_TYPES[o.type].label }),
    family: t.string({ description: 'front, socioPolitical, party or state.', resolve: (o) => ORGANIZATION_TYPES[o.type].family }),
    name: t.exposeString('name'),
    validity: t.field({ type: ValidityType, description: 'From its founding to its end.', resolve: (o) => o.validity }),
    end: t.field({ type: OrganizationEndType, nullable: true, resolve: (o) => (o.end ? at(o.end, o.asOf) : null) }),
    source: t.field({ type: SourceNode, nullable: true, resolve: sourceOf }),
    unit: t.field({ type: UnitNode, nullable: true, resolve: (o, _args, ctx) => loadOne(ctx.loaders.unit, o.unitId, o.asOf) }),
    parent: t.field({
      type: OrganizationNode,
      nullable: true,
      description: 'The organization it is part of: a standing board’s committee, a branch’s commune association.',
      resolve: (o, _args, ctx) => loadOne(ctx.loaders.organization, o.parentId, o.asOf),
    }),
    subOrganizations: t.connection(
      {
        type: OrganizationNode,
        description: 'Its sub-bodies on the date (a committee’s standing board, an association’s branches).',
        complexity: connectionComplexity,
        resolve: async (o, args, ctx) => pageOf(args, allAt(await ctx.loaders.subOrganizationsOf.load({ id: o.id, date: o.asOf }), o.asOf)),
      },
      OrganizationConnection,
    ),
    posts: t.connection(
      {
        type: PostNode,
        description: 'Its posts on the date, heads first.',
        complexity: connectionComplexity,
        resolve: async (o, args, ctx) => pageOf(args, allAt(await ctx.loaders.postsOf.load({ id: o.id, date: o.asOf }), o.asOf)),
      },
      PostConnection,
    ),
    officeHolders: t.connection(
      {
        type: HoldingNode,
        description: 'Who holds which post in it on the date, heads first.',
        complexity: connectionComplexity,
        resolve: async (o, args, ctx) => {
          const held = await ctx.loaders.holdingsOfOrganization.load({ id: o.id, date: o.asOf });
          // Their posts were read with them (the loader primed them); loaded only should one be unknown.
          const unknown = held.filter((h) => ctx.loaders.post.peek(h.postId) === undefined).map((h) => h.postId);
          if (unknown.length > 0) await ctx.loaders.post.loadMany(unknown);
          return pageAt(
            args,
            sortHoldings(held, (h) => ctx.loaders.post.peek(h.postId)?.heads ?? false),
            o.asOf,
          );
        },
      },
      HoldingConnection,
    ),
    directives: t.connection(
      {
        type: DirectiveNode,
        description: 'The directives it issued or signed, by issue date.',
        complexity: connectionComplexity,
        resolve: async (o, args, ctx) => {
          const ids = await ctx.loaders.directivesOfOrganization.load(o.id);
          const directives = await ctx.loaders.directive.loadMany(ids);
          return pageOf(
            args,
            allAt(
              directives.filter((d): d is Directive => d !== undefined && !(d instanceof Error)),
              o.asOf,
            ),
          );
        },
      },
      DirectiveConnection,
    ),
    assignments: t.connection(
      {
        type: AssignmentNode,
        description: 'The tasks given to this organization itself, on or before the date, with their status that day.',
        complexity: connectionComplexity,
        resolve: (o, args, ctx) => assignedToPage(ctx, o.id, o.asOf, args),
      },
      AssignmentConnection,
    ),
  }),
});
