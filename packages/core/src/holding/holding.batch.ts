import { POST_TYPES, isPostType } from '../catalog/post-type.js';
import { groupBy, inKeyOrder } from '../shared/group-by.js';
import type { HoldingId, OrganizationId, PersonId, PostId } from '../shared/ids.js';
import type { Db } from '../store/database.js';
import { validOn } from '../store/validity.mapper.js';
import type { IsoDate } from '../time/iso-date.js';
import type { Holding } from './holding.js';
import { holdingFromRow } from './holding.mapper.js';
import { postFromRow } from '../post/post.mapper.js';
import type { Post } from '../post/post.js';

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
  return (await heldPostsOfOrganizationsOn(db, organizationIds, date)).map((held) => held.map((h) => h.holding));
}

/** A holding with the post it is of, read together. */
export interface HoldingOfPost {
  readonly holding: Holding;
  readonly post: Post;
}

/**
 * As `holdingsOfOrganizationsOn`, each holding with its post, read by the same statement (the post's row is
 * joined anyway to find its organization): a caller that shows the posts needs no read of its own for them.
 *
 * @example
 * const [held] = await heldPostsOfOrganizationsOn(db, [frontCommittee], isoDate('2023-06-01'));
 * held.map((h) => `${h.post.title}: ${h.holding.personId}`);
 */
export async function heldPostsOfOrganizationsOn(
  db: Db,
  organizationIds: readonly OrganizationId[],
  date: IsoDate,
): Promise<HoldingOfPost[][]> {
  if (organizationIds.length === 0) return [];
  const rows = await db
    .selectFrom('holding as h')
    .innerJoin('post as p', 'p.id', 'h.post_id')
    .selectAll('h')
    .select([
      'p.organization_id',
      'p.type as post_type',
      'p.title as post_title',
      'p.seats as post_seats',
      'p.valid_from as post_valid_from',
      'p.valid_to as post_valid_to',
      'p.source_id as post_source_id',
    ])
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
    return group
      .sort((a, b) => Number(isHead(b.post_type)) - Number(isHead(a.post_type)))
      .map((r) => ({
        holding: holdingFromRow(r),
        post: postFromRow({
          id: r.post_id,
          organization_id: r.organization_id,
          type: r.post_type,
          title: r.post_title,
          seats: r.post_seats,
          valid_from: r.post_valid_from,
          valid_to: r.post_valid_to,
          source_id: r.post_source_id,
        }),
      }));
  });
}

const isHead = (type: string) => isPostType(type) && POST_TYPES[type].heads;
