import type { OrganizationId, PersonId, PostId } from '../shared/ids.js';
import type { Db } from '../store/database.js';
import { preparedQuery } from '../store/prepared-query.js';
import { validOn } from '../store/validity.mapper.js';
import type { IsoDate } from '../time/iso-date.js';
import type { HeldPost } from './holding.js';
import { heldPostFromRow } from './holding.mapper.js';

type Filter =
  | { readonly personIds: readonly PersonId[] }
  | { readonly postIds: readonly PostId[] }
  | { readonly organizationIds: readonly OrganizationId[] };

/** Holdings valid on `date`, each joined with its person, post, organization and unit, as one row. */
function heldPostsQuery(db: Db, date: IsoDate) {
  return db
    .selectFrom('holding as h')
    .innerJoin('person as pe', 'pe.id', 'h.person_id')
    .innerJoin('post as p', 'p.id', 'h.post_id')
    .innerJoin('organization as o', 'o.id', 'p.organization_id')
    .innerJoin('admin_unit as u', 'u.id', 'o.unit_id')
    .select([
      'h.id as h_id',
      'h.person_id as h_person_id',
      'h.post_id as h_post_id',
      'h.term_id as h_term_id',
      'h.valid_from as h_valid_from',
      'h.valid_to as h_valid_to',
      'h.source_id as h_source_id',
      'pe.full_name as pe_full_name',
      'pe.search_key as pe_search_key',
      'pe.source_id as pe_source_id',
      'p.organization_id as p_organization_id',
      'p.type as p_type',
      'p.title as p_title',
      'p.seats as p_seats',
      'p.valid_from as p_valid_from',
      'p.valid_to as p_valid_to',
      'p.source_id as p_source_id',
      'o.type as o_type',
      'o.unit_id as o_unit_id',
      'o.parent_id as o_parent_id',
      'o.name as o_name',
      'o.search_key as o_search_key',
      'o.valid_from as o_valid_from',
      'o.valid_to as o_valid_to',
      'o.end_reason as o_end_reason',
      'o.merged_into_id as o_merged_into_id',
      'o.source_id as o_source_id',
      'u.code as u_code',
      'u.kind as u_kind',
      'u.level as u_level',
      'u.name as u_name',
      'u.full_name as u_full_name',
      'u.search_key as u_search_key',
      'u.valid_from as u_valid_from',
      'u.valid_to as u_valid_to',
      'u.source_id as u_source_id',
    ])
    .where((eb) => validOn(eb, 'h', date));
}

// The single-key lookups run on every rule check and person listing: built and compiled once.
const heldByPerson = preparedQuery((db, personId: PersonId, date: IsoDate) =>
  heldPostsQuery(db, date).where('h.person_id', '=', personId).orderBy('h.id'),
);
const heldAtPost = preparedQuery((db, postId: PostId, date: IsoDate) =>
  heldPostsQuery(db, date).where('h.post_id', '=', postId).orderBy('h.id'),
);
const heldInOrganization = preparedQuery((db, organizationId: OrganizationId, date: IsoDate) =>
  heldPostsQuery(db, date).where('p.organization_id', '=', organizationId).orderBy('h.id'),
);

/** Holdings valid on `date` matching a filter, each with its person, post, organization and unit, in one query. */
async function heldPostsOn(db: Db, date: IsoDate, filter: Filter): Promise<HeldPost[]> {
  let q = heldPostsQuery(db, date);
  if ('personIds' in filter) q = q.where('h.person_id', 'in', filter.personIds);
  if ('postIds' in filter) q = q.where('h.post_id', 'in', filter.postIds);
  if ('organizationIds' in filter) q = q.where('p.organization_id', 'in', filter.organizationIds);
  return (await q.orderBy('h.id').execute()).map(heldPostFromRow);
}

/** Every post a person holds on a date: one person may hold several at once (kiêm nhiệm). */
export async function postsHeldBy(db: Db, personId: PersonId, date: IsoDate): Promise<HeldPost[]> {
  return (await heldByPerson(db, personId, date)).map(heldPostFromRow);
}

/** Who holds a post on a date. */
export async function holdersOf(db: Db, postId: PostId, date: IsoDate): Promise<HeldPost[]> {
  return (await heldAtPost(db, postId, date)).map(heldPostFromRow);
}

/** Who holds which post in an organization on a date, heads first. */
export async function officeHoldersOf(db: Db, organizationId: OrganizationId, date: IsoDate): Promise<HeldPost[]> {
  const held = (await heldInOrganization(db, organizationId, date)).map(heldPostFromRow);
  return held.sort((a, b) => Number(b.post.heads) - Number(a.post.heads));
}

/** The people who head an organization on a date (người đứng đầu). */
export async function headsOf(db: Db, organizationId: OrganizationId, date: IsoDate): Promise<HeldPost[]> {
  return (await officeHoldersOf(db, organizationId, date)).filter((h) => h.post.heads);
}

/** Who holds each of several posts on a date, in one query: post id → holdings. */
export async function holdersOfPosts(db: Db, postIds: readonly PostId[], date: IsoDate): Promise<Map<string, HeldPost[]>> {
  return groupHeld(postIds.length === 0 ? [] : await heldPostsOn(db, date, { postIds }), (h) => h.post.id);
}

/** The heads of each of several organizations on a date, in one query: organization id → holdings. */
export async function headsOfOrganizations(
  db: Db,
  organizationIds: readonly OrganizationId[],
  date: IsoDate,
): Promise<Map<string, HeldPost[]>> {
  const held = organizationIds.length === 0 ? [] : await heldPostsOn(db, date, { organizationIds });
  return groupHeld(
    held.filter((h) => h.post.heads),
    (h) => h.organization.id,
  );
}

function groupHeld(held: readonly HeldPost[], key: (h: HeldPost) => string): Map<string, HeldPost[]> {
  const map = new Map<string, HeldPost[]>();
  for (const h of held) map.set(key(h), [...(map.get(key(h)) ?? []), h]);
  return map;
}
