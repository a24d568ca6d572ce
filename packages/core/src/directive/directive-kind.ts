/**
 * The kinds of directive a Party committee, a Front committee or a state body issues, keyed by a name used
 * in code. `abbreviation` is the type part of a number/symbol (`ĐA` in `02-ĐA/TU`); movements and campaigns
 * are launched by name, not numbered.
 */
export const DIRECTIVE_KINDS = {
  project: { label: 'Đề án', english: 'Project', abbreviation: 'ĐA' },
  resolution: { label: 'Nghị quyết', english: 'Resolution', abbreviation: 'NQ' },
  regulation: { label: 'Quy chế', english: 'Regulation', abbreviation: 'QC' },
  decision: { label: 'Quyết định', english: 'Decision', abbreviation: 'QĐ' },
  plan: { label: 'Kế hoạch', english: 'Plan', abbreviation: 'KH' },
  coordinationProgram: { label: 'Chương trình phối hợp', english: 'Coordination program', abbreviation: 'CTPH' },
  directive: { label: 'Chỉ thị', english: 'Directive', abbreviation: 'CT' },
  guidance: { label: 'Hướng dẫn', english: 'Guidance', abbreviation: 'HD' },
  conclusion: { label: 'Kết luận', english: 'Conclusion', abbreviation: 'KL' },
  rule: { label: 'Quy định', english: 'Rule', abbreviation: 'QĐi' },
  movement: { label: 'Phong trào', english: 'Movement', abbreviation: null },
  campaign: { label: 'Cuộc vận động', english: 'Campaign', abbreviation: null },
} as const satisfies Record<string, { label: string; english: string; abbreviation: string | null }>;

/** A directive kind: `project`, `resolution`, `coordinationProgram`, … */
export type DirectiveKind = keyof typeof DIRECTIVE_KINDS;

/** True when `raw` names a directive kind. */
export function isDirectiveKind(raw: string): raw is DirectiveKind {
  return Object.hasOwn(DIRECTIVE_KINDS, raw);
}

const BY_ABBREVIATION: ReadonlyMap<string, DirectiveKind> = new Map(
  (Object.keys(DIRECTIVE_KINDS) as DirectiveKind[]).flatMap((kind) => {
    const abbreviation = DIRECTIVE_KINDS[kind].abbreviation;
    return abbreviation === null ? [] : [[abbreviation.toUpperCase(), kind] as const];
  }),
);

/**
 * The kind whose type abbreviation is `abbreviation`, ignoring case (`qđ` → `decision`, `QĐi` → `rule`).
 *
 * @example directiveKindOfAbbreviation('ĐA') // 'project'
 */
export function directiveKindOfAbbreviation(abbreviation: string): DirectiveKind | undefined {
  return BY_ABBREVIATION.get(abbreviation.normalize('NFC').toUpperCase());
}
