import { createPost, endPost, getOrganization } from '@mttq/core';
import { postEndTarget, validityWithin, withinOrganizationTarget } from '../../auth/structure-targets.js';
import { AuthError, orThrow } from '../../errors/api-error.js';
import { builder } from '../builder.js';
import { PostTypeEnum } from '../catalog/post-type.enum.js';
import { OrganizationNode, PostNode, SourceNode } from '../refs.js';
import { at } from '../shared/at.js';
import { DateScalar } from '../shared/scalars.js';
import { seenOn } from './seen-on.js';

const CreatePostInput = builder.inputType('CreatePostInput', {
  description:
    'A post in a body, of a type the body’s type allows. Title and seats default to the post type’s; the validity to the body’s (each end given replaces that end).',
  fields: (t) => ({
    organization: t.globalID({ for: OrganizationNode, required: true }),
    type: t.field({ type: PostTypeEnum, required: true }),
    title: t.string(),
    seats: t.int({ description: 'How many may hold it at once; the post type’s number by default.' }),
    validFrom: t.field({ type: DateScalar }),
    validTo: t.field({ type: DateScalar }),
    source: t.globalID({ for: SourceNode, required: true }),
  }),
});

const EndPostInput = builder.inputType('EndPostInput', {
  fields: (t) => ({
    post: t.globalID({ for: PostNode, required: true }),
    on: t.field({ type: DateScalar, required: true, description: 'The first day the post no longer exists.' }),
  }),
});

builder.mutationFields((t) => ({
  createPost: t.field({
    type: PostNode,
    description:
      'Records a post in a body. A post type the body’s type does not have (a Secretary of a Front committee) is POST.TYPE_NOT_ALLOWED; a validity outside the body’s is POST.OUTSIDE_ORGANIZATION_VALIDITY. The token’s scope must hold the body over the whole validity.',
    args: { input: t.arg({ type: CreatePostInput, required: true }) },
    errors: { types: [AuthError], directResult: true },
    authScopes: async (_root, { input }, ctx) => ({ writesAt: await withinOrganizationTarget(ctx, input.organization.id, input) }),
    resolve: async (_root, { input }, ctx) => {
      const org = await getOrganization(ctx.db, input.organization.id);
      const post = orThrow(
        await createPost(ctx.db, {
          organizationId: input.organization.id,
          type: input.type,
          title: input.title ?? undefined,
          seats: input.seats ?? undefined,
          validity: validityWithin(input, org?.validity),
          sourceId: input.source.id,
        }),
      );
      return at(post, seenOn(post.validity, ctx.today));
    },
  }),
  endPost: t.field({
    type: PostNode,
    description:
      'Ends a post on a date (its last day is the day before); its holdings end with it. Refused with POST.IN_USE when a task was given by, to or through the post on or after that date.',
    args: { input: t.arg({ type: EndPostInput, required: true }) },
    errors: { types: [AuthError], directResult: true },
    authScopes: async (_root, { input }, ctx) => ({ writesAt: await postEndTarget(ctx, input.post.id, input.on) }),
    resolve: async (_root, { input }, ctx) => {
      const post = orThrow(await endPost(ctx.db, { postId: input.post.id, date: input.on }));
      return at(post, seenOn(post.validity, ctx.today));
    },
  }),
}));
