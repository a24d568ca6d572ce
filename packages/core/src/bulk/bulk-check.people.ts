import { duplicateHolding, holdingOutsidePost, seatTaken } from '../holding/holding.errors.js';
import type { HoldingInput } from '../holding/holding.repository.js';
import { personRow, type PersonInput } from '../person/person.repository.js';
import { checkHoldingTerm } from '../holding/holding.checks.js';
import { termFromRow } from '../holding/term.repository.js';
import { invalidRange } from '../shared/common.errors.js';
import { refuse } from '../shared/core-error.js';
import { checkEventDate } from '../shared/date-horizon.js';
import { checkTextLength } from '../shared/text-limits.js';
import { newId, type HoldingId, type PersonId, type TermId } from '../shared/ids.js';
import type { HoldingTable, TermTable } from '../store/database.js';
import { validityFromRow, validityToRow } from '../store/validity.mapper.js';
import { covers, isProperRange } from '../time/validity.js';
import type { TermInput } from './bulk-batch.js';
import { checkValidityDates, required, type BulkContext } from './bulk-context.js';
import { maxConcurrent } from '../holding/holding.repository.js';

/** Checks a person as `createPerson` does (its row builder): a name that is not blank (spaces collapsed), within its limit. */
export function checkPerson(ctx: BulkContext, input: PersonInput): void {
  const id = ctx.claimId<PersonId>('person', input.id ?? newId<PersonId>('person'));
  const row = personRow(id, input);
  ctx.requireSource(input.sourceId);
  ctx.rows.person.push(row);
  ctx.people.set(id, row);
}

/** Checks a term of office as `createTerm` does. */
export function checkTerm(ctx: BulkContext, input: TermInput): void {
  const id = ctx.claimId<TermId>('term', input.id ?? newId<TermId>('term'));
  checkTextLength('label', input.label, 'termLabel');
  checkValidityDates('validity', input.validity);
  if (!isProperRange(input.validity)) refuse(invalidRange(`nhiệm kỳ ${input.label}`, input.validity));
  ctx.requireSource(input.sourceId);
  if (input.organizationId) required(ctx.organization(input.organizationId), 'ORGANIZATION.NOT_FOUND', input.organizationId);
  const row: TermTable = { id, organization_id: input.organizationId ?? null, label: input.label, ...validityToRow(input.validity), source_id: input.sourceId };
  ctx.rows.term.push(row);
  ctx.terms.set(id, row);
}

/**
 * Checks a holding as `assignHolding` does: within its post's validity, starting no later than the event
 * horizon, a term of the post's organization, not the same person twice on the same days, and no more
 * holders at once than the post has seats (stored holders and the batch's counted).
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
  if (!isProperRange(input.validity)) refuse(invalidRange(`việc giữ chức vụ ${postName}`, input.validity));
  checkEventDate('validFrom', input.validity.validFrom);
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

  const row: HoldingTable = { id, person_id: person.id, post_id: post.id, term_id: input.termId ?? null, ...days, source_id: input.sourceId };
  ctx.rows.holding.push(row);
  push(ctx.holdingsByPost, post.id, { ...row, full_name: person.fullName });
  push(ctx.holdingsByPerson, person.id, row);
}

function push<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
