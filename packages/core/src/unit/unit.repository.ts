import { writeSingle } from '../bulk/bulk-records.js';
import { notFound } from '../shared/common.errors.js';
import { refuse } from '../shared/core-error.js';
import { newId, type SourceId, type UnitId, type UnitParentLinkId } from '../shared/ids.js';
import type { Result } from '../shared/result.js';
import type { Db } from '../store/database.js';
import { runWrite } from '../store/run-write.js';
import { overlapsRange, validityFromRow, validityToRow } from '../store/validity.mapper.js';
import type { Validity } from '../time/validity.js';
import { requireSource } from '../source/require-source.js';
import type { Unit, UnitParentLink } from './unit.js';
import { refreshClosure } from './unit-closure.js';
import { parentOverlap, type UnitWriteError } from './unit.errors.js';
import type { UnitInput } from './unit.checks.js';
import { checkParentLink } from './unit-scheme.checks.js';
import { parentLinkFromRow, unitFromRow } from './unit.mapper.js';

export type { ParentLinkInput, UnitInput } from './unit.checks.js';
export { unitRow } from './unit.checks.js';

/**
 * Records units with their parent links, in one transaction: all or none (each checked by `checkUnit`, written
 * as the bulk loader writes a batch). Parents may be earlier units of the same batch.
 *
 * @example
 * const result = await createUnits(db, [
 *   { code: '08', kind: 'tinh', name: 'Tuyên Quang', validity: validity(null, isoDate('2025-07-01')), sourceId },
 * ]);
 */
export async function createUnits(db: Db, inputs: readonly UnitInput[]): Promise<Result<Unit[], UnitWriteError>> {
  return runWrite(
    db,
    async (trx) => {
      const { rows } = await writeSingle(db, trx, { units: inputs });
      return rows.admin_unit.map(unitFromRow);
    },
    (units) => units.map((u) => ({ action: 'unit.create', entityType: 'unit', entityId: u.id, unitId: u.id, after: u })),
  );
}

/** Records one unit with its parent links. */
export async function createUnit(db: Db, input: UnitInput): Promise<Result<Unit, UnitWriteError>> {
  const result = await createUnits(db, [input]);
  return result.ok ? { ok: true, value: result.value[0]! } : result;
}

/** Records "unit X had parent Y" over a validity, and updates the ancestors of X and of everything below it. */
export async function addParentLink(
  db: Db,
  input: { readonly unitId: UnitId; readonly parentId: UnitId; readonly validity: Validity; readonly sourceId: SourceId },
): Promise<Result<UnitParentLink, UnitWriteError>> {
  return runWrite(
    db,
    async (trx) => {
      await requireSource(trx, input.sourceId);
      const unit = await requireUnit(trx, input.unitId);
      const link = await checkAndInsertLink(trx, unit, input.parentId, input.validity, input.sourceId);
      await refreshClosure(trx, [unit.id]);
      return link;
    },
    (l) => ({ action: 'unit.parentLink', entityType: 'unit', entityId: l.unitId, unitId: l.unitId, after: l }),
  );
}

async function checkAndInsertLink(trx: Db, unit: Unit, parentId: UnitId, validity: Validity, sourceId: SourceId): Promise<UnitParentLink> {
  const parent = await requireUnit(trx, parentId);
  checkParentLink(unit, parent, validity);
  const clash = await trx
    .selectFrom('unit_parent')
    .innerJoin('admin_unit', 'admin_unit.id', 'unit_parent.parent_id')
    .selectAll('admin_unit')
    .select(['unit_parent.valid_from as link_from', 'unit_parent.valid_to as link_to'])
    .where('unit_parent.unit_id', '=', unit.id)
    .where((eb) => overlapsRange(eb, 'unit_parent', validity))
    .executeTakeFirst();
  if (clash)
    refuse(parentOverlap(unit.fullName, unitFromRow(clash), validityFromRow({ valid_from: clash.link_from, valid_to: clash.link_to })));
  const row = {
    id: newId<UnitParentLinkId>('link'),
    unit_id: unit.id,
    parent_id: parent.id,
    ...validityToRow(validity),
    source_id: sourceId,
  };
  await trx.insertInto('unit_parent').values(row).execute();
  return parentLinkFromRow(row);
}

/** The unit with that id, or a refusal. */
export async function requireUnit(trx: Db, id: UnitId): Promise<Unit> {
  const row = await trx.selectFrom('admin_unit').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) refuse(notFound('UNIT.NOT_FOUND', id));
  return unitFromRow(row);
}
