import { readFileSync } from 'node:fs';

/** A worked query of docs/graphql.md: the query, its variables if any, and the answer the page shows. */
export interface WorkedQuery {
  readonly query: string;
  readonly variables: Record<string, unknown> | undefined;
  readonly answer: unknown;
}

/**
 * The worked queries of docs/graphql.md whose answer is introduced by `label`: a graphql block, optional
 * variables, then `<label>:` and a json block. "Answer" is the example dataset's; other labels name another
 * store ("Answer after the national import"). A graphql block with another label is no match of this one.
 */
export function workedQueries(label = 'Answer'): WorkedQuery[] {
  const doc = readFileSync(new URL('../../../docs/graphql.md', import.meta.url), 'utf8');
  const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // No block may run past its own closing fence, so a block with another label never swallows the next one.
  const block = '((?:(?!\\n```)[\\s\\S])*?)';
  const pattern = new RegExp(
    '```graphql\\n' +
      block +
      '\\n```\\n\\n(?:Variables:\\n\\n```json\\n' +
      block +
      '\\n```\\n\\n)?' +
      escaped +
      ':\\n\\n```json\\n' +
      block +
      '\\n```',
    'g',
  );
  return [...doc.matchAll(pattern)].map(([, query, variables, answer]) => ({
    query: query!,
    variables: variables ? (JSON.parse(variables) as Record<string, unknown>) : undefined,
    answer: JSON.parse(answer!) as unknown,
  }));
}

/** True when `shown` is `actual`, except that lists shown may be trimmed to their first items. */
export function shows(shown: unknown, actual: unknown): boolean {
  if (Array.isArray(shown)) return Array.isArray(actual) && shown.length <= actual.length && shown.every((v, i) => shows(v, actual[i]));
  if (shown && typeof shown === 'object') {
    if (!actual || typeof actual !== 'object') return false;
    const keys = Object.keys(shown);
    return keys.length === Object.keys(actual).length && keys.every((k) => shows((shown as never)[k], (actual as never)[k]));
  }
  return shown === actual;
}
