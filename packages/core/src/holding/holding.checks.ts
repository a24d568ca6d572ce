import { refuse } from '../shared/core-error.js';
import type { OrganizationId } from '../shared/ids.js';
import { overlaps, type Validity } from '../time/validity.js';
import type { Post } from '../post/post.js';
import { holdingTermMismatch } from './holding.errors.js';
import type { Term } from './term.js';

/**
 * Refuses a holding's term unless it belongs to the post's organization (or to no body: a general term) and
 * shares at least one day with the holding: a residential area's 2026 holding cannot name the provincial
 * Party committee's 2015–2020 term. `ownerName` names the term's body in the refusal. Used by `assignHolding`
 * and the bulk loader alike.
 */
export function checkHoldingTerm(
  term: Term,
  post: Post,
  postName: string,
  validity: Validity,
  ownerName: (id: OrganizationId) => string | undefined,
): void {
  const owner = term.organizationId === null ? null : (ownerName(term.organizationId) ?? term.organizationId);
  if (term.organizationId !== null && term.organizationId !== post.organizationId) {
    refuse(holdingTermMismatch(term, owner, 'organization', postName, post.id, validity));
  }
  if (!overlaps(term.validity, validity)) refuse(holdingTermMismatch(term, owner, 'days', postName, post.id, validity));
}
