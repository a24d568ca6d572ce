import type { AssignmentAncestorTable, SubtreeCountChangeTable } from '../store/database.js';

/** Net count changes by ancestor, then by day. */
export type SubtreeCountChanges = Map<string, Map<string, number>>;

/**
 * Adds to `changes` what some `assignment_ancestor` rows change in their ancestors' counts, each row `sign` times
 * (−1 for rows taken away): +1 on the first day the row counts — the later of `assigned_on` and `valid_from`,
 * as the subtree listing asks both to be on or before the date — and −1 on its `valid_to`. A row that ends
 * before it starts to count changes nothing.
 *
 * @example
 * const changes = subtreeCountChanges(ctx.rows.assignment_ancestor);
 */
export function subtreeCountChanges(
  rows: readonly AssignmentAncestorTable[],
  sign: 1 | -1 = 1,
  changes: SubtreeCountChanges = new Map(),
): SubtreeCountChanges {
  for (const row of rows) {
    const from = row.assigned_on > row.valid_from ? row.assigned_on : row.valid_from;
    if (row.valid_to <= from) continue;
    let days = changes.get(row.ancestor_unit_id);
    if (!days) changes.set(row.ancestor_unit_id, (days = new Map()));
    days.set(from, (days.get(from) ?? 0) + sign);
    days.set(row.valid_to, (days.get(row.valid_to) ?? 0) - sign);
  }
  return changes;
}

/** The changes as rows to add, those that cancel out left out, in key order. */
export function subtreeCountChangeRows(changes: SubtreeCountChanges): SubtreeCountChangeTable[] {
  const rows: SubtreeCountChangeTable[] = [];
  for (const ancestor of [...changes.keys()].sort()) {
    const days = changes.get(ancestor)!;
    for (const day of [...days.keys()].sort()) {
      const delta = days.get(day)!;
      if (delta !== 0) rows.push({ ancestor_unit_id: ancestor, on_date: day, delta });
    }
  }
  return rows;
}
