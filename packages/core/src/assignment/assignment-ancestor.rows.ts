import type { AssignmentAncestorTable, AssignmentTable, UnitClosureTable } from '../store/database.js';

/** The columns of an assignment its ancestor rows are made from. */
export type AssignmentPlaces = Pick<AssignmentTable, 'id' | 'assigned_on' | 'assignee_unit_id' | 'place_unit_id'>;

/**
 * The `assignment_ancestor` rows of an assignment: every ancestor, in `unit_closure`, of its assignee's unit
 * or of its place, with the days either unit lies below it merged into disjoint ranges (overlapping or
 * touching ranges become one), so that on any date at most one row of an ancestor and the assignment holds.
 * `closureOf` gives a unit's closure rows (itself at depth 0 included); `undefined` for a unit is a bug of
 * the caller, which must have read them. Rows come sorted by ancestor then `valid_from`.
 *
 * @example
 * assignmentAncestorRows(row, (unitId) => ctx.closure.get(unitId))
 */
export function assignmentAncestorRows(
  assignment: AssignmentPlaces,
  closureOf: (unitId: string) => readonly UnitClosureTable[] | undefined,
): AssignmentAncestorTable[] {
  const units = [assignment.assignee_unit_id, ...(assignment.place_unit_id ? [assignment.place_unit_id] : [])];
  const days = new Map<string, { from: string; to: string }[]>();
  for (const unitId of units) {
    const closure = closureOf(unitId);
    if (!closure) throw new Error(`assignment ancestors: no closure rows read for unit ${unitId}`);
    for (const c of closure) {
      const list = days.get(c.ancestor_id);
      const range = { from: c.valid_from, to: c.valid_to };
      if (list) list.push(range);
      else days.set(c.ancestor_id, [range]);
    }
  }
  const rows: AssignmentAncestorTable[] = [];
  for (const ancestor of [...days.keys()].sort()) {
    for (const range of mergeRanges(days.get(ancestor)!)) {
      rows.push({
        ancestor_unit_id: ancestor,
        assigned_on: assignment.assigned_on,
        assignment_id: assignment.id,
        valid_from: range.from,
        valid_to: range.to,
      });
    }
  }
  return rows;
}

/** Half-open ranges of `YYYY-MM-DD` texts merged where they overlap or touch, in order. */
function mergeRanges(ranges: readonly { from: string; to: string }[]): { from: string; to: string }[] {
  const sorted = [...ranges].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  const merged: { from: string; to: string }[] = [];
  for (const r of sorted) {
    const last = merged.at(-1);
    if (last && r.from <= last.to) {
      if (r.to > last.to) last.to = r.to;
    } else merged.push({ ...r });
  }
  return merged;
}
