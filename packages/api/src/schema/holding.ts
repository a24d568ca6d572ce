import { HoldingNode, OrganizationNode, PersonNode, PostNode, SourceNode, TermNode, UnitNode } from './refs.js';
import { loadAtHand, loadOne } from './shared/node-load.js';
import { sourceOf } from './shared/source-of.js';
import { ValidityType } from './validity.js';

HoldingNode.implement({
  description: 'A person holding a post over a validity (who holds what), seen on a date.',
  fields: (t) => ({
    validity: t.field({ type: ValidityType, resolve: (h) => h.validity }),
    source: t.field({ type: SourceNode, nullable: true, resolve: sourceOf }),
    person: t.field({ type: PersonNode, nullable: true, resolve: (h, _args, ctx) => loadAtHand(ctx.loaders.person, h.personId, h.asOf) }),
    post: t.field({ type: PostNode, nullable: true, resolve: (h, _args, ctx) => loadAtHand(ctx.loaders.post, h.postId, h.asOf) }),
    term: t.field({ type: TermNode, nullable: true, resolve: (h, _args, ctx) => loadOne(ctx.loaders.term, h.termId, h.asOf) }),
    organization: t.field({
      type: OrganizationNode,
      nullable: true,
      description: 'The organization of the post.',
      resolve: async (h, _args, ctx) => {
        const post = await ctx.loaders.post.load(h.postId);
        return loadOne(ctx.loaders.organization, post?.organizationId ?? null, h.asOf);
      },
    }),
    unit: t.field({
      type: UnitNode,
      nullable: true,
      description: 'The unit of the post’s organization.',
      resolve: async (h, _args, ctx) => {
        const post = await ctx.loaders.post.load(h.postId);
        const organization = post && (await ctx.loaders.organization.load(post.organizationId));
        return loadOne(ctx.loaders.unit, organization?.unitId ?? null, h.asOf);
      },
    }),
  }),
});
