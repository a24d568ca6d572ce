import type { RuleCondition, RuleTrace } from '@mttq/core';
import { builder } from './builder.js';
import { describedValues } from './catalog/described-values.js';

/**
 * Every condition core checks, in order. A record, so that a condition core adds does not compile here until it
 * is listed (a value missing from the enum cannot be answered: the whole trace failed as an unexpected error).
 */
const RULE_CONDITIONS: { readonly [C in RuleCondition]: string } = {
  precondition: 'The request failed a check made before the rules (self-assignment, a party not in force on the date…).',
  ruleValidity: 'The rule is not in force on the date.',
  scope: 'The rule applies only within some units, and the assigner is not in them.',
  taskKind: 'The rule does not cover this task kind.',
  assigner: 'The assigner is not of the organization type or post the rule names.',
  assignerLevel: 'The assigner’s unit is not at a level the rule names.',
  assignee: 'The assignee is not of the kind the rule names.',
  relation: 'The assignee’s unit does not stand to the assigner’s as the rule requires.',
  place: 'The place is not where the rule allows.',
};

const RuleConditionEnum = builder.enumType('RuleCondition', {
  description: 'The conditions of a rule, in the order they are checked.',
  values: describedValues(Object.keys(RULE_CONDITIONS) as RuleCondition[], (condition) => RULE_CONDITIONS[condition]),
});

/** `RuleTrace`: what one rule said about a request. */
export const RuleTraceType = builder.objectRef<RuleTrace>('RuleTrace').implement({
  description: 'What one rule of the pack said about a request: it allowed it, or the first condition that failed and why.',
  fields: (t) => ({
    ruleId: t.exposeString('ruleId'),
    description: t.exposeString('description', { description: 'What the rule allows, in the words a Front office uses.' }),
    allowed: t.boolean({ resolve: (r) => r.outcome === 'allowed' }),
    failedCondition: t.field({ type: RuleConditionEnum, nullable: true, resolve: (r) => (r.outcome === 'notMatched' ? r.failed : null) }),
    reason: t.string({
      nullable: true,
      description: 'Why the rule did not match, in Vietnamese unless Accept-Language asks for English.',
      resolve: (r, _args, ctx) => (r.outcome === 'notMatched' ? (ctx.lang === 'en' ? r.reasonEn : r.reason) : null),
    }),
  }),
});
