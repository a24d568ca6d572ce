import { Kind, type ValidationRule } from 'graphql';
import { LIMITS } from './limits.js';
import { localizedError } from '../errors/localized-error.js';

/**
 * Refuses, before execution, any `first` or `last` above the largest page (or below zero), whether written in
 * the query or passed as a variable. Pages are never cut silently.
 */
export function pageSizeRule(variables: Readonly<Record<string, unknown>>): ValidationRule {
  return (context) => ({
    Argument(node, _key, _parent, _path, ancestors) {
      if (node.name.value !== 'first' && node.name.value !== 'last') return;
      const value =
        node.value.kind === Kind.INT
          ? Number(node.value.value)
          : node.value.kind === Kind.VARIABLE
            ? variables[node.value.name.value]
            : undefined;
      if (typeof value !== 'number' || (value >= 0 && value <= LIMITS.maxPageSize)) return;
      const field = ancestors.at(-1);
      const fieldName = field && 'kind' in field && field.kind === Kind.FIELD ? field.name.value : 'connection';
      context.reportError(
        localizedError(
          {
            vi: `Trang tối đa ${LIMITS.maxPageSize} dòng: ${fieldName}(${node.name.value}: ${value}) bị từ chối. Hãy đọc tiếp bằng after và pageInfo.endCursor.`,
            en: `A page has at most ${LIMITS.maxPageSize} rows: ${fieldName}(${node.name.value}: ${value}) is refused. Read on with after and pageInfo.endCursor.`,
          },
          { nodes: [node], extensions: { code: 'PAGE.SIZE_TOO_LARGE', max: LIMITS.maxPageSize } },
        ),
      );
    },
  });
}
