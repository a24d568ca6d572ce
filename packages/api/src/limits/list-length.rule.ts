import { Kind, type ASTNode, type ValidationRule } from 'graphql';
import { LIMITS } from './limits.js';
import { localizedError } from '../errors/localized-error.js';

/**
 * Refuses, before execution, any list given as input with more than `LIMITS.maxListLength` items — written in
 * the query (a variable's default included) or passed in a variable, at any depth — with `INPUT.LIST_TOO_LONG`.
 * `nodes(ids:)` with the same id 3,000 times made one request read and answer it 3,000 times.
 */
export function listLengthRule(variables: Readonly<Record<string, unknown>>): ValidationRule {
  return (context) => {
    const report = (where: string, length: number, node: ASTNode) =>
      context.reportError(
        localizedError(
          {
            vi: `Danh sách quá dài: ${where} có ${length} phần tử, tối đa ${LIMITS.maxListLength}. Hãy chia thành nhiều yêu cầu.`,
            en: `The list is too long: ${where} has ${length} items, at most ${LIMITS.maxListLength}. Split it over several requests.`,
          },
          { nodes: [node], extensions: { code: 'INPUT.LIST_TOO_LONG', max: LIMITS.maxListLength } },
        ),
      );
    return {
      ListValue(node, _key, _parent, _path, ancestors) {
        if (node.values.length <= LIMITS.maxListLength) return;
        const argument = [...ancestors]
          .reverse()
          .find((a): a is { kind: Kind.ARGUMENT; name: { value: string } } & ASTNode => 'kind' in a && a.kind === Kind.ARGUMENT);
        report(argument ? argument.name.value : 'a list in the query', node.values.length, node);
      },
      VariableDefinition(node) {
        const name = node.variable.name.value;
        const length = longestList(variables[name]);
        if (length > LIMITS.maxListLength) report(`$${name}`, length, node);
      },
    };
  };
}

/** The length of the longest array anywhere in a value. */
function longestList(value: unknown): number {
  if (value === null || typeof value !== 'object') return 0;
  const items = Array.isArray(value) ? value : Object.values(value);
  let longest = Array.isArray(value) ? value.length : 0;
  // Past the limit, no need to look further.
  for (const item of items) {
    if (longest > LIMITS.maxListLength) break;
    longest = Math.max(longest, longestList(item));
  }
  return longest;
}
