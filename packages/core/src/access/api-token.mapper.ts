import type { OrganizationId, UnitId } from '../shared/ids.js';
import type { ApiTokenTable } from '../store/database.js';
import type { ApiToken, ApiTokenId } from './api-token.js';

/** The domain token of a row (the hash stays in the store). */
export function apiTokenFromRow(row: ApiTokenTable): ApiToken {
  return {
    id: row.id as ApiTokenId,
    name: row.name,
    scopeUnitId: row.scope_unit_id as UnitId,
    scopeOrganizationIds: row.scope_organization_ids === null ? null : (JSON.parse(row.scope_organization_ids) as OrganizationId[]),
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    revokedAt: row.revoked_at,
    admin: row.admin === 1,
  };
}
