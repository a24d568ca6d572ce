import { writeSingle } from '../bulk/bulk-records.js';
import { notFound } from '../shared/common.errors.js';
import { refuse } from '../shared/core-error.js';
import type { OrganizationId } from '../shared/ids.js';
import type { Result } from '../shared/result.js';
import type { Db } from '../store/database.js';
import { runWrite } from '../store/run-write.js';
import type { IsoDate } from '../time/iso-date.js';
import { holdsOn } from '../time/validity.js';
import type { Organization, OrganizationEnd } from './organization.js';
import { firstAssignmentResting } from '../assignment/assignment-basis.queries.js';
import type { OrganizationInput } from './organization.checks.js';
import { alreadyEnded, endBeforeStart, mergedIntoInvalid, organizationInUse, type OrganizationWriteError } from './organization.errors.js';
import { organizationFromRow } from './organization.mapper.js';

export { checkAtUnit, checkParent, defaultOrganizationName, type OrganizationInput } from './organization.checks.js';

/**
 * Records an organization at a unit (checked by `checkOrganization`, written as a batch of one). Refused when
 * its type may not exist at the unit's level (a Front work board belongs to a residential area), when its
 * parent is of a type it cannot belong to or sits elsewhere than its unit or the unit directly above,
 * or when it would outlive its unit or its parent.
 */
export async function createOrganization(db: Db, input: OrganizationInput): Promise<Result<Organization, OrganizationWriteError>> {
  return runWrite(
    db,
    async (trx) => {
      const { rows } = await writeSingle(db, trx, { organizations: [input] });
      return organizationFromRow(rows.organization[0]!);
    },
    (o) => ({ action: 'organization.create', entityType: 'organization', entityId: o.id, unitId: o.unitId, after: o }),
  );
}

/** Records several organizations in one transaction: all or none. Parents may come earlier in the batch. */
export async function createOrganizations(
  db: Db,
  inputs: readonly OrganizationInput[],
): Promise<Result<Organization[], OrganizationWriteError>> {
  return runWrite(
    db,
    async (trx) => {
      const { rows } = await writeSingle(db, trx, { organizations: inputs });
      return rows.organization.map(organizationFromRow);
    },
    (list) => list.map((o) => ({ action: 'organization.create', entityType: 'organization', entityId: o.id, unitId: o.unitId, after: o })),
  );
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
  return runWrite(
    db,
    async (trx) => {
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
      return await requireOrganization(trx, org.id);
    },
    (o) => ({ action: 'organization.end', entityType: 'organization', entityId: o.id, unitId: o.unitId, before, after: o }),
  );
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
  return runWrite(
    db,
    async (trx) => {
      const org = await requireOrganization(trx, input.organizationId);
      before = org;
      const successor = await requireOrganization(trx, input.successorId);
      const endDate = org.validity.validTo;
      if (endDate === null || successor.id === org.id || !holdsOn(successor.validity, endDate)) {
        refuse(mergedIntoInvalid(org, successor, endDate ?? ('…' as IsoDate)));
      }
      await trx
        .updateTable('organization')
        .set({ end_reason: 'mergedInto', merged_into_id: successor.id })
        .where('id', '=', org.id)
        .execute();
      return await requireOrganization(trx, org.id);
    },
    (o) => ({ action: 'organization.linkSuccessor', entityType: 'organization', entityId: o.id, unitId: o.unitId, before, after: o }),
  );
}

/** An organization and every sub-body of it still in force on `date`, the organization first. */
async function bodiesUnder(trx: Db, orgId: OrganizationId, date: IsoDate): Promise<string[]> {
  const ids: string[] = [orgId];
  for (let i = 0; i < ids.length; i++) {
    const children = await trx
      .selectFrom('organization')
      .select('id')
      .where('parent_id', '=', ids[i]!)
      .where('valid_to', '>', date)
      .execute();
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
