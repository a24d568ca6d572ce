import { checkValidityDates, required, type BulkContext } from '../bulk/bulk-context.js';
import { invalidRange } from '../shared/common.errors.js';
import { refuse } from '../shared/core-error.js';
import { checkEventDate } from '../shared/date-horizon.js';
import { newId, type HoldingId, type OrganizationId, type PersonId, type PostId, type SourceId, type TermId } from '../shared/ids.js';
import type { HoldingTable } from '../store/database.js';
import { validityFromRow, validityToRow } from '../store/validity.mapper.js';
import { covers, isProperRange, overlaps, type Validity } from '../time/validity.js';
import type { Post } from '../post/post.js';
import { duplicateHolding, holdingOutsidePost, holdingTermMismatch, seatTaken } from './holding.errors.js';
import { termFromRow } from './term.mapper.js';
import type { Term } from './term.js';

/** A holding to record. */
export interface HoldingInput {
  readonly id?: HoldingId;
  readonly personId: PersonId;
  readonly postId: PostId;
  readonly termId?: TermId | null;
  readonly validity: Validity;
  readonly sourceId: SourceId;
}

/**
 * Checks a holding — within its post's validity, starting no later than the event horizon, a term of the
 * post's organization, not the same person twice on the same days, and no more holders at once than the post
 * has seats (stored holders and those accepted before it counted) — and adds its row. `assignHolding` and the
 * bulk loader both come here.
 */
export function checkHolding(ctx: BulkContext, input: HoldingInput): void {
  const id = ctx.claimId<HoldingId>('holding', input.id ?? newId<HoldingId>('holding'));
  ctx.requireSource(input.sourceId);
  const person = required(ctx.person(input.personId), 'PERSON.NOT_FOUND', input.personId);
  const post = required(ctx.post(input.postId), 'POST.NOT_FOUND', input.postId);
  const org = required(ctx.organization(post.organizationId), 'ORGANIZATION.NOT_FOUND', post.organizationId);
  const termRow = input.termId ? required(ctx.terms.get(input.termId), 'TERM.NOT_FOUND', input.termId) : undefined;
  checkValidityDates('validity', input.validity);
  const postName = `${post.title} — ${org.name}`;
  if (!isProperRange(input.validity))
    refuse(invalidRange({ vi: `việc giữ chức vụ ${postName}`, en: `the holding of the post ${postName}` }, input.validity));
  checkEventDate('validFrom', input.validity.validFrom, ctx.clock);
  if (!covers(post.validity, input.validity)) refuse(holdingOutsidePost(postName, post.validity, input.validity));
  if (termRow) checkHoldingTerm(termFromRow(termRow), post, postName, input.validity, (id) => ctx.organization(id)?.name);

  const days = validityToRow(input.validity);
  const others = (ctx.holdingsByPost.get(post.id) ?? []).filter((o) => o.valid_from < days.valid_to && o.valid_to > days.valid_from);
  const same = others.find((o) => o.person_id === person.id);
  if (same) refuse(duplicateHolding(person.fullName, postName, same.id, validityFromRow(same)));
  if (post.seats !== null && others.length >= post.seats && maxConcurrent(others, days) + 1 > post.seats) {
    const holders = others.map((o) => ({ personId: o.person_id, fullName: o.full_name, validity: validityFromRow(o) }));
    refuse(seatTaken(postName, post.seats, { fullName: person.fullName, validity: input.validity }, holders, post.id));
  }

  const row: HoldingTable = {
    id,
    person_id: person.id,
    post_id: post.id,
    term_id: input.termId ?? null,
    ...days,
    source_id: input.sourceId,
  };
  ctx.rows.holding.push(row);
  push(ctx.holdingsByPost, post.id, { ...row, full_name: person.fullName });
  push(ctx.holdingsByPerson, person.id, row);
}

/**
 * Refuses a holding's term unless it belongs to the post's organization (or to no body: a general term) and
 * shares at least one day with the holding: a residential area's 2026 holding cannot name the provincial
 * Party committee's 2015–2020 term. `ownerName` names the term's body in the refusal.
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

/** The largest number of the given stored ranges that share one day inside `window` (the seats a post's holders fill at once). */
export function maxConcurrent(
  ranges: readonly { valid_from: string; valid_to: string }[],
  window: { valid_from: string; valid_to: string },
): number {
  const events: [string, number][] = [];
  for (const r of ranges) {
    const from = r.valid_from > window.valid_from ? r.valid_from : window.valid_from;
    const to = r.valid_to < window.valid_to ? r.valid_to : window.valid_to;
    if (from < to) events.push([from, 1], [to, -1]);
  }
  // Ends sort before starts on the same day: a holding ending on D and one starting on D do not overlap.
  events.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));
  let current = 0;
  let max = 0;
  for (const [, delta] of events) {
    current += delta;
    max = Math.max(max, current);
  }
  return max;
}

function push<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
