/** Enum values with a description each, keyed as in core (`frontCommittee`, `inProgress`…). */
export function describedValues<K extends string>(keys: readonly K[], describe: (key: K) => string): { [P in K]: { description: string } } {
  return Object.fromEntries(keys.map((key) => [key, { description: describe(key) }])) as { [P in K]: { description: string } };
}
