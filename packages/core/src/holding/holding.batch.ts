import { POST_TYPES, isPostType } from '../catalog/post-type.js';
import { groupBy, inKeyOrder } from '../shared/group-by.js';
import type { HoldingId, OrganizationId, PersonId, PostId } from '../shared/ids.js';
import type { Db } from '../store/database.js';
import { validOn } from '../store/validity.mapper.js';
import type { IsoDate } from '../time/iso-date.js';
import type { Holding } from './holding.js';
import { holdingFromRow } from './holding.mapper.js';

/** Holdings by id, in key order (`undefined` where none exists), in one query. */
export async function getHoldings(db: Db, ids: readonly HoldingId[]): Promise<(Holding | undefined)[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('holding').selectAll().where('id', 'in', ids).execute();
  return inKeyOrder(ids, rows.map(holdingFromRow), (h) => h.id);
}

/**
 * Who holds each post on a date, in key order, in one query (for DataLoaders).
 *
 * @example
 * const [chairs] = await holdingsOfPostsOn(db, [chairPost], isoDate('2023-06-01'));
 */
export async function holdingsOfPostsOn(db: Db, postIds: readonly PostId[], date: IsoDate): Promise<Holding[][]> {
  if (postIds.length === 0) return [];
  const rows = await db
    .selectFrom('holding')
    .selectAll()
    .where('post_id', 'in', postIds)
    .where((eb) => validOn(eb, 'holding', date))
    .orderBy('id')
    .execute();
  const byPost = groupBy(rows, (r) => r.post_id, holdingFromRow);
  return postIds.map((id) => byPost.get(id) ?? []);
}

/** The holdings of each person on a date (several at once: kiêm nhiệm), in key order, in one query. */
export async function holdingsOfPeopleOn(db: Db, personIds: readonly PersonId[], date: IsoDate): Promise<Holding[][]> {
  if (personIds.length === 0) return [];
  const rows = await db
    .selectFrom('holding')
    .selectAll()
    .where('person_id', 'in', personIds)
    .where((eb) => validOn(eb, 'holding', date))
    .orderBy('id')
    .execute();
  const byPerson = groupBy(rows, (r) => r.person_id, holdingFromRow);
  return personIds.map((id) => byPerson.get(id) ?? []);
}

/**
 * The holdings in each organization on a date, heads' posts first, in key order, in one query: who holds
 * which post there (officeHoldersOf for many organizations).
 */
export async function holdingsOfOrganizationsOn(db: Db, organizationIds: readonly OrganizationId[], date: IsoDate): Promise<Holding[][]> {
  if (organizationIds.length === 0) return [];
  const rows = await db
    .selectFrom('holding as h')
    .innerJoin('post as p', 'p.id', 'h.post_id')
    .selectAll('h')
    .select(['p.organization_id', 'p.type as post_type'])
    .where('p.organization_id', 'in', organizationIds)
    .where((eb) => validOn(eb, 'h', date))
    .orderBy('h.id')
    .execute();
  const byOrganization = groupBy(
    rows,
    (r) => r.organization_id,
    (r) => r,
  );
  return organizationIds.map((id) => {
    const group = byOrganization.get(id) ?? [];
    return group.sort((a, b) => Number(isHead(b.post_type)) - Number(isHead(a.post_type))).map(holdingFromRow);
  });
}

const isHead = (type: string) => isPostType(type) && POST_TYPES[type].heads;
