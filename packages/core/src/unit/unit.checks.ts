import { checkValidityDates, required, type BulkContext } from '../bulk/bulk-context.js';
import { unknownValue } from '../bulk/bulk.errors.js';
import { fullUnitName, isUnitKind, type UnitKind } from '../catalog/unit-kind.js';
import { invalidRange } from '../shared/common.errors.js';
import { refuse } from '../shared/core-error.js';
import { newId, stableId, type SourceId, type UnitId, type UnitParentLinkId } from '../shared/ids.js';
import type { AdminUnitTable, UnitClosureTable } from '../store/database.js';
import { validityFromRow, validityToRow } from '../store/validity.mapper.js';
import { searchKey } from '../text/search-key.js';
import { ALWAYS, intersect, isProperRange, overlaps, type Validity } from '../time/validity.js';
import type { Unit } from './unit.js';
import { codeTaken, parentOverlap } from './unit.errors.js';
import { unitFromRow } from './unit.mapper.js';
import { checkParentLink, levelFor } from './unit-scheme.checks.js';

/** A parent link given with a new unit; its validity defaults to the unit's. */
export interface ParentLinkInput {
  readonly parentId: UnitId;
  readonly validity?: Validity;
  /** Defaults to the unit's source. */
  readonly sourceId?: SourceId;
}

/** A unit to record. Its level follows from its kind and the hierarchy scheme of its era. */
export interface UnitInput {
  readonly id?: UnitId;
  readonly code?: string | null;
  readonly kind: UnitKind;
  readonly name: string;
  readonly validity?: Validity;
  readonly parents?: readonly ParentLinkInput[];
  readonly sourceId: SourceId;
}

/**
 * Checks a unit — kind in the era's scheme, code free on its days, parents on the level above and not
 * overlapping — and adds its row, its parent links and its closure rows (its parents' rows shifted one level
 * down: a new unit has no children yet). `createUnits` and the bulk loader both come here.
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
    ctx.rows.unit_parent.push({
      id: stableId<UnitParentLinkId>('link', `${id}.${n}`),
      unit_id: id,
      parent_id: parent.id,
      ...validityToRow(linkValidity),
      source_id: sourceId,
    });
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

/** The stored row of a unit: its full name, its level in the era's scheme, its validity (always, by default) checked. */
export function unitRow(id: UnitId, input: UnitInput): AdminUnitTable {
  const validity = input.validity ?? ALWAYS;
  const fullName = fullUnitName(input.kind, input.name);
  if (!isProperRange(validity)) refuse(invalidRange(fullName, validity));
  return {
    id,
    code: input.code ?? null,
    kind: input.kind,
    level: levelFor(input.kind, validity),
    name: input.name,
    full_name: fullName,
    search_key: searchKey(fullName),
    ...validityToRow(validity),
    source_id: input.sourceId,
  };
}
