import { groupBy, inKeyOrder } from '../shared/group-by.js';
import type { OrganizationId, PostId } from '../shared/ids.js';
import type { Db } from '../store/database.js';
import { validOn } from '../store/validity.mapper.js';
import type { IsoDate } from '../time/iso-date.js';
import type { Post } from './post.js';
import { postFromRow } from './post.mapper.js';

/** Posts by id, in key order (`undefined` where none exists), in one query. */
export async function getPosts(db: Db, ids: readonly PostId[]): Promise<(Post | undefined)[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('post').selectAll().where('id', 'in', ids).execute();
  return inKeyOrder(ids, rows.map(postFromRow), (p) => p.id);
}

/**
 * The posts of each organization on a date, heads first, in key order, in one query (for DataLoaders).
 *
 * @example
 * const [frontPosts] = await postsOfOrganizationsOn(db, [chiemHoaFrontCommittee], isoDate('2023-06-01'));
 */
export async function postsOfOrganizationsOn(db: Db, organizationIds: readonly OrganizationId[], date: IsoDate): Promise<Post[][]> {
  if (organizationIds.length === 0) return [];
  const rows = await db
    .selectFrom('post')
    .selectAll()
    .where('organization_id', 'in', organizationIds)
    .where((eb) => validOn(eb, 'post', date))
    .orderBy('id')
    .execute();
  const byOrganization = groupBy(rows, (r) => r.organization_id, postFromRow);
  return organizationIds.map((id) => (byOrganization.get(id) ?? []).sort((a, b) => Number(b.heads) - Number(a.heads)));
}
