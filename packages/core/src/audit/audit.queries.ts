import { coreError } from '../shared/core-error.js';
import type { UnitId } from '../shared/ids.js';
import { err, ok, type Result } from '../shared/result.js';
import type { Db } from '../store/database.js';
import type { IsoDate } from '../time/iso-date.js';
import { MAX_PAGE_SIZE, type Page, type PageError } from '../assignment/subtree-assignments.queries.js';
import type { AuditRecord } from './audit-entry.js';
import { auditFromRow } from './audit.repository.js';

/** Which writes to list: by the unit they concern (with its subtree), by actor, by date range `[from, to)`. */
export interface AuditFilter {
  /** Writes concerning this unit or any unit that lies, or lay, below it. */
  readonly withinUnitId?: UnitId;
  readonly actor?: string;
  readonly from?: IsoDate;
  readonly to?: IsoDate;
}

/**
 * The audit log, oldest first, in pages with stable cursors.
 *
 * @example
 * const page = unwrap(await auditLog(db, { actor: 'token:abc', from: isoDate('2026-01-01') }, { first: 50 }));
 */
export async function auditLog(db: Db, filter: AuditFilter = {}, page: { readonly first?: number; readonly after?: string } = {}): Promise<Result<Page<AuditRecord>, PageError>> {
  const first = page.first ?? 100;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    return err(coreError('PAGE.SIZE_INVALID', `Số dòng mỗi trang phải từ 1 đến ${MAX_PAGE_SIZE} (nhận được ${first}).`, { first, max: MAX_PAGE_SIZE }));
  }
  const cursor = page.after === undefined ? undefined : decode(page.after);
  if (page.after !== undefined && !cursor) return err(coreError('PAGE.CURSOR_INVALID', 'Con trỏ phân trang không hợp lệ.', { cursor: page.after }));
  let q = db.selectFrom('audit_log');
  if (filter.actor) q = q.where('actor', '=', filter.actor);
  if (filter.from) q = q.where('at', '>=', filter.from);
  if (filter.to) q = q.where('at', '<', filter.to);
  if (filter.withinUnitId) {
    const below = db.selectFrom('unit_closure').select('descendant_id').where('ancestor_id', '=', filter.withinUnitId);
    q = q.where('unit_id', 'in', below);
  }
  const total = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  let rowsQuery = q.selectAll();
  if (cursor) {
    const [at, id] = cursor;
    rowsQuery = rowsQuery.where((eb) => eb.or([eb('at', '>', at), eb.and([eb('at', '=', at), eb('id', '>', id)])]));
  }
  const rows = await rowsQuery.orderBy('at').orderBy('id').limit(first + 1).execute();
  const items = rows.slice(0, first);
  const last = items.at(-1);
  return ok({
    items: items.map(auditFromRow),
    totalCount: Number(total.n),
    pageInfo: { hasNextPage: rows.length > first, endCursor: last ? Buffer.from(JSON.stringify([last.at, last.id])).toString('base64url') : null },
  });
}

function decode(cursor: string): [string, string] | undefined {
  try {
    const v: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    return Array.isArray(v) && v.length === 2 && v.every((x) => typeof x === 'string') ? (v as [string, string]) : undefined;
  } catch {
    return undefined;
  }
}
