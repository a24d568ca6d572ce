import { groupBy } from '../shared/group-by.js';
import type { OrganizationId, UnitId } from '../shared/ids.js';
import type { Db } from '../store/database.js';
import { validOn } from '../store/validity.mapper.js';
import type { IsoDate } from '../time/iso-date.js';
import type { Organization } from './organization.js';
import { organizationFromRow } from './organization.mapper.js';

/**
 * The organizations at each unit on a date, by name, in key order, in one query (for DataLoaders).
 *
 * @example
 * const [atDistrict, atCommune] = await organizationsAtUnitsOn(db, [district, commune], isoDate('2023-06-01'));
 */
export async function organizationsAtUnitsOn(db: Db, unitIds: readonly UnitId[], date: IsoDate): Promise<Organization[][]> {
  if (unitIds.length === 0) return [];
  const rows = await db
    .selectFrom('organization')
    .selectAll()
    .where('unit_id', 'in', unitIds)
    .where((eb) => validOn(eb, 'organization', date))
    .orderBy('search_key')
    .orderBy('id')
    .execute();
  const byUnit = groupBy(rows, (r) => r.unit_id, organizationFromRow);
  return unitIds.map((id) => byUnit.get(id) ?? []);
}

/** The sub-bodies of each organization on a date, by name, in key order, in one query. */
export async function subOrganizationsOfOn(db: Db, parentIds: readonly OrganizationId[], date: IsoDate): Promise<Organization[][]> {
  if (parentIds.length === 0) return [];
  const rows = await db
    .selectFrom('organization')
    .selectAll()
    .where('parent_id', 'in', parentIds)
    .where((eb) => validOn(eb, 'organization', date))
    .orderBy('search_key')
    .orderBy('id')
    .execute();
  const byParent = groupBy(rows, (r) => r.parent_id ?? '', organizationFromRow);
  return parentIds.map((id) => byParent.get(id) ?? []);
}
