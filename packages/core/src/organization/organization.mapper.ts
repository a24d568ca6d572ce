import type { OrganizationType } from '../catalog/organization-type.js';
import type { OrganizationId, SourceId, UnitId } from '../shared/ids.js';
import type { OrganizationTable } from '../store/database.js';
import { validityFromRow } from '../store/validity.mapper.js';
import type { Organization, OrganizationEnd } from './organization.js';

/** The domain form of a stored organization. */
export function organizationFromRow(row: OrganizationTable): Organization {
  return {
    id: row.id as OrganizationId,
    type: row.type as OrganizationType,
    unitId: row.unit_id as UnitId,
    parentId: row.parent_id as OrganizationId | null,
    name: row.name,
    validity: validityFromRow(row),
    end: endFromRow(row),
    sourceId: row.source_id as SourceId,
  };
}

function endFromRow(row: OrganizationTable): OrganizationEnd | null {
  switch (row.end_reason) {
    case null:
      return null;
    case 'dissolved':
      return { kind: 'dissolved' };
    case 'mergedInto':
      return { kind: 'mergedInto', organizationId: row.merged_into_id as OrganizationId };
  }
}
