import type { OrganizationId, PersonId } from '../shared/ids.js';
import type { Db } from '../store/database.js';
import { validityFromRow } from '../store/validity.mapper.js';
import type { Validity } from '../time/validity.js';

/** An organization a person held a post in, over the days of that holding. */
export interface HeldIn {
  readonly organizationId: OrganizationId;
  readonly validity: Validity;
}

/**
 * The organizations of every post a person holds or held, one entry per holding, the latest first: who may
 * vouch for the person (the API lets a token whose subtree holds one of them correct the person's name).
 *
 * @example
 * const [latest] = await organizationsHeldIn(db, personId);
 */
export async function organizationsHeldIn(db: Db, personId: PersonId): Promise<HeldIn[]> {
  const rows = await db
    .selectFrom('holding')
    .innerJoin('post', 'post.id', 'holding.post_id')
    .select(['post.organization_id', 'holding.valid_from', 'holding.valid_to'])
    .where('holding.person_id', '=', personId)
    .orderBy('holding.valid_from', 'desc')
    .orderBy('holding.id')
    .execute();
  return rows.map((r) => ({ organizationId: r.organization_id as OrganizationId, validity: validityFromRow(r) }));
}
