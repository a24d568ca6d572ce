import {
  checkAssignment,
  explainDecision,
  isoDate,
  unwrap,
  type AssignmentRequest,
  type Db,
  type Lang,
  type RulePack,
  type Texts,
} from '@mttq/core';
import { LANG } from './example-lang.js';

/** A few questions for a commune's rule pack at Xã Chiêm Hóa, in words and as requests. */
export const DEMO_REQUESTS: readonly { readonly question: Texts; readonly request: AssignmentRequest }[] = [
  {
    question: {
      vi: 'Thường trực Đảng ủy xã Chiêm Hóa giao nhiệm vụ năm 2026 cho Ủy ban MTTQ xã?',
      en: 'May the standing members of the commune Party committee of Chiêm Hóa give the commune Front committee its 2026 yearly task?',
    },
    request: {
      taskKind: 'yearly',
      date: isoDate('2026-01-15'),
      assigner: { kind: 'organization', id: 'org_02287-from-2025.partyStandingMembers' as never },
      assignee: { kind: 'organization', id: 'org_02287-from-2025.frontCommittee' as never },
    },
  },
  {
    question: {
      vi: 'Ban Thường trực MTTQ xã cử cán bộ về Thôn Minh Họa 3 (trong xã)?',
      en: 'May the commune Front standing board send an officer to Thôn Minh Họa 3 (in the commune)?',
    },
    request: {
      taskKind: 'regular',
      date: isoDate('2026-02-01'),
      assigner: { kind: 'organization', id: 'org_02287-from-2025.frontStandingBoard' as never },
      assignee: { kind: 'person', id: 'person_minh-hoa-can-bo-xa-chiem-hoa' as never },
      placeUnitId: 'unit_minh-hoa-thon-3' as never,
    },
  },
  {
    question: {
      vi: 'Ban Thường trực MTTQ xã cử cán bộ về Xã Trung Hà (một xã khác, không phải khu dân cư của xã)?',
      en: 'May the commune Front standing board send an officer to Xã Trung Hà (another commune, not one of its residential areas)?',
    },
    request: {
      taskKind: 'regular',
      date: isoDate('2026-02-01'),
      assigner: { kind: 'organization', id: 'org_02287-from-2025.frontStandingBoard' as never },
      assignee: { kind: 'person', id: 'person_minh-hoa-can-bo-xa-chiem-hoa' as never },
      placeUnitId: 'unit_02305-from-2025' as never,
    },
  },
  {
    question: {
      vi: 'Thường trực Đảng ủy xã giao việc đột phá cho cán bộ cơ quan MTTQ (không phải người đứng đầu)?',
      en: 'May the standing members of the commune Party committee give a breakthrough task to a Front office officer (not a head)?',
    },
    request: {
      taskKind: 'breakthrough',
      date: isoDate('2026-01-15'),
      assigner: { kind: 'organization', id: 'org_02287-from-2025.partyStandingMembers' as never },
      assignee: { kind: 'person', id: 'person_minh-hoa-can-bo-xa-chiem-hoa' as never },
    },
  },
];

/** Checks each demo request against a pack and returns the answers with their explanations. */
export async function runRulesDemo(db: Db, pack: RulePack, lang: Lang = LANG): Promise<string> {
  const out: string[] = [];
  for (const { question, request } of DEMO_REQUESTS) {
    const decision = unwrap(await checkAssignment(db, pack, request));
    out.push(
      `? ${question[lang]}`,
      `→ ${decision.allowed ? (lang === 'en' ? 'YES' : 'ĐƯỢC') : lang === 'en' ? 'NO' : 'KHÔNG'}`,
      ...explainDecision(decision, lang)
        .split('\n')
        .map((l) => `   ${l}`),
      '',
    );
  }
  return out.join('\n');
}
