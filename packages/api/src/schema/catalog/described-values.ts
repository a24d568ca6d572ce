/**
 * The GraphQL name of a value of core: UPPER_SNAKE_CASE, as public GraphQL APIs write enum values
 * (`province` → `PROVINCE`, `inProgress` → `IN_PROGRESS`, `frontCommittee` → `FRONT_COMMITTEE`).
 */
export function graphqlEnumName(key: string): string {
  return key
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/-/g, '_')
    .toUpperCase();
}

/**
 * Enum values named in the GraphQL convention, each mapped to core's own value (so resolvers and inputs
 * keep speaking core's `inProgress`, clients see `IN_PROGRESS`), with a description each.
 *
 * @example
 * builder.enumType('Level', { values: describedValues(LEVELS, (l) => LEVEL_LABELS[l]) }); // PROVINCE → 'province'
 */
export function describedValues<K extends string>(
  keys: readonly K[],
  describe: (key: K) => string,
): Record<string, { value: K; description: string }> {
  const values: Record<string, { value: K; description: string }> = {};
  for (const key of keys) {
    const name = graphqlEnumName(key);
    if (name in values) throw new Error(`Two values of one enum are both named ${name} in GraphQL: ${values[name]!.value} and ${key}.`);
    values[name] = { value: key, description: describe(key) };
  }
  return values;
}
