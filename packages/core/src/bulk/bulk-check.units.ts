import { isUnitKind } from '../catalog/unit-kind.js';
import { refuse } from '../shared/core-error.js';
import { newId, stableId, type UnitId, type UnitParentLinkId } from '../shared/ids.js';
import type { UnitClosureTable } from '../store/database.js';
import { validityFromRow, validityToRow } from '../store/validity.mapper.js';
import { ALWAYS, intersect, overlaps, type Validity } from '../time/validity.js';
import type { Unit } from '../unit/unit.js';
import { codeTaken, parentOverlap } from '../unit/unit.errors.js';
import { unitFromRow } from '../unit/unit.mapper.js';
import type { UnitInput } from '../unit/unit.repository.js';
import { unitRow } from '../unit/unit-bulk.repository.js';
import { checkParentLink } from '../unit/unit-scheme.checks.js';
import { checkValidityDates, required, type BulkContext } from './bulk-context.js';
import { unknownValue } from './bulk.errors.js';

/**
 * Checks a unit as `createUnits` does — kind in the era's scheme, code free on its days, parents on the
 * level above and not overlapping — and adds its row, its parent links and its closure rows (its parents'
 * rows shifted one level down: a new unit has no children yet).
 */
export function checkUnit(ctx: BulkContext, input: UnitInput): void {
  const id = ctx.claimId<UnitId>('unit', input.id ?? newId<UnitId>('unit'));
  if (!isUnitKind(input.kind)) refuse(unknownValue('kind', input.kind));
  checkValidityDates('validity', input.validity);
  const validity = input.validity ?? ALWAYS;
  ctx.requireSource(input.sourceId);
  const row = unitRow(id, input);
  const { level, code } = row;
  const unit = unitFromRow(row);
  if (code !== null) {
    const key = `${code}|${level}`;
    const holders = ctx.codeHolders.get(key) ?? [];
    const holder = holders.find((h) => overlaps(h.validity, validity));
    if (holder) refuse(codeTaken(code, holder));
    ctx.codeHolders.set(key, [...holders, unit]);
  }
  const own: UnitClosureTable[] = [{ ancestor_id: id, descendant_id: id, depth: 0, ...validityToRow(validity) }];
  const mine: { parent: Unit; validity: Validity }[] = [];
  for (const [n, link] of (input.parents ?? []).entries()) {
    const parent = required(ctx.unit(link.parentId), 'UNIT.NOT_FOUND', link.parentId);
    checkValidityDates('parents.validity', link.validity);
    const linkValidity = link.validity ?? validity;
    checkParentLink(unit, parent, linkValidity);
    const clash = mine.find((o) => overlaps(o.validity, linkValidity));
    if (clash) refuse(parentOverlap(unit.fullName, clash.parent, clash.validity));
    mine.push({ parent, validity: linkValidity });
    const sourceId = link.sourceId ?? input.sourceId;
    ctx.requireSource(sourceId);
    // Derived from the unit's id, so that the same batch always writes the same rows.
    ctx.rows.unit_parent.push({ id: stableId<UnitParentLinkId>('link', `${id}.${n}`), unit_id: id, parent_id: parent.id, ...validityToRow(linkValidity), source_id: sourceId });
    const days = intersect(linkValidity, validity);
    if (!days) continue;
    for (const above of ctx.closure.get(parent.id) ?? []) {
      const shared = intersect(validityFromRow(above), days);
      if (shared) own.push({ ancestor_id: above.ancestor_id, descendant_id: id, depth: above.depth + 1, ...validityToRow(shared) });
    }
  }
  ctx.rows.admin_unit.push(row);
  ctx.rows.unit_closure.push(...own);
  ctx.units.set(id, row);
  ctx.closure.set(id, own);
}
