/** A list sorted by id, by code unit (the same order in every locale and on every database). */
export function byId<T extends { readonly id: string }>(list: readonly T[]): T[] {
  return [...list].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * A list in which every record comes after its parent when the parent is in the list too (the order the bulk
 * loader checks records in), otherwise in the given order. A cycle leaves its records at the end, in order,
 * for the loader to refuse.
 */
export function parentsFirst<T>(list: readonly T[], idOf: (item: T) => string, parentOf: (item: T) => string | null): T[] {
  const byKey = new Map(list.map((item) => [idOf(item), item]));
  const placed = new Set<string>();
  const visiting = new Set<string>();
  const out: T[] = [];
  const place = (item: T): void => {
    const key = idOf(item);
    if (placed.has(key) || visiting.has(key)) return;
    visiting.add(key);
    const parent = parentOf(item);
    const above = parent === null ? undefined : byKey.get(parent);
    if (above !== undefined) place(above);
    visiting.delete(key);
    placed.add(key);
    out.push(item);
  };
  for (const item of list) place(item);
  return out;
}
