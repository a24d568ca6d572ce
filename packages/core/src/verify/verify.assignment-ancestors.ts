import { assignmentAncestorRows } from '../assignment/assignment-ancestor.rows.js';
import type { AssignmentAncestorTable, Db, UnitClosureTable } from '../store/database.js';
import { violation, type StoreViolation } from './store-violation.js';

/** Assignments compared per round: their stored rows are read by assignment id. */
const PAGE = 2000;

/**
 * The subtree listings see what the closure table says: every assignment's `assignment_ancestor` rows are made
 * again from the closure rows of its assignee's unit and its place (`assignmentAncestorRows`, as the writes
 * make them) and compared with the stored rows; stored rows of an ancestor the assignment does not lie under,
 * or with another date, are extra. Reads a page of assignments at a time, the closure table once.
 */
export async function verifyAssignmentAncestors(db: Db): Promise<StoreViolation[]> {
  const closure = new Map<string, UnitClosureTable[]>();
  for (const row of await db.selectFrom('unit_closure').selectAll().execute()) {
    const list = closure.get(row.descendant_id);
    if (list) list.push(row);
    else closure.set(row.descendant_id, [row]);
  }
  const violations: StoreViolation[] = [];
  let after = '';
  for (;;) {
    const page = await db
      .selectFrom('assignment')
      .select(['id', 'assigned_on', 'assignee_unit_id', 'place_unit_id'])
      .where('id', '>', after)
      .orderBy('id')
      .limit(PAGE)
      .execute();
    if (page.length === 0) return violations;
    after = page.at(-1)!.id;
    const stored = new Map<string, string[]>();
    const rows = await db
      .selectFrom('assignment_ancestor')
      .selectAll()
      .where(
        'assignment_id',
        'in',
        page.map((a) => a.id),
      )
      .execute();
    for (const r of rows) stored.set(r.assignment_id, [...(stored.get(r.assignment_id) ?? []), key(r)]);
    for (const a of page) {
      // A unit without closure rows is the closure check's violation; here it lies under no unit.
      const want = assignmentAncestorRows(a, (u) => closure.get(u) ?? [])
        .map(key)
        .sort();
      const have = (stored.get(a.id) ?? []).sort();
      if (want.length === have.length && want.every((k, i) => k === have[i])) continue;
      const missing = want.filter((k) => !have.includes(k));
      const extra = have.filter((k) => !want.includes(k));
      const some = (list: string[]) => (list.length ? ` (${list.slice(0, 3).join('; ')})` : '');
      violations.push(
        violation(
          'ASSIGNMENT.ANCESTORS_MISMATCH',
          {
            vi:
              `Các đơn vị cấp trên ghi cho nhiệm vụ được giao ${a.id} không khớp với bảng bao đóng: ` +
              `thiếu ${missing.length} dòng${some(missing)}, thừa ${extra.length} dòng${some(extra)}.`,
            en:
              `The ancestor units recorded for assignment ${a.id} do not match the closure table: ` +
              `${missing.length} row(s) missing${some(missing)}, ${extra.length} extra${some(extra)}.`,
          },
          [a.id],
        ),
      );
    }
  }
}

const key = (r: AssignmentAncestorTable) => `${r.ancestor_unit_id}|${r.assigned_on}|${r.valid_from}|${r.valid_to}`;
