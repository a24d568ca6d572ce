import { invalidRange, notFound } from '../shared/common.errors.js';
import { refuse } from '../shared/core-error.js';
import { newId, type HoldingId, type PersonId, type PostId, type SourceId, type TermId } from '../shared/ids.js';
import type { Result } from '../shared/result.js';
import { requireSource } from '../source/require-source.js';
import type { Db, HoldingTable } from '../store/database.js';
import { runWrite } from '../store/run-write.js';
import { overlapsRange, validityFromRow, validityToRow } from '../store/validity.mapper.js';
import type { IsoDate } from '../time/iso-date.js';
import { covers, holdsOn, isProperRange, type Validity } from '../time/validity.js';
import { getOrganization } from '../organization/organization.queries.js';
import { requireOrganization } from '../organization/organization.repository.js';
import { checkEventDate, type WriteClock } from '../shared/date-horizon.js';
import { checkHoldingTerm } from './holding.checks.js';
import { requirePerson } from '../person/person.repository.js';
import { requirePost } from '../post/post.repository.js';
import { requireTerm } from './term.repository.js';
import type { Holding } from './holding.js';
import { firstAssignmentResting } from '../assignment/assignment-basis.queries.js';
import { duplicateHolding, holdingEndOutside, holdingInUse, holdingOutsidePost, seatTaken, type HoldingWriteError } from './holding.errors.js';
import { holdingFromRow } from './holding.mapper.js';

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
 * Records that a person holds a post over a validity. A person may hold several posts at once; a post
 * with one seat cannot have two holders on the same day — that write is refused with both holders named.
 *
 * A term, when named, must be the post's organization's (or a general one) and share a day with the holding;
 * the holding may not start after today plus the event horizon (`clock`).
 *
 * @example
 * await assignHolding(db, { personId, postId, validity: validity(isoDate('2021-05-23')), sourceId });
 */
export async function assignHolding(db: Db, input: HoldingInput, clock: WriteClock = {}): Promise<Result<Holding, HoldingWriteError>> {
  let unitId: string | null = null;
  return runWrite(db, async (trx) => {
    await requireSource(trx, input.sourceId);
    const person = await requirePerson(trx, input.personId);
    const post = await requirePost(trx, input.postId);
    const org = await requireOrganization(trx, post.organizationId);
    unitId = org.unitId;
    const term = input.termId ? await requireTerm(trx, input.termId) : null;
    const postName = `${post.title} — ${org.name}`;
    if (!isProperRange(input.validity)) refuse(invalidRange(`việc giữ chức vụ ${postName}`, input.validity));
    checkEventDate('validFrom', input.validity.validFrom, clock);
    if (!covers(post.validity, input.validity)) refuse(holdingOutsidePost(postName, post.validity, input.validity));
    if (term) {
      const owner = term.organizationId && term.organizationId !== post.organizationId ? await getOrganization(trx, term.organizationId) : undefined;
      checkHoldingTerm(term, post, postName, input.validity, (id) => (id === org.id ? org.name : owner?.name));
    }

    const others = await trx
      .selectFrom('holding')
      .innerJoin('person', 'person.id', 'holding.person_id')
      .selectAll('holding')
      .select('person.full_name')
      .where('holding.post_id', '=', post.id)
      .where((eb) => overlapsRange(eb, 'holding', input.validity))
      .execute();
    const same = others.find((o) => o.person_id === person.id);
    if (same) refuse(duplicateHolding(person.fullName, postName, same.id, validityFromRow(same)));
    if (post.seats !== null && maxConcurrent(others, validityToRow(input.validity)) + 1 > post.seats) {
      const holders = others.map((o) => ({ personId: o.person_id, fullName: o.full_name, validity: validityFromRow(o) }));
      refuse(seatTaken(postName, post.seats, { fullName: person.fullName, validity: input.validity }, holders, post.id));
    }

    const row: HoldingTable = {
      id: input.id ?? newId<HoldingId>('holding'),
      person_id: person.id,
      post_id: post.id,
      term_id: input.termId ?? null,
      ...validityToRow(input.validity),
      source_id: input.sourceId,
    };
    await trx.insertInto('holding').values(row).execute();
    return holdingFromRow(row);
  }, (h) => ({ action: 'holding.create', entityType: 'holding', entityId: h.id, unitId, after: h }));
}

/**
 * Ends a holding on `date` (the holder's last day is the day before), not after today plus the event horizon
 * (`clock`). Audited under the unit of the post's organization. Refused (`HOLDING.IN_USE`) when a task was
 * given to the holder through the post on or after `date`: that decision stood on the holding.
 */
export async function endHolding(
  db: Db,
  input: { readonly holdingId: HoldingId; readonly date: IsoDate },
  clock: WriteClock = {},
): Promise<Result<Holding, HoldingWriteError>> {
  let before: Holding | undefined;
  let unitId: string | null = null;
  return runWrite(db, async (trx) => {
    const row = await trx
      .selectFrom('holding')
      .innerJoin('post', 'post.id', 'holding.post_id')
      .innerJoin('organization', 'organization.id', 'post.organization_id')
      .selectAll('holding')
      .select('organization.unit_id')
      .where('holding.id', '=', input.holdingId)
      .executeTakeFirst();
    if (!row) refuse(notFound('HOLDING.NOT_FOUND', input.holdingId));
    const { unit_id, ...holding } = row;
    unitId = unit_id;
    before = holdingFromRow(holding);
    const current = validityFromRow(holding);
    checkEventDate('on', input.date, clock);
    if (!holdsOn(current, input.date) || current.validFrom === input.date) refuse(holdingEndOutside(input.date, current));
    const basis = { kind: 'holding', personId: holding.person_id, postId: holding.post_id, validFrom: holding.valid_from, validTo: holding.valid_to } as const;
    const used = await firstAssignmentResting(trx, basis, input.date);
    if (used) {
      const [person, post] = await Promise.all([requirePerson(trx, holding.person_id as PersonId), requirePost(trx, holding.post_id as PostId)]);
      refuse(holdingInUse(person.fullName, post.title, input.date, holding.id, used));
    }
    await trx.updateTable('holding').set({ valid_to: input.date }).where('id', '=', holding.id).execute();
    return holdingFromRow({ ...holding, valid_to: input.date });
  }, (h) => ({ action: 'holding.end', entityType: 'holding', entityId: h.id, unitId, before, after: h }));
}

/** The largest number of the given stored ranges that share one day inside `window` (the seats a post's holders fill at once). */
export function maxConcurrent(ranges: readonly { valid_from: string; valid_to: string }[], window: { valid_from: string; valid_to: string }): number {
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
