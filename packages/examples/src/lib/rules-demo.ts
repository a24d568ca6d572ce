import { checkAssignment, explainDecision, isoDate, unwrap, type AssignmentRequest, type Db, type RulePack } from '@mttq/core';

/** A few questions for a commune's rule pack at Xã Chiêm Hóa, in words and as requests. */
export const DEMO_REQUESTS: readonly { readonly question: string; readonly request: AssignmentRequest }[] = [
  {
    question: 'Thường trực Đảng ủy xã Chiêm Hóa giao nhiệm vụ năm 2026 cho Ủy ban MTTQ xã?',
    request: {
      taskKind: 'yearly',
      date: isoDate('2026-01-15'),
      assigner: { kind: 'organization', id: 'org_02287-from-2025.partyStandingMembers' as never },
      assignee: { kind: 'organization', id: 'org_02287-from-2025.frontCommittee' as never },
    },
  },
  {
    question: 'Ban Thường trực MTTQ xã cử cán bộ về Thôn Minh Họa 3 (trong xã)?',
    request: {
      taskKind: 'regular',
      date: isoDate('2026-02-01'),
      assigner: { kind: 'organization', id: 'org_02287-from-2025.frontStandingBoard' as never },
      assignee: { kind: 'person', id: 'person_minh-hoa-can-bo-xa-chiem-hoa' as never },
      placeUnitId: 'unit_minh-hoa-thon-3' as never,
    },
  },
  {
    question: 'Ban Thường trực MTTQ xã cử cán bộ về Xã Trung Hà (một xã khác, không phải khu dân cư của xã)?',
    request: {
      taskKind: 'regular',
      date: isoDate('2026-02-01'),
      assigner: { kind: 'organization', id: 'org_02287-from-2025.frontStandingBoard' as never },
      assignee: { kind: 'person', id: 'person_minh-hoa-can-bo-xa-chiem-hoa' as never },
      placeUnitId: 'unit_02305-from-2025' as never,
    },
  },
  {
    question: 'Thường trực Đảng ủy xã giao việc đột phá cho cán bộ cơ quan MTTQ (không phải người đứng đầu)?',
    request: {
      taskKind: 'breakthrough',
      date: isoDate('2026-01-15'),
      assigner: { kind: 'organization', id: 'org_02287-from-2025.partyStandingMembers' as never },
      assignee: { kind: 'person', id: 'person_minh-hoa-can-bo-xa-chiem-hoa' as never },
    },
  },
];

/** Checks each demo request against a pack and returns the answers with their explanations. */
export async function runRulesDemo(db: Db, pack: RulePack): Promise<string> {
  const out: string[] = [];
  for (const { question, request } of DEMO_REQUESTS) {
    const decision = unwrap(await checkAssignment(db, pack, request));
    out.push(
      `? ${question}`,
      `→ ${decision.allowed ? 'ĐƯỢC' : 'KHÔNG'}`,
      ...explainDecision(decision)
        .split('\n')
        .map((l) => `   ${l}`),
      '',
    );
  }
  return out.join('\n');
}
