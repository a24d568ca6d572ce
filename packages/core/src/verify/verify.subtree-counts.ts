import { recountSubtreeChanges } from '../assignment/subtree-count.repository.js';
import type { Db } from '../store/database.js';
import { violation, type StoreViolation } from './store-violation.js';

/**
 * The unfiltered subtree counts see what `assignment_ancestor` holds: the stored count changes, by unit and day,
 * are compared with a recount from the ancestor rows (`recountSubtreeChanges`, in SQL); a key holding 0 is the
 * same as no key. One violation per unit whose changes differ, naming the unit and a few days.
 */
export async function verifySubtreeCounts(db: Db): Promise<StoreViolation[]> {
  const want = new Map<string, Map<string, number>>();
  for (const r of await recountSubtreeChanges(db).execute()) put(want, r.ancestor_unit_id, r.on_date, Number(r.delta));
  const have = new Map<string, Map<string, number>>();
  for (const r of await db.selectFrom('subtree_count_change').selectAll().where('delta', '<>', 0).execute())
    put(have, r.ancestor_unit_id, r.on_date, Number(r.delta));
  const violations: StoreViolation[] = [];
  for (const unitId of [...new Set([...want.keys(), ...have.keys()])].sort()) {
    const wanted = want.get(unitId) ?? new Map<string, number>();
    const had = have.get(unitId) ?? new Map<string, number>();
    const wrong = [...new Set([...wanted.keys(), ...had.keys()])]
      .sort()
      .filter((day) => (wanted.get(day) ?? 0) !== (had.get(day) ?? 0))
      .map((day) => `${day}: ${had.get(day) ?? 0} ≠ ${wanted.get(day) ?? 0}`);
    if (wrong.length === 0) continue;
    const some = `${wrong.slice(0, 3).join('; ')}${wrong.length > 3 ? '; …' : ''}`;
    violations.push(
      violation(
        'ASSIGNMENT.SUBTREE_COUNTS_MISMATCH',
        {
          vi: `Số nhiệm vụ được giao dưới đơn vị ${unitId} ghi theo ngày không khớp với các đơn vị cấp trên đã ghi của nhiệm vụ: ${wrong.length} ngày sai (đã ghi ≠ đếm lại: ${some}).`,
          en: `The recorded changes of the number of assignments under unit ${unitId} do not match the assignments' ancestor rows: ${wrong.length} day(s) wrong (recorded ≠ recounted: ${some}).`,
        },
        [unitId],
      ),
    );
  }
  return violations;
}

function put(map: Map<string, Map<string, number>>, unitId: string, day: string, delta: number): void {
  let days = map.get(unitId);
  if (!days) map.set(unitId, (days = new Map()));
  days.set(day, delta);
}
