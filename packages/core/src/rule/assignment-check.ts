import type { NotFoundError } from '../shared/common.errors.js';
import { err, ok, type Result } from '../shared/result.js';
import type { Db } from '../store/database.js';
import { holdsOn } from '../time/validity.js';
import type { AssignmentDecision } from './assignment-decision.js';
import { resolveAssignmentFacts } from './assignment-facts.resolve.js';
import type { AssignmentFacts } from './assignment-facts.js';
import type { AssignmentRequest } from './assignment-request.js';
import type { RulePack } from './assignment-rule.js';
import { evaluateRule, type RuleTrace } from './assignment-rule.evaluate.js';

/**
 * Decides a request against a rule pack without writing anything: "may X assign a task of kind K to Y at
 * place P on date D?". Every rule is evaluated, so a refusal says why each one did not match.
 *
 * @example
 * const decision = await checkAssignment(db, DEFAULT_RULE_PACK, {
 *   taskKind: 'yearly', date: isoDate('2023-01-15'),
 *   assigner: { kind: 'organization', id: chiemHoaPartyStandingMembers },
 *   assignee: { kind: 'organization', id: chiemHoaFrontCommittee },
 * });
 * if (decision.ok && decision.value.allowed) console.log(decision.value.ruleId);
 */
export async function checkAssignment(db: Db, pack: RulePack, request: AssignmentRequest): Promise<Result<AssignmentDecision, NotFoundError>> {
  const facts = await resolveAssignmentFacts(db, request);
  if (!facts.ok) return err(facts.error);
  return ok(decide(pack, facts.value));
}

/** Decides a request from facts already read: pure and cheap, for bulk checks. */
export function decide(pack: RulePack, facts: AssignmentFacts): AssignmentDecision {
  const failures = [...facts.preconditionFailures];
  if (pack.validity && !holdsOn(pack.validity, facts.request.date)) {
    failures.push(`Bộ quy tắc "${pack.name}" không có hiệu lực vào ngày ${facts.request.date}.`);
  }
  // A request that makes no sense on its date is not put to the rules: each says why it was not considered.
  const trace: RuleTrace[] =
    failures.length > 0
      ? pack.rules.map((rule) => ({ ruleId: rule.id, description: rule.description, outcome: 'notMatched', failed: 'precondition', reason: `Không xét: ${failures[0]}` }))
      : pack.rules.map((rule) => evaluateRule(rule, facts));
  const winner = trace.find((t) => t.outcome === 'allowed');
  if (failures.length > 0 || !winner || winner.outcome !== 'allowed') {
    return { allowed: false, packId: pack.id, trace, preconditionFailures: failures };
  }
  return {
    allowed: true,
    packId: pack.id,
    ruleId: winner.ruleId,
    assigneeUnitId: winner.candidate.unit.id,
    viaPostId: winner.candidate.held ? winner.candidate.post!.id : null,
    trace,
    preconditionFailures: [],
  };
}

/**
 * The decision in words, one line per rule: what allowed the request, or why each rule did not match.
 *
 * @example
 * console.log(explainDecision(decision));
 * // Bị từ chối theo bộ quy tắc "default".
 * // ✗ giao-viec-dot-pha-cho-nguoi-dung-dau: Bên nhận phải là …
 */
export function explainDecision(decision: AssignmentDecision): string {
  const lines = [decision.allowed ? `Được phép theo quy tắc "${decision.ruleId}" (bộ quy tắc "${decision.packId}").` : `Bị từ chối theo bộ quy tắc "${decision.packId}".`];
  for (const failure of decision.preconditionFailures) lines.push(`! ${failure}`);
  for (const t of decision.trace) {
    lines.push(t.outcome === 'allowed' ? `✓ ${t.ruleId}: ${t.description}` : `✗ ${t.ruleId} (${t.failed}): ${t.reason}`);
  }
  return lines.join('\n');
}
