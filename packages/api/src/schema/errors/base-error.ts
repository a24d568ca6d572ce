import { type ApiError, DomainError } from '../../errors/api-error.js';
import { builder } from '../builder.js';

/** `BaseError`: every typed error result has the core's stable code and its message. */
export const BaseErrorInterface = builder.interfaceRef<ApiError>('BaseError').implement({
  description:
    'An expected failure, returned as a result rather than a GraphQL error: a stable code (HOLDING.SEAT_TAKEN, ASSIGNMENT.RULE_DENIED…) and a message in the language asked for (Accept-Language; Vietnamese by default).',
  fields: (t) => ({
    code: t.exposeString('code', { description: 'The stable machine code, e.g. VALIDITY.INVALID_RANGE.' }),
    message: t.string({
      description: 'What went wrong, in Vietnamese unless Accept-Language asks for English, with names as written.',
      resolve: (error, _args, ctx) => error.messageIn(ctx.lang),
    }),
  }),
});

builder.objectType(DomainError, {
  name: 'DomainError',
  description:
    'An expected failure with no details beyond its code and message (VALIDITY.INVALID_RANGE, ASSIGNMENT.TRANSITION_NOT_ALLOWED…).',
  interfaces: [BaseErrorInterface],
  isTypeOf: (value) => value instanceof DomainError,
});
