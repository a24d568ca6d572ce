import type { UnitId } from '../shared/ids.js';
import { ok, type Result } from '../shared/result.js';
import { pageCursor, readPageRequest, type Page, type PageError } from '../shared/page.js';
import type { Db } from '../store/database.js';
import type { IsoDate } from '../time/iso-date.js';
import type { AuditRecord } from './audit-entry.js';
import { auditFromRow } from './audit.mapper.js';

/** Which writes to list: by the unit they concern (with its subtree), by actor, by date range `[from, to)`. */
export interface AuditFilter {
  /** Writes concerning this unit or any unit that lies, or lay, below it. */
  readonly withinUnitId?: UnitId;
  readonly actor?: string;
  readonly from?: IsoDate;
  readonly to?: IsoDate;
  /** Leaves out writes to records of these types (the API hides `api_token` from all but admin tokens). */
  readonly excludeEntityTypes?: readonly string[];
}

/**
 * The audit log, oldest first, in pages with stable cursors.
 *
 * @example
 * const page = unwrap(await auditLog(db, { actor: 'token:abc', from: isoDate('2026-01-01') }, { first: 50 }));
 */
export async function auditLog(
  db: Db,
  filter: AuditFilter = {},
  page: { readonly first?: number; readonly after?: string } = {},
): Promise<Result<Page<AuditRecord>, PageError>> {
  const request = readPageRequest(page);
  if (!request.ok) return request;
  const { first, after: cursor } = request.value;
  let q = db.selectFrom('audit_log');
  if (filter.actor) q = q.where('actor', '=', filter.actor);
  if (filter.from) q = q.where('at', '>=', filter.from);
  if (filter.to) q = q.where('at', '<', filter.to);
  if (filter.excludeEntityTypes?.length) q = q.where('entity_type', 'not in', filter.excludeEntityTypes);
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
  const rows = await rowsQuery
    .orderBy('at')
    .orderBy('id')
    .limit(first + 1)
    .execute();
  const items = rows.slice(0, first);
  const last = items.at(-1);
  return ok({
    items: items.map(auditFromRow),
    totalCount: Number(total.n),
    pageInfo: { hasNextPage: rows.length > first, endCursor: last ? pageCursor(last.at, last.id) : null },
  });
}
