import { checkValidityDates, required, type BulkContext } from '../bulk/bulk-context.js';
import { unknownValue } from '../bulk/bulk.errors.js';
import { needsParent, organizationCatalogsOver } from '../catalog/organization-catalog.js';
import { isOrganizationType, ORGANIZATION_TYPES, type OrganizationType } from '../catalog/organization-type.js';
import { invalidRange } from '../shared/common.errors.js';
import { refuse } from '../shared/core-error.js';
import { newId, type OrganizationId, type SourceId, type UnitId } from '../shared/ids.js';
import { checkTextLength } from '../shared/text-limits.js';
import type { OrganizationTable } from '../store/database.js';
import { validityToRow } from '../store/validity.mapper.js';
import { searchKey } from '../text/search-key.js';
import { covers, isProperRange, type Validity } from '../time/validity.js';
import type { Unit } from '../unit/unit.js';
import type { Organization } from './organization.js';
import {
  outsideParentValidity,
  outsideUnitValidity,
  parentElsewhere,
  parentRequired,
  parentTypeNotAllowed,
  typeNotAllowedAtLevel,
} from './organization.errors.js';

/** An organization to record. */
export interface OrganizationInput {
  readonly id?: OrganizationId;
  readonly type: OrganizationType;
  readonly unitId: UnitId;
  readonly parentId?: OrganizationId | null;
  /** Defaults to the type's name and the unit's: "Ủy ban Mặt trận Tổ quốc Việt Nam huyện Chiêm Hóa". */
  readonly name?: string;
  /** Defaults to the unit's validity. */
  readonly validity?: Validity;
  readonly sourceId: SourceId;
}

/** The default name of an organization: its type's name followed by its unit's. */
export function defaultOrganizationName(type: OrganizationType, unit: Unit): string {
  return `${ORGANIZATION_TYPES[type].label} ${unit.fullName.charAt(0).toLowerCase()}${unit.fullName.slice(1)}`;
}

/**
 * The checks of an organization against its unit (a proper validity within the unit's; in the catalog of every
 * era its validity meets, a type allowed at the unit's level and a parent when the type needs one): its
 * validity and name, defaults applied.
 */
export function checkAtUnit(input: OrganizationInput, unit: Unit): { validity: Validity; name: string; parentId: OrganizationId | null } {
  const validity = input.validity ?? unit.validity;
  const name = input.name ?? defaultOrganizationName(input.type, unit);
  checkTextLength('name', name, 'organizationName');
  if (!isProperRange(validity)) refuse(invalidRange(name, validity));
  if (!covers(unit.validity, validity)) refuse(outsideUnitValidity(name, unit, validity));
  const parentId = input.parentId ?? null;
  for (const catalog of organizationCatalogsOver(validity)) {
    const rule = catalog.types[input.type];
    if (!rule?.levels.includes(unit.level)) refuse(typeNotAllowedAtLevel(input.type, unit, catalog));
    if (parentId === null && needsParent(rule)) refuse(parentRequired(input.type, catalog));
  }
  return { validity, name, parentId };
}

/**
 * The checks of an organization against its parent: within the parent's validity, and of a parent type the
 * catalog of every era its validity meets allows (a Farmers' Union under the Front committee from 2025-07-01 only).
 */
export function checkParent(type: OrganizationType, name: string, validity: Validity, parent: Organization): void {
  for (const catalog of organizationCatalogsOver(validity)) {
    if (!catalog.types[type]?.parentTypes?.includes(parent.type)) refuse(parentTypeNotAllowed(type, parent, catalog));
  }
  if (!covers(parent.validity, validity)) refuse(outsideParentValidity(name, parent, validity));
}

/**
 * Checks an organization — its type exists at its unit's level, it has a parent of an allowed type when its
 * type needs one, at its unit or the unit directly above, and it lives within its unit's and its parent's
 * validity — and adds its row. `createOrganization` and the bulk loader both come here.
 */
export function checkOrganization(ctx: BulkContext, input: OrganizationInput): void {
  const id = ctx.claimId<OrganizationId>('org', input.id ?? newId<OrganizationId>('org'));
  ctx.requireSource(input.sourceId);
  const unit = required(ctx.unit(input.unitId), 'UNIT.NOT_FOUND', input.unitId);
  if (!isOrganizationType(input.type)) refuse(unknownValue('type', input.type));
  checkValidityDates('validity', input.validity);
  const { validity, name, parentId } = checkAtUnit(input, unit);
  if (parentId !== null) {
    const parent = required(ctx.organization(parentId), 'ORGANIZATION.NOT_FOUND', parentId);
    checkParent(input.type, name, validity, parent);
    if (parent.unitId !== unit.id) {
      const days = validityToRow(validity);
      const above = (ctx.closure.get(unit.id) ?? []).some(
        (c) => c.ancestor_id === parent.unitId && c.depth === 1 && c.valid_from < days.valid_to && c.valid_to > days.valid_from,
      );
      if (!above) refuse(parentElsewhere(input.type, unit, parent));
    }
  }
  const row: OrganizationTable = {
    id,
    type: input.type,
    unit_id: unit.id,
    parent_id: parentId,
    name,
    search_key: searchKey(name),
    ...validityToRow(validity),
    end_reason: null,
    merged_into_id: null,
    source_id: input.sourceId,
  };
  ctx.rows.organization.push(row);
  ctx.organizations.set(id, row);
}
