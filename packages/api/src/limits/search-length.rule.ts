import { Kind, type ValidationRule } from 'graphql';
import { LIMITS } from './limits.js';
import { localizedError } from '../errors/localized-error.js';

/**
 * Refuses, before execution, a search (`search…(query: …)`) longer than `LIMITS.maxSearchLength` characters,
 * written in the query or passed as a variable. No name is that long, and a search becomes a SQL `LIKE`
 * pattern, which SQLite refuses past 50,000 bytes ("LIKE or GLOB pattern too complex").
 */
export function searchLengthRule(variables: Readonly<Record<string, unknown>>): ValidationRule {
  return (context) => ({
    Argument(node, _key, _parent, _path, ancestors) {
      if (node.name.value !== 'query') return;
      const field = ancestors.at(-1);
      if (!field || !('kind' in field) || field.kind !== Kind.FIELD || !field.name.value.startsWith('search')) return;
      const value =
        node.value.kind === Kind.STRING
          ? node.value.value
          : node.value.kind === Kind.VARIABLE
            ? variables[node.value.name.value]
            : undefined;
      if (typeof value !== 'string' || value.length <= LIMITS.maxSearchLength) return;
      context.reportError(
        localizedError(
          {
            vi: `Chuỗi tìm kiếm quá dài: ${field.name.value}(query:) có ${value.length} ký tự, tối đa ${LIMITS.maxSearchLength}.`,
            en: `The search text is too long: ${field.name.value}(query:) has ${value.length} characters, at most ${LIMITS.maxSearchLength}.`,
          },
          { nodes: [node], extensions: { code: 'SEARCH.QUERY_TOO_LONG', max: LIMITS.maxSearchLength } },
        ),
      );
    },
  });
}
