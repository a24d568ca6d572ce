import { randomBytes } from 'node:crypto';
import type { Insertable } from 'kysely';
import { claimFeedPositions } from '../change/change-position.js';
import type { AuditLogTable, Db } from '../store/database.js';
import { currentActor } from './actor.js';
import type { AuditEntry } from './audit-entry.js';

const CHUNK = 400;

let sequence = 0;

/**
 * An id that sorts in the order entries were recorded (by this process): the log is listed by `(at, id)`,
 * and several writes can share one millisecond.
 */
function auditId(at: string): string {
  sequence = (sequence + 1) % 1e9;
  return `aud_${at}_${String(sequence).padStart(9, '0')}_${randomBytes(4).toString('hex')}`;
}

/**
 * Appends entries to the audit log, in the caller's transaction, under the current actor, each with its
 * position in the change feed (claimed last, just before the commit: see `claimFeedPositions`). There is no
 * function to change or delete an entry: the log is append-only.
 */
export async function recordAudit(trx: Db, entries: readonly AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  const at = new Date().toISOString();
  const actor = currentActor().id;
  const first = await claimFeedPositions(trx, entries.length);
  const rows: Insertable<AuditLogTable>[] = entries.map((e, i) => ({
    id: auditId(at),
    at,
    actor,
    action: e.action,
    entity_type: e.entityType,
    entity_id: e.entityId,
    unit_id: e.unitId ?? null,
    before_json: e.before === undefined ? null : JSON.stringify(e.before),
    after_json: e.after === undefined ? null : JSON.stringify(e.after),
    seq: first + i,
  }));
  for (let i = 0; i < rows.length; i += CHUNK)
    await trx
      .insertInto('audit_log')
      .values(rows.slice(i, i + CHUNK))
      .execute();
}
