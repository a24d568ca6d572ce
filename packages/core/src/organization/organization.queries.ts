import type { OrganizationType } from '../catalog/organization-type.js';
import type { OrganizationId, UnitId } from '../shared/ids.js';
import type { Db } from '../store/database.js';
import { validOn } from '../store/validity.mapper.js';
import type { IsoDate } from '../time/iso-date.js';
import type { Organization } from './organization.js';
import { organizationFromRow } from './organization.mapper.js';

/** An organization by id, whatever its validity. */
export async function getOrganization(db: Db, id: OrganizationId): Promise<Organization | undefined> {
  const row = await db.selectFrom('organization').selectAll().where('id', '=', id).executeTakeFirst();
  return row && organizationFromRow(row);
}

/** Organizations by id, in the order of `ids`. */
export async function getOrganizations(db: Db, ids: readonly OrganizationId[]): Promise<(Organization | undefined)[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('organization').selectAll().where('id', 'in', ids).execute();
  const byId = new Map(rows.map((r) => [r.id, organizationFromRow(r)]));
  return ids.map((id) => byId.get(id));
}

/** The organizations at a unit on a date, optionally of some types only. */
export async function organizationsAt(
  db: Db,
  unitId: UnitId,
  date: IsoDate,
  options: { readonly types?: readonly OrganizationType[] } = {},
): Promise<Organization[]> {
  let q = db
    .selectFrom('organization')
    .selectAll()
    .where('unit_id', '=', unitId)
    .where((eb) => validOn(eb, 'organization', date));
  if (options.types && options.types.length > 0) q = q.where('type', 'in', options.types);
  return (await q.orderBy('search_key').orderBy('id').execute()).map(organizationFromRow);
}

/** The sub-bodies of an organization on a date (a committee's standing board, an association's branches). */
export async function subOrganizationsOn(db: Db, parentId: OrganizationId, date: IsoDate): Promise<Organization[]> {
  const rows = await db
    .selectFrom('organization')
    .selectAll()
    .where('parent_id', '=', parentId)
    .where((eb) => validOn(eb, 'organization', date))
    .orderBy('search_key')
    .orderBy('id')
    .execute();
  return rows.map(organizationFromRow);
}
