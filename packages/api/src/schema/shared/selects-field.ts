import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * Whether the query selects `name` directly on the field being resolved (a connection's `totalCount`), through
 * inline fragments and named fragments too. A field skipped by `@include`/`@skip` still counts as selected: the
 * answer is then computed and left unused, never missing.
 *
 * @example
 * const count = selectsField(info, 'totalCount'); // ask core for the total only then
 */
export function selectsField(info: GraphQLResolveInfo, name: string): boolean {
  return info.fieldNodes.some((node) => node.selectionSet !== undefined && inSet(node.selectionSet, name, info, new Set()));
}

function inSet(set: SelectionSetNode, name: string, info: GraphQLResolveInfo, seen: Set<string>): boolean {
  return set.selections.some((selection) => {
    if (selection.kind === Kind.FIELD) return selection.name.value === name;
    if (selection.kind === Kind.INLINE_FRAGMENT) return inSet(selection.selectionSet, name, info, seen);
    const fragmentName = selection.name.value;
    const fragment = info.fragments[fragmentName];
    if (!fragment || seen.has(fragmentName)) return false;
    seen.add(fragmentName);
    return inSet(fragment.selectionSet, name, info, seen);
  });
}
