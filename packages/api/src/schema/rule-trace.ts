import type { RuleCondition, RuleTrace } from '@mttq/core';
import { builder } from './builder.js';

const RULE_CONDITIONS: readonly RuleCondition[] = ['ruleValidity', 'taskKind', 'assigner', 'assignerLevel', 'assignee', 'relation', 'place'];

const RuleConditionEnum = builder.enumType('RuleCondition', {
  description: 'The conditions of a rule, in the order they are checked.',
  values: RULE_CONDITIONS,
});

/** `RuleTrace`: what one rule said about a request. */
export const RuleTraceType = builder.objectRef<RuleTrace>('RuleTrace').implement({
  description: 'What one rule of the pack said about a request: it allowed it, or the first condition that failed and why.',
  fields: (t) => ({
    ruleId: t.exposeString('ruleId'),
    description: t.exposeString('description', { description: 'What the rule allows, in the words a Front office uses.' }),
    allowed: t.boolean({ resolve: (r) => r.outcome === 'allowed' }),
    failedCondition: t.field({ type: RuleConditionEnum, nullable: true, resolve: (r) => (r.outcome === 'notMatched' ? r.failed : null) }),
    reason: t.string({ nullable: true, description: 'Why the rule did not match, in Vietnamese.', resolve: (r) => (r.outcome === 'notMatched' ? r.reason : null) }),
  }),
});
