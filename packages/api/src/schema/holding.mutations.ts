import { assignHolding, endHolding, validity } from '@mttq/core';
import { clockOf, holdingTarget, postTarget } from '../auth/write-targets.js';
import { AuthError, orThrow, SeatTakenError } from '../errors/api-error.js';
import { builder } from './builder.js';
import { HoldingNode, PersonNode, PostNode, SourceNode, TermNode } from './refs.js';
import { at } from './shared/at.js';
import { DateScalar } from './shared/scalars.js';

const AssignHoldingInput = builder.inputType('AssignHoldingInput', {
  description: 'That a person holds a post over [validFrom, validTo), optionally within a term. A person may hold several posts at once.',
  fields: (t) => ({
    person: t.globalID({ for: PersonNode, required: true }),
    post: t.globalID({ for: PostNode, required: true }),
    term: t.globalID({ for: TermNode }),
    validFrom: t.field({ type: DateScalar }),
    validTo: t.field({ type: DateScalar }),
    source: t.globalID({ for: SourceNode, required: true }),
  }),
});

const EndHoldingInput = builder.inputType('EndHoldingInput', {
  fields: (t) => ({
    holding: t.globalID({ for: HoldingNode, required: true }),
    on: t.field({ type: DateScalar, required: true, description: 'The first day the person no longer holds the post.' }),
  }),
});

builder.mutationFields((t) => ({
  assignHolding: t.field({
    type: HoldingNode,
    description:
      'Records that a person holds a post. A post whose seats are taken refuses with SeatTakenError, naming the holders; a term of another body is HOLDING.TERM_MISMATCH. The token’s scope must hold the post over the whole validity (without validFrom: every day before validTo).',
    args: { input: t.arg({ type: AssignHoldingInput, required: true }) },
    errors: { types: [SeatTakenError, AuthError], directResult: true },
    // The scope is checked over the validity core stores: without validFrom, every day before validTo.
    authScopes: async (_root, { input }, ctx) => ({
      writesAt: await postTarget(ctx, input.post.id, validity(input.validFrom ?? null, input.validTo ?? null)),
    }),
    resolve: async (_root, { input }, ctx) => {
      const holding = orThrow(
        await assignHolding(
          ctx.db,
          {
            personId: input.person.id,
            postId: input.post.id,
            termId: input.term?.id ?? null,
            validity: validity(input.validFrom ?? null, input.validTo ?? null),
            sourceId: input.source.id,
          },
          clockOf(ctx),
        ),
      );
      return at(holding, input.validFrom ?? ctx.today);
    },
  }),
  endHolding: t.field({
    type: HoldingNode,
    description: 'Ends a holding on a date (the holder’s last day is the day before).',
    args: { input: t.arg({ type: EndHoldingInput, required: true }) },
    errors: { types: [AuthError], directResult: true },
    authScopes: async (_root, { input }, ctx) => ({ writesAt: await holdingTarget(ctx, input.holding.id, input.on) }),
    resolve: async (_root, { input }, ctx) =>
      at(orThrow(await endHolding(ctx.db, { holdingId: input.holding.id, date: input.on }, clockOf(ctx))), ctx.today),
  }),
}));
