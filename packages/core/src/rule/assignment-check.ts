import type { NotFoundError } from '../shared/common.errors.js';
import type { Lang } from '../shared/lang.js';
import { err, ok, type Result } from '../shared/result.js';
import type { Db } from '../store/database.js';
import type { AssignmentDecision } from './assignment-decision.js';
import { resolveAssignmentFacts } from './assignment-facts.resolve.js';
import type { AssignmentRequest } from './assignment-request.js';
import type { RulePack } from './assignment-rule.js';
import { decide } from './assignment-decide.js';

export { decide } from './assignment-decide.js';

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
export async function checkAssignment(
  db: Db,
  pack: RulePack,
  request: AssignmentRequest,
): Promise<Result<AssignmentDecision, NotFoundError>> {
  const facts = await resolveAssignmentFacts(db, request);
  if (!facts.ok) return err(facts.error);
  return ok(decide(pack, facts.value));
}

/**
 * The decision in words, one line per rule: what allowed the request, or why each rule did not match; in
 * Vietnamese unless English is asked for.
 *
 * @example
 * console.log(explainDecision(decision));
 * // Bị từ chối theo bộ quy tắc "default".
 * // ✗ giao-viec-dot-pha-cho-nguoi-dung-dau: Bên nhận phải là …
 * console.log(explainDecision(decision, 'en'));
 * // Refused under the rule pack "default".
 */
export function explainDecision(decision: AssignmentDecision, lang: Lang = 'vi'): string {
  const en = lang === 'en';
  const head = decision.allowed
    ? en
      ? `Allowed by the rule "${decision.ruleId}" (rule pack "${decision.packId}").`
      : `Được phép theo quy tắc "${decision.ruleId}" (bộ quy tắc "${decision.packId}").`
    : en
      ? `Refused under the rule pack "${decision.packId}".`
      : `Bị từ chối theo bộ quy tắc "${decision.packId}".`;
  const lines = [head];
  for (const failure of en ? decision.preconditionFailuresEn : decision.preconditionFailures) lines.push(`! ${failure}`);
  for (const t of decision.trace) {
    // A rule's description is the pack's own text (Vietnamese in the default pack): English names the rule by its id.
    if (t.outcome === 'allowed') lines.push(en ? `✓ ${t.ruleId}: this rule allows the request.` : `✓ ${t.ruleId}: ${t.description}`);
    else lines.push(`✗ ${t.ruleId} (${t.failed}): ${en ? t.reasonEn : t.reason}`);
  }
  return lines.join('\n');
}
