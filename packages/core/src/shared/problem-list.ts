import type { Lang, Texts } from './lang.js';

/**
 * The details of a refusal that lists problems (a rule pack, a rule test file, a Popolo document): `problems`
 * in Vietnamese, as before, and `problemTexts` in both languages. `problemTexts` is not enumerable, so the
 * details written out as JSON stay in one language.
 */
export interface ProblemList {
  readonly problems: string[];
  readonly problemTexts: readonly Texts[];
}

/** The details listing `texts`, each problem in both languages. */
export function problemList(texts: readonly Texts[]): ProblemList {
  return Object.defineProperty({ problems: texts.map((t) => t.vi) }, 'problemTexts', { value: texts, enumerable: false }) as ProblemList;
}

/**
 * The problems of a refusal's details in `lang`; details built without both texts answer their Vietnamese list.
 *
 * @example
 * const pack = parseRulePack(value);
 * if (!pack.ok) for (const line of problemsIn(pack.error.details, 'en')) console.error(line);
 * // rules[2].assignees[0].organizationTypes[1]: "womenUnion" is not a body type (did you mean "womensUnion"?).
 */
export function problemsIn(
  details: { readonly problems: readonly string[]; readonly problemTexts?: readonly Texts[] } | undefined,
  lang: Lang,
): string[] {
  if (!details) return [];
  return details.problemTexts ? details.problemTexts.map((t) => t[lang]) : [...details.problems];
}
