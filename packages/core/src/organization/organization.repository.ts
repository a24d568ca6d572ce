import { needsParent, organizationCatalogsOver } from '../catalog/organization-catalog.js';
import { ORGANIZATION_TYPES, type OrganizationType } from '../catalog/organization-type.js';
import { invalidRange, notFound } from '../shared/common.errors.js';
import { refuse } from '../shared/core-error.js';
import { checkTextLength } from '../shared/text-limits.js';
import { newId, type OrganizationId, type SourceId, type UnitId } from '../shared/ids.js';
import type { Result } from '../shared/result.js';
import { requireSource } from '../source/require-source.js';
import type { Db, OrganizationTable } from '../store/database.js';
import { runWrite } from '../store/run-write.js';
import { overlapsRange, validityToRow } from '../store/validity.mapper.js';
import { searchKey } from '../text/search-key.js';
import type { IsoDate } from '../time/iso-date.js';
import { covers, holdsOn, isProperRange, type Validity } from '../time/validity.js';
import { requireUnit } from '../unit/unit.repository.js';
import type { Unit } from '../unit/unit.js';
import type { Organization, OrganizationEnd } from './organization.js';
import { firstAssignmentResting } from '../assignment/assignment-basis.queries.js';
import {
  alreadyEnded,
  endBeforeStart,
  mergedIntoInvalid,
  organizationInUse,
  outsideParentValidity,
  outsideUnitValidity,
  parentElsewhere,
  parentRequired,
  parentTypeNotAllowed,
  typeNotAllowedAtLevel,
  type OrganizationWriteError,
} from './organization.errors.js';
import { organizationFromRow } from './organization.mapper.js';

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

/**
 * Records an organization at a unit. Refused when its type may not exist at the unit's level (a Front work
 * board belongs to a residential area), when its parent is of a type it cannot belong to or sits elsewhere than its unit or the unit directly above,
 * or when it would outlive its unit or its parent.
 */
export async function createOrganization(db: Db, input: OrganizationInput): Promise<Result<Organization, OrganizationWriteError>> {
  return runWrite(db, (trx) => insertOrganization(trx, input), (o) => ({ action: 'organization.create', entityType: 'organization', entityId: o.id, unitId: o.unitId, after: o }));
}

/** Records several organizations in one transaction: all or none. Parents may come earlier in the batch. */
export async function createOrganizations(db: Db, inputs: readonly OrganizationInput[]): Promise<Result<Organization[], OrganizationWriteError>> {
  return runWrite(db, async (trx) => {
    const created: Organization[] = [];
    for (const input of inputs) created.push(await insertOrganization(trx, input));
    return created;
  }, (list) => list.map((o) => ({ action: 'organization.create', entityType: 'organization', entityId: o.id, unitId: o.unitId, after: o })));
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

async function insertOrganization(trx: Db, input: OrganizationInput): Promise<Organization> {
  await requireSource(trx, input.sourceId);
  const unit = await requireUnit(trx, input.unitId);
  const { validity, name, parentId } = checkAtUnit(input, unit);
  if (parentId !== null) {
    const parent = await requireOrganization(trx, parentId);
    checkParent(input.type, name, validity, parent);
    if (parent.unitId !== unit.id) {
      const above = await trx
        .selectFrom('unit_closure')
        .select('depth')
        .where('ancestor_id', '=', parent.unitId)
        .where('descendant_id', '=', unit.id)
        .where('depth', '=', 1)
        .where((eb) => overlapsRange(eb, 'unit_closure', validity))
        .executeTakeFirst();
      if (!above) refuse(parentElsewhere(input.type, unit, parent));
    }
  }
  const row: OrganizationTable = {
    id: input.id ?? newId<OrganizationId>('org'),
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
  await trx.insertInto('organization').values(row).execute();
  return organizationFromRow(row);
}

/**
 * Ends an organization on `date` (its last day is the day before): dissolved, or merged into a successor.
 * Its sub-bodies, its posts and their holdings end with it. Refused (`ORGANIZATION.IN_USE`) when a task was given
 * by or to any of them on or after `date`: that decision stood on the body being in force.
 */
export async function endOrganization(
  db: Db,
  input: { readonly organizationId: OrganizationId; readonly date: IsoDate; readonly end: OrganizationEnd },
): Promise<Result<Organization, OrganizationWriteError>> {
  let before: Organization | undefined;
  return runWrite(db, async (trx) => {
    const org = await requireOrganization(trx, input.organizationId);
    before = org;
    if (org.validity.validTo !== null && org.validity.validTo <= input.date) refuse(alreadyEnded(org));
    if (org.validity.validFrom !== null && input.date <= org.validity.validFrom) refuse(endBeforeStart(org, input.date));
    if (input.end.kind === 'mergedInto') {
      const successor = await requireOrganization(trx, input.end.organizationId);
      if (successor.id === org.id || !holdsOn(successor.validity, input.date)) refuse(mergedIntoInvalid(org, successor, input.date));
    }
    const bodies = await bodiesUnder(trx, org.id, input.date);
    const used = await firstAssignmentResting(trx, { kind: 'organizations', organizationIds: bodies }, input.date);
    if (used) refuse(organizationInUse(org, input.date, used));
    await trx
      .updateTable('organization')
      .set({
        valid_to: input.date,
        end_reason: input.end.kind,
        merged_into_id: input.end.kind === 'mergedInto' ? input.end.organizationId : null,
      })
      .where('id', '=', org.id)
      .execute();
    await endEverything(trx, bodies, input.date);
    return (await requireOrganization(trx, org.id));
  }, (o) => ({ action: 'organization.end', entityType: 'organization', entityId: o.id, unitId: o.unitId, before, after: o }));
}

/**
 * Records that an organization which has already ended was merged into a successor (the Front committee
 * of a merged commune into the new commune's). The successor must exist on the day the old one ended.
 */
export async function linkSuccessor(
  db: Db,
  input: { readonly organizationId: OrganizationId; readonly successorId: OrganizationId },
): Promise<Result<Organization, OrganizationWriteError>> {
  let before: Organization | undefined;
  return runWrite(db, async (trx) => {
    const org = await requireOrganization(trx, input.organizationId);
    before = org;
    const successor = await requireOrganization(trx, input.successorId);
    const endDate = org.validity.validTo;
    if (endDate === null || successor.id === org.id || !holdsOn(successor.validity, endDate)) {
      refuse(mergedIntoInvalid(org, successor, endDate ?? ('…' as IsoDate)));
    }
    await trx.updateTable('organization').set({ end_reason: 'mergedInto', merged_into_id: successor.id }).where('id', '=', org.id).execute();
    return await requireOrganization(trx, org.id);
  }, (o) => ({ action: 'organization.linkSuccessor', entityType: 'organization', entityId: o.id, unitId: o.unitId, before, after: o }));
}

/** An organization and every sub-body of it still in force on `date`, the organization first. */
async function bodiesUnder(trx: Db, orgId: OrganizationId, date: IsoDate): Promise<string[]> {
  const ids: string[] = [orgId];
  for (let i = 0; i < ids.length; i++) {
    const children = await trx.selectFrom('organization').select('id').where('parent_id', '=', ids[i]!).where('valid_to', '>', date).execute();
    ids.push(...children.map((c) => c.id));
  }
  return ids;
}

/** Ends the sub-bodies of an organization (`ids` after the first), and the posts and holdings of all of them, on `date`. */
async function endEverything(trx: Db, ids: readonly string[], date: IsoDate): Promise<void> {
  const childIds = ids.slice(1);
  if (childIds.length > 0) {
    await trx.updateTable('organization').set({ valid_to: date, end_reason: 'dissolved' }).where('id', 'in', childIds).execute();
  }
  const posts = trx.selectFrom('post').select('id').where('organization_id', 'in', ids);
  await trx.updateTable('holding').set({ valid_to: date }).where('post_id', 'in', posts).where('valid_to', '>', date).execute();
  await trx.updateTable('post').set({ valid_to: date }).where('organization_id', 'in', ids).where('valid_to', '>', date).execute();
}

/** The organization with that id, or a refusal. */
export async function requireOrganization(trx: Db, id: OrganizationId): Promise<Organization> {
  const row = await trx.selectFrom('organization').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) refuse(notFound('ORGANIZATION.NOT_FOUND', id));
  return organizationFromRow(row);
}
