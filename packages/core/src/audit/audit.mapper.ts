import type { Selectable } from 'kysely';
import type { AuditLogTable } from '../store/database.js';
import type { AuditRecord } from './audit-entry.js';

/** The domain form of a stored audit entry. */
export function auditFromRow(row: Selectable<AuditLogTable>): AuditRecord {
  return {
    id: row.id,
    at: row.at,
    actor: row.actor,
    action: row.action,
    entityType: row.entity_type,
    entityId: row.entity_id,
    unitId: row.unit_id,
    before: row.before_json === null ? undefined : JSON.parse(row.before_json),
    after: row.after_json === null ? undefined : JSON.parse(row.after_json),
  };
}
