/**
 * Groups rows by a key, mapping each row; for batch reads that answer many keys with one query.
 *
 * @example groupBy(rows, (r) => r.parent_id, unitFromRow).get(parentId) ?? []
 */
export function groupBy<R, V>(rows: readonly R[], key: (row: R) => string, map: (row: R) => V): Map<string, V[]> {
  const groups = new Map<string, V[]>();
  for (const row of rows) {
    const k = key(row);
    const group = groups.get(k);
    if (group) group.push(map(row));
    else groups.set(k, [map(row)]);
  }
  return groups;
}

/** The values of `rows` by their id, in the order of `ids`; `undefined` where none exists. */
export function inKeyOrder<V>(ids: readonly string[], values: readonly V[], idOf: (value: V) => string): (V | undefined)[] {
  const byId = new Map(values.map((v) => [idOf(v), v]));
  return ids.map((id) => byId.get(id));
}
