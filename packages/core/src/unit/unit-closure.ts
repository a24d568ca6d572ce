import { refreshAssignmentAncestorsOfUnits } from '../assignment/assignment-ancestor.repository.js';
import type { UnitId } from '../shared/ids.js';
import type { Db, UnitClosureTable } from '../store/database.js';
import { validityFromRow, validityToRow } from '../store/validity.mapper.js';
import { intersect } from '../time/validity.js';

/**
 * Recomputes the closure rows of `unitIds` and of everything below them. A unit's rows are itself (depth 0,
 * its own validity) plus, for each parent link, every row of the parent shifted one level down, limited to
 * the days the link, the parent's row and the unit all hold.
 *
 * `withDescendants: false` skips the walk down, for units just created (they have no children yet).
 */
export async function refreshClosure(trx: Db, unitIds: readonly UnitId[], withDescendants = true): Promise<void> {
  const queue = [...unitIds];
  const done = new Set<string>();
  while (queue.length > 0) {
    const id = queue.shift()!;
    if (done.has(id)) continue;
    done.add(id);
    const unit = await trx.selectFrom('admin_unit').select(['id', 'valid_from', 'valid_to']).where('id', '=', id).executeTakeFirstOrThrow();
    const links = await trx.selectFrom('unit_parent').selectAll().where('unit_id', '=', id).execute();
    const parentRows =
      links.length === 0
        ? []
        : await trx
            .selectFrom('unit_closure')
            .selectAll()
            .where(
              'descendant_id',
              'in',
              links.map((l) => l.parent_id),
            )
            .execute();
    const own = validityFromRow(unit);
    const rows: UnitClosureTable[] = [{ ancestor_id: id, descendant_id: id, depth: 0, ...validityToRow(own) }];
    for (const link of links) {
      const linkValidity = intersect(validityFromRow(link), own);
      if (!linkValidity) continue;
      for (const above of parentRows.filter((r) => r.descendant_id === link.parent_id)) {
        const days = intersect(validityFromRow(above), linkValidity);
        if (days) rows.push({ ancestor_id: above.ancestor_id, descendant_id: id, depth: above.depth + 1, ...validityToRow(days) });
      }
    }
    await trx.deleteFrom('unit_closure').where('descendant_id', '=', id).execute();
    await trx.insertInto('unit_closure').values(rows).execute();
    if (withDescendants) {
      const children = await trx.selectFrom('unit_parent').select('unit_id').distinct().where('parent_id', '=', id).execute();
      queue.push(...children.map((c) => c.unit_id as UnitId));
    }
  }
  await refreshAssignmentAncestorsOfUnits(trx, [...done]);
}
