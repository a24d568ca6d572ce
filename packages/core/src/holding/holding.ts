import type { HoldingId, PersonId, PostId, SourceId, TermId } from '../shared/ids.js';
import type { Validity } from '../time/validity.js';
import type { Organization } from '../organization/organization.js';
import type { Person } from '../person/person.js';
import type { Post } from '../post/post.js';
import type { Unit } from '../unit/unit.js';

/** A person holding a post over a validity, within a term. One person may hold several posts at once. */
export interface Holding {
  readonly id: HoldingId;
  readonly personId: PersonId;
  readonly postId: PostId;
  readonly termId: TermId | null;
  readonly validity: Validity;
  readonly sourceId: SourceId;
}

/** A holding with what it is about: who holds which post in which organization at which unit. */
export interface HeldPost {
  readonly holding: Holding;
  readonly person: Person;
  readonly post: Post;
  readonly organization: Organization;
  readonly unit: Unit;
}
