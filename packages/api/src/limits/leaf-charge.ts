import {
  getDirectiveValues,
  getNamedType,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  isAbstractType,
  isObjectType,
  Kind,
  type FieldNode,
  type GraphQLAbstractType,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';

/** A leaf field answered from its parent's property (no resolver of its own): its response name and property. */
interface PlainLeaf {
  /** Bytes of `"name":` and a separator. */
  readonly nameBytes: number;
  readonly property: string;
}

/** The leaf fields without a resolver of each object type, by name (filled by `withFieldGuards`). */
export type PlainLeaves = WeakMap<GraphQLObjectType, ReadonlySet<string>>;

/**
 * The bytes that the plain leaves selected under a field take in the answer, for the value the field resolved
 * to (an object, a list of them, nested lists, null): what each of those leaves would have charged had it a
 * resolver of its own. A value whose object type cannot be told synchronously (an abstract type whose
 * `resolveType` answers with a promise) is not counted: the count is a lower bound, as every leaf's is.
 */
export function plainLeafBytes(
  value: unknown,
  type: ObjectOrAbstract,
  context: unknown,
  info: GraphQLResolveInfo,
  plain: PlainLeaves,
): number {
  if (value === null || value === undefined || value instanceof Error) return 0;
  if (Array.isArray(value)) {
    let sum = 0;
    for (const item of value) sum += plainLeafBytes(item, type, context, info, plain);
    return sum;
  }
  if (typeof value !== 'object' || isPromiseLike(value)) return 0;
  const object = type.kind === 'object' ? type.type : runtimeType(value, context, info, type.type);
  if (!object) return 0;
  let sum = 0;
  for (const leaf of selectedPlainLeaves(info, object, plain))
    sum += leaf.nameBytes + bytesOf((value as Record<string, unknown>)[leaf.property]);
  return sum;
}

/** The named type a field returns, when it has fields: told apart once, when the schema is wrapped. */
export type ObjectOrAbstract =
  { readonly kind: 'object'; readonly type: GraphQLObjectType } | { readonly kind: 'abstract'; readonly type: GraphQLAbstractType };

/** The named type of `type` as `plainLeafBytes` takes it, or undefined for a leaf type. */
export function objectOrAbstract(type: GraphQLOutputType): ObjectOrAbstract | undefined {
  const named = getNamedType(type);
  if (isObjectType(named)) return { kind: 'object', type: named };
  if (isAbstractType(named)) return { kind: 'abstract', type: named };
  return undefined;
}

/**
 * Whether the value of the field `info` resolves may carry plain leaves to charge: false when its object type
 * has none selected (a connection: edges and page info), so that a promise needs no step of its own.
 */
export function mayChargePlainLeaves(type: ObjectOrAbstract, info: GraphQLResolveInfo, plain: PlainLeaves): boolean {
  return type.kind === 'abstract' || selectedPlainLeaves(info, type.type, plain).length > 0;
}

/**
 * The bytes a leaf value takes in the JSON answer, counted from its length in UTF-16 units (exact for ASCII;
 * text in Vietnamese takes up to three bytes a character, escapes up to six: the count is a lower bound).
 */
export function bytesOf(value: unknown): number {
  if (typeof value === 'string') return value.length + 2;
  if (Array.isArray(value)) return value.reduce<number>((sum, item) => sum + bytesOf(item) + 1, 2);
  if (value === null || value === undefined) return 4;
  if (typeof value === 'object') return JSON.stringify(value)?.length ?? 4;
  return String(value).length;
}

export function isPromiseLike(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as PromiseLike<unknown> | null)?.then === 'function';
}

/**
 * Selected plain leaves per field (its `fieldNodes`, which both executors keep for the life of a compiled or
 * running query) and object type. Not kept when `@skip`/`@include` take part: they read the variables.
 */
const SELECTED = new WeakMap<readonly FieldNode[], Map<GraphQLObjectType, readonly PlainLeaf[]>>();
const NONE: readonly PlainLeaf[] = [];

function selectedPlainLeaves(info: GraphQLResolveInfo, type: GraphQLObjectType, plain: PlainLeaves): readonly PlainLeaf[] {
  let byType = SELECTED.get(info.fieldNodes);
  const known = byType?.get(type);
  if (known) return known;
  const names = plain.get(type);
  if (!names || names.size === 0) return NONE;
  const found = new Map<string, PlainLeaf>();
  let conditional = false;
  const visit = (selectionSet: SelectionSetNode | undefined, seen: Set<string>) => {
    for (const selection of selectionSet?.selections ?? []) {
      if (selection.directives?.length) {
        conditional = true;
        if (!included(selection, info.variableValues)) continue;
      }
      if (selection.kind === Kind.FIELD) {
        const responseName = (selection.alias ?? selection.name).value;
        if (names.has(selection.name.value) && !found.has(responseName))
          found.set(responseName, { nameBytes: responseName.length + 4, property: selection.name.value });
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (applies(selection.typeCondition?.name.value, type, info)) visit(selection.selectionSet, seen);
      } else if (!seen.has(selection.name.value)) {
        const fragment = info.fragments[selection.name.value];
        seen.add(selection.name.value);
        if (fragment && applies(fragment.typeCondition.name.value, type, info)) visit(fragment.selectionSet, seen);
      }
    }
  };
  for (const node of info.fieldNodes) visit(node.selectionSet, new Set());
  const leaves = [...found.values()];
  if (!conditional) {
    if (!byType) SELECTED.set(info.fieldNodes, (byType = new Map()));
    byType.set(type, leaves);
  }
  return leaves;
}

function included(node: Parameters<typeof getDirectiveValues>[1], variables: GraphQLResolveInfo['variableValues']): boolean {
  if (getDirectiveValues(GraphQLSkipDirective, node, variables)?.if === true) return false;
  return getDirectiveValues(GraphQLIncludeDirective, node, variables)?.if !== false;
}

function applies(condition: string | undefined, type: GraphQLObjectType, info: GraphQLResolveInfo): boolean {
  if (condition === undefined || condition === type.name) return true;
  const conditionType = info.schema.getType(condition);
  return conditionType !== undefined && isAbstractType(conditionType) && info.schema.isSubType(conditionType, type);
}

/**
 * The object type of a value of an abstract type, when its `resolveType` (or else its possible types' `isTypeOf`)
 * tells it synchronously; undefined otherwise, the executor reporting what it makes of the value.
 */
function runtimeType(
  value: object,
  context: unknown,
  info: GraphQLResolveInfo,
  abstract: GraphQLAbstractType,
): GraphQLObjectType | undefined {
  try {
    if (abstract.resolveType) {
      const name: unknown = abstract.resolveType(value, context, info, abstract);
      const type = typeof name === 'string' ? info.schema.getType(name) : undefined;
      return isObjectType(type) ? type : undefined;
    }
    return info.schema.getPossibleTypes(abstract).find((type) => type.isTypeOf?.(value, context, info) === true);
  } catch {
    return undefined;
  }
}
