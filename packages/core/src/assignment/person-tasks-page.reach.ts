import type { HeldPost } from '../holding/holding.js';
import type { OrganizationId, PersonId, PostId } from '../shared/ids.js';

/** The keys by which assignments reach a person on a date: their id, the posts they hold, the bodies they head. */
export interface Reach {
  readonly personId: PersonId;
  readonly postIds: readonly PostId[];
  readonly orgIds: readonly OrganizationId[];
}

/** The keys by which assignments reach a person, from the posts they hold on the date (each key once). */
export function reachOf(personId: PersonId, held: readonly HeldPost[]): Reach {
  return {
    personId,
    postIds: [...new Set(held.map((h) => h.post.id))],
    orgIds: [...new Set(held.filter((h) => h.post.heads).map((h) => h.organization.id))],
  };
}
