import { holdsOn } from '../time/validity.js';
import type { AssignmentDecision } from './assignment-decision.js';
import type { AssignmentFacts } from './assignment-facts.js';
import type { RulePack } from './assignment-rule.js';
import { evaluateRule, type RuleTrace } from './assignment-rule.evaluate.js';

/** Decides a request from facts already read, pure and cheap: every assignment write (a batch's or a single one) and `checkAssignment` decide here. */
export function decide(pack: RulePack, facts: AssignmentFacts): AssignmentDecision {
  const failures = [...facts.preconditionFailures];
  const failuresEn = [...facts.preconditionFailuresEn];
  if (pack.validity && !holdsOn(pack.validity, facts.request.date)) {
    failures.push(`Bộ quy tắc "${pack.name}" không có hiệu lực vào ngày ${facts.request.date}.`);
    failuresEn.push(`The rule pack "${pack.name}" is not in force on ${facts.request.date}.`);
  }
  // A request that makes no sense on its date is not put to the rules: each says why it was not considered.
  const trace: RuleTrace[] =
    failures.length > 0
      ? pack.rules.map((rule) => ({
          ruleId: rule.id,
          description: rule.description,
          outcome: 'notMatched',
          failed: 'precondition',
          reason: `Không xét: ${failures[0]}`,
          reasonEn: `Not considered: ${failuresEn[0]}`,
        }))
      : pack.rules.map((rule) => evaluateRule(rule, facts));
  const winner = trace.find((t) => t.outcome === 'allowed');
  if (failures.length > 0 || !winner || winner.outcome !== 'allowed') {
    return { allowed: false, packId: pack.id, trace, preconditionFailures: failures, preconditionFailuresEn: failuresEn };
  }
  return {
    allowed: true,
    packId: pack.id,
    ruleId: winner.ruleId,
    assigneeUnitId: winner.candidate.unit.id,
    viaPostId: winner.candidate.held ? winner.candidate.post!.id : null,
    trace,
    preconditionFailures: [],
    preconditionFailuresEn: [],
  };
}
