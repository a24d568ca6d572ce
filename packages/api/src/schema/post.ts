import { POST_TYPES, getPost, type Post } from '@mttq/core';
import type { Context } from '../context.js';
import { AS_OF, dateOf } from './args.js';
import { allAt, maybeAt, type At } from './at.js';
import { AssignmentConnection, AssignmentNode, assignedToPage } from './assignment.js';
import { builder } from './builder.js';
import { PostTypeEnum } from './catalog/post-type.enum.js';
import { connectionComplexity, pageOf } from './connection.js';
import { HoldingConnection, HoldingNode } from './holding.js';
import { sortHoldings } from './holding-order.js';
import { loadNodes, loadOne } from './node-load.js';
import { OrganizationNode } from './organization.js';
import { DateScalar } from './scalars.js';
import { SourceNode, sourceOf } from './source.js';
import { ValidityType } from './validity.js';

/** `Post`: a seat in one organization (the Chair of the Chiêm Hóa Front committee), apart from its holders. */
export const PostNode = builder.loadableNodeRef('Post', {
  id: { resolve: (p: At<Post>) => p.id },
  load: (ids: string[], ctx: Context) => loadNodes(ctx.loaders.post, ids, ctx.today),
  sort: (p) => p.id,
});

/** A page of posts. */
export const PostConnection = builder.connectionObject({ type: PostNode, name: 'PostConnection' });

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
    organization: t.field({ type: OrganizationNode, nullable: true, resolve: (p, _args, ctx) => loadOne(ctx.loaders.organization, p.organizationId, p.asOf) }),
    holders: t.connection(
      {
        type: HoldingNode,
        description: 'Who holds it on the date.',
        complexity: connectionComplexity,
        resolve: async (p, args, ctx) => pageOf(args, allAt(sortHoldings(await ctx.loaders.holdingsOfPost.load({ id: p.id, date: p.asOf })), p.asOf)),
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
    resolve: async (_root, args, ctx) => maybeAt(await getPost(ctx.db, args.id.id as Post['id']), dateOf(args, ctx)),
  }),
);
