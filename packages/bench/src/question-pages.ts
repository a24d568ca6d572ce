import { COMMUNE_QUESTION } from './question.js';

/** The three page sizes of the benchmark question. */
export interface QuestionPages {
  readonly areas: number;
  readonly organizations: number;
  readonly holders: number;
}

/** The page sizes `COMMUNE_QUESTION` is written with. */
export const QUESTION_PAGES: QuestionPages = { areas: 40, organizations: 10, holders: 20 };

const LITERALS = [
  ['children(first: 40)', 'children(first: $areas)'],
  ['organizations(first: 10)', 'organizations(first: $organizations)'],
  ['officeHolders(first: 20)', 'officeHolders(first: $holders)'],
] as const;

/**
 * `COMMUNE_QUESTION` with its three page sizes passed as variables instead of written in the query: the same
 * fields, so the statements benchmark can grow the answer page by page. Throws when `COMMUNE_QUESTION` no
 * longer has the shape this rewrite expects.
 *
 * @example
 * const body = JSON.stringify({ query: PAGED_QUESTION, variables: { code, asOf, ...QUESTION_PAGES } });
 */
export const PAGED_QUESTION = LITERALS.reduce(
  (query, [literal, variable]) => {
    if (!query.includes(literal)) throw new Error(`COMMUNE_QUESTION no longer contains ${literal}: update question-pages.ts`);
    return query.replace(literal, variable);
  },
  COMMUNE_QUESTION.replace(
    '($code: String!, $asOf: Date!)',
    '($code: String!, $asOf: Date!, $areas: Int!, $organizations: Int!, $holders: Int!)',
  ),
);
