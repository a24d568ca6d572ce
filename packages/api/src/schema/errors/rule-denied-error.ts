import { RuleDeniedError } from '../../errors/api-error.js';
import { builder } from '../builder.js';
import { RuleTraceType } from '../rule-trace.js';
import { BaseErrorInterface } from './base-error.js';

builder.objectType(RuleDeniedError, {
  name: 'RuleDeniedError',
  description:
    'ASSIGNMENT.RULE_DENIED: no rule of the pack allows this assignment. Nothing was written; trace says why each rule did not match.',
  interfaces: [BaseErrorInterface],
  isTypeOf: (value) => value instanceof RuleDeniedError,
  fields: (t) => ({
    packId: t.exposeString('packId', { description: 'The rule pack that decided.' }),
    explanation: t.string({
      description: 'The decision in words, one line per rule.',
      resolve: (e, _args, ctx) => e.explanationIn(ctx.lang),
    }),
    preconditionFailures: t.stringList({
      description: 'Why the request could not be considered at all (a body not in force…).',
      resolve: (e, _args, ctx) => [...e.preconditionFailuresIn(ctx.lang)],
    }),
    trace: t.field({
      type: [RuleTraceType],
      description: 'For every rule of the pack, the first condition that failed and why.',
      resolve: (e) => [...e.trace],
    }),
  }),
});
