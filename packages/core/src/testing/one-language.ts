import { VIETNAMESE_LETTERS } from '../shared/lang.js';

/** Words only the English side of a program writes: commander's own, and our English help and messages. */
const ENGLISH_WORDS =
  /\b(?:Usage|Options|Commands|Arguments|Global Options|Exit status|default|choices|env|error|display help|unknown option|cannot|not found)\b|\[(?:options|command)\]/g;

/**
 * The English a Vietnamese run let through: commander's words, and any parenthesis of two or more words without a
 * Vietnamese letter (the "tiếng Việt (English)" form the programs once wrote). Names, codes and flags are not
 * English words, so an empty list means one language. For tests of the programs' Vietnamese output.
 *
 * @example
 * expect(englishIn(run.stderr)).toEqual([]);
 */
export function englishIn(output: string): string[] {
  const words = output.match(ENGLISH_WORDS) ?? [];
  const parentheses = (output.match(/\([^()]*\)/g) ?? []).filter(
    (inside) => !VIETNAMESE_LETTERS.test(inside) && /[A-Za-z]{2,}[ ,;:]+[A-Za-z]{2,}/.test(inside),
  );
  return [...words, ...parentheses];
}
