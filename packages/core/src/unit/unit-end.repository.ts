import { lineageLinkToRow } from '../lineage/lineage.mapper.js';
import type { Result } from '../shared/result.js';
import type { Db } from '../store/database.js';
import { runWrite } from '../store/run-write.js';
import type { UnitEnd, UnitEndInput } from './unit-end.js';
import { checkUnitEnd } from './unit-end.checks.js';
import type { UnitEndError } from './unit-end.errors.js';
import { readUnitEndFacts } from './unit-end.reader.js';
import type { Unit } from './unit.js';
import { refreshClosure } from './unit-closure.js';
import { requireUnit } from './unit.repository.js';

/**
 * Ends a unit on `date` (its last day is the day before) and records its successors as lineage links on
 * that date: read (`readUnitEndFacts`), checked in memory (`checkUnitEnd`), then written — the unit's end,
 * its parent links cut at the date, its closure rows, the links — and audited as `unit.end`, all in one
 * transaction. Nothing under it is ended for the caller: a unit still under it or a body still at it refuses
 * the write, naming them. Successors may be none (no link is then recorded).
 *
 * @example
 * const result = await endUnit(db, {
 *   unitId: unitIdBefore('02326'),
 *   date: isoDate('2025-07-01'),
 *   successors: [{ unitId: unitIdFrom('02287') }],
 *   sourceId,
 * });
 */
export async function endUnit(db: Db, input: UnitEndInput): Promise<Result<UnitEnd, UnitEndError>> {
  let before: Unit | undefined;
  return runWrite(
    db,
    async (trx) => {
      const facts = await readUnitEndFacts(trx, input);
      before = facts.unit;
      const plan = checkUnitEnd(facts, input);
      const unitId = plan.ended.id;
      await trx.updateTable('admin_unit').set({ valid_to: input.date }).where('id', '=', unitId).execute();
      // A parent link wholly after the end described days the unit no longer has; the others stop with it.
      await trx.deleteFrom('unit_parent').where('unit_id', '=', unitId).where('valid_from', '>=', input.date).execute();
      await trx
        .updateTable('unit_parent')
        .set({ valid_to: input.date })
        .where('unit_id', '=', unitId)
        .where('valid_to', '>', input.date)
        .execute();
      await refreshClosure(trx, [unitId]);
      if (plan.links.length > 0) await trx.insertInto('unit_lineage').values(plan.links.map(lineageLinkToRow)).execute();
      return { unit: await requireUnit(trx, unitId), successors: plan.links };
    },
    (ended) => ({ action: 'unit.end', entityType: 'unit', entityId: ended.unit.id, unitId: ended.unit.id, before, after: ended }),
  );
}
