import { POST_TYPES, getPost } from '@mttq/core';
import { builder } from './builder.js';
import { PostTypeEnum } from './catalog/post-type.enum.js';
import { AssignmentConnection, HoldingConnection } from './connections.js';
import { AssignmentNode, HoldingNode, OrganizationNode, PostNode, SourceNode } from './refs.js';
import { AS_OF, dateOf } from './shared/args.js';
import { assignedToPage } from './shared/assignment-reads.js';
import { allAt, maybeAt } from './shared/at.js';
import { connectionComplexity, pageOf } from './shared/connection.js';
import { sortHoldings } from './shared/holding-order.js';
import { loadOne } from './shared/node-load.js';
import { DateScalar } from './shared/scalars.js';
import { sourceOf } from './shared/source-of.js';
import { ValidityType } from './validity.js';

PostNode.implement({
  description: 'A post in one organization, seen on a date; it exists apart from whoever holds it.',
  fields: (t) => ({
    asOf: t.field({ type: DateScalar, resolve: (p) => p.asOf }),
    type: t.field({ type: PostTypeEnum, resolve: (p) => p.type }),
    typeLabel: t.string({ resolve: (p) => POST_TYPES[p.type].label }),
    title: t.exposeString('title', { description: 'Chủ tịch, Phó Chủ tịch, Trưởng ban…' }),
    heads: t.exposeBoolean('heads', { description: 'Its holder heads the organization (người đứng đầu).' }),
    seats: t.exposeInt('seats', { nullable: true, description: 'How many may hold it at once; null: no limit.' }),
    validity: t.field({ type: ValidityType, resolve: (p) => p.validity }),
    source: t.field({ type: SourceNode, nullable: true, resolve: sourceOf }),
    organization: t.field({
      type: OrganizationNode,
      nullable: true,
      resolve: (p, _args, ctx) => loadOne(ctx.loaders.organization, p.organizationId, p.asOf),
    }),
    holders: t.connection(
      {
        type: HoldingNode,
        description: 'Who holds it on the date.',
        complexity: connectionComplexity,
        resolve: async (p, args, ctx) =>
          pageOf(args, allAt(sortHoldings(await ctx.loaders.holdingsOfPost.load({ id: p.id, date: p.asOf })), p.asOf)),
      },
      HoldingConnection,
    ),
    assignments: t.connection(
      {
        type: AssignmentNode,
        description: 'The tasks given to this post (to whoever holds it), on or before the date.',
        complexity: connectionComplexity,
        resolve: (p, args, ctx) => assignedToPage(ctx, p.id, p.asOf, args),
      },
      AssignmentConnection,
    ),
  }),
});

builder.queryField('post', (t) =>
  t.field({
    type: PostNode,
    nullable: true,
    description: 'A post by global id, seen on a date.',
    args: { id: t.arg.globalID({ for: PostNode, required: true }), asOf: t.arg({ type: DateScalar, description: AS_OF }) },
    resolve: async (_root, args, ctx) => maybeAt(await getPost(ctx.db, args.id.id), dateOf(args, ctx)),
  }),
);
