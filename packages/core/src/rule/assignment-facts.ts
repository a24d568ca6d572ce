import type { HeldPost } from '../holding/holding.js';
import type { Organization } from '../organization/organization.js';
import type { Person } from '../person/person.js';
import type { Post } from '../post/post.js';
import type { UnitId } from '../shared/ids.js';
import type { Unit } from '../unit/unit.js';
import type { AssignmentRequest } from './assignment-request.js';

/** One way the assignee can be read: as an organization, a post, or a person through a post they hold. */
export interface AssigneeCandidate {
  readonly organization: Organization;
  readonly unit: Unit;
  readonly post: Post | null;
  /** Set when the assignee is a person: the holding that makes this candidate. */
  readonly held: HeldPost | null;
}

/** What the store knows about a request on its date: everything a rule needs, so rules run in memory. */
export interface AssignmentFacts {
  readonly request: AssignmentRequest;
  readonly assigner: { readonly organization: Organization; readonly unit: Unit; readonly post: Post | null; readonly label: string };
  readonly assignee: { readonly label: string; readonly person: Person | null; readonly candidates: readonly AssigneeCandidate[] };
  readonly place: Unit | null;
  /** For each unit of interest, its ancestors on the date with their distance (0 for itself). */
  readonly ancestry: ReadonlyMap<UnitId, ReadonlyMap<UnitId, number>>;
  /** Why the request cannot be considered at all on its date (a body not in force, a term ended…). */
  readonly preconditionFailures: readonly string[];
  /** The same, in English. */
  readonly preconditionFailuresEn: readonly string[];
}

/** The distance from `ancestor` down to `unit` on the request's date (0: the same unit), or `undefined`. */
export function depthBelow(facts: AssignmentFacts, unit: UnitId, ancestor: UnitId): number | undefined {
  return facts.ancestry.get(unit)?.get(ancestor);
}
