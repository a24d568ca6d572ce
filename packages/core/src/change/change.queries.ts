import { sql } from 'kysely';
import type { UnitId } from '../shared/ids.js';
import type { Db } from '../store/database.js';
import type { ChangeRecord } from './change.js';

/** Which changes to read: after a position, concerning a unit's subtree, of some kinds. */
export interface ChangeFilter {
  /** Positions strictly above this one (0: from the start of the feed). */
  readonly after: number;
  /** Changes concerning this unit or any unit that lies, or lay, below it. */
  readonly withinUnitId?: UnitId;
  /**
   * Actions or their prefixes: `holding` matches `holding.create` and `holding.end`, `assignment.status`
   * every status change, `holding.end` only itself.
   */
  readonly kinds?: readonly string[];
  /** Leaves out changes to records of these types (the API hides `api_token` from all but admin tokens). */
  readonly excludeEntityTypes?: readonly string[];
  /** At most this many (default 100). */
  readonly first?: number;
}

/**
 * Committed changes in commit order, after a position: what a follower of the feed reads each time it is told
 * of a commit. Positions are in commit order on both databases (see `claimFeedPositions`), so reading from
 * the last position seen misses nothing and repeats nothing.
 *
 * @example
 * const changes = await readChanges(db, { after: 0, kinds: ['holding'], first: 50 });
 */
export async function readChanges(db: Db, filter: ChangeFilter): Promise<ChangeRecord[]> {
  let q = db
    .selectFrom('audit_log')
    .select(['seq', 'action', 'entity_type', 'entity_id', 'unit_id', 'at', 'actor'])
    .where('seq', '>', filter.after);
  if (filter.withinUnitId) {
    q = q.where('unit_id', 'in', db.selectFrom('unit_closure').select('descendant_id').where('ancestor_id', '=', filter.withinUnitId));
  }
  const kinds = filter.kinds;
  if (kinds) {
    // A prefix is compared with substr, not LIKE: `_` in `api_token` would be a wildcard.
    q = q.where((eb) =>
      eb.or(kinds.flatMap((kind) => [eb('action', '=', kind), eb(sql`substr(action, 1, ${kind.length + 1})`, '=', `${kind}.`)])),
    );
  }
  if (filter.excludeEntityTypes?.length) q = q.where('entity_type', 'not in', filter.excludeEntityTypes);
  const rows = await q
    .orderBy('seq')
    .limit(filter.first ?? 100)
    .execute();
  return rows.map((r) => ({
    position: Number(r.seq),
    action: r.action,
    entityType: r.entity_type,
    entityId: r.entity_id,
    unitId: r.unit_id as UnitId | null,
    at: r.at,
    actor: r.actor,
  }));
}

/** The position of the last committed change (0 for an empty feed): a follower with no cursor starts there. */
export async function latestChangePosition(db: Db): Promise<number> {
  const row = await db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.max('seq').as('last'))
    .executeTakeFirst();
  return Number(row?.last ?? 0);
}
