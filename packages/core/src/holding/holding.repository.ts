import { writeSingle } from '../bulk/bulk-records.js';
import { notFound } from '../shared/common.errors.js';
import { refuse } from '../shared/core-error.js';
import type { HoldingId, PersonId, PostId } from '../shared/ids.js';
import type { Result } from '../shared/result.js';
import type { Db } from '../store/database.js';
import { runWrite } from '../store/run-write.js';
import { validityFromRow } from '../store/validity.mapper.js';
import type { IsoDate } from '../time/iso-date.js';
import { holdsOn } from '../time/validity.js';
import { checkEventDate, type WriteClock } from '../shared/date-horizon.js';
import { requirePerson } from '../person/person.repository.js';
import { requirePost } from '../post/post.repository.js';
import type { Holding } from './holding.js';
import type { HoldingInput } from './holding.checks.js';
import { firstAssignmentResting } from '../assignment/assignment-basis.queries.js';
import { holdingEndOutside, holdingInUse, type HoldingWriteError } from './holding.errors.js';
import { holdingFromRow } from './holding.mapper.js';

export { maxConcurrent, type HoldingInput } from './holding.checks.js';

/**
 * Records that a person holds a post over a validity (checked by `checkHolding`, written as a batch of one). A
 * person may hold several posts at once; a post with one seat cannot have two holders on the same day — that
 * write is refused with both holders named.
 *
 * A term, when named, must be the post's organization's (or a general one) and share a day with the holding;
 * the holding may not start after today plus the event horizon (`clock`).
 *
 * @example
 * await assignHolding(db, { personId, postId, validity: validity(isoDate('2021-05-23')), sourceId });
 */
export async function assignHolding(db: Db, input: HoldingInput, clock: WriteClock = {}): Promise<Result<Holding, HoldingWriteError>> {
  let unitId: string | null = null;
  return runWrite(
    db,
    async (trx) => {
      const ctx = await writeSingle(db, trx, { holdings: [input] }, { clock });
      const row = ctx.rows.holding[0]!;
      unitId = ctx.organizations.get(ctx.posts.get(row.post_id)!.organization_id)!.unit_id;
      return holdingFromRow(row);
    },
    (h) => ({ action: 'holding.create', entityType: 'holding', entityId: h.id, unitId, after: h }),
  );
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
  return runWrite(
    db,
    async (trx) => {
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
      const basis = {
        kind: 'holding',
        personId: holding.person_id,
        postId: holding.post_id,
        validFrom: holding.valid_from,
        validTo: holding.valid_to,
      } as const;
      const used = await firstAssignmentResting(trx, basis, input.date);
      if (used) {
        const [person, post] = await Promise.all([
          requirePerson(trx, holding.person_id as PersonId),
          requirePost(trx, holding.post_id as PostId),
        ]);
        refuse(holdingInUse(person.fullName, post.title, input.date, holding.id, used));
      }
      await trx.updateTable('holding').set({ valid_to: input.date }).where('id', '=', holding.id).execute();
      return holdingFromRow({ ...holding, valid_to: input.date });
    },
    (h) => ({ action: 'holding.end', entityType: 'holding', entityId: h.id, unitId, before, after: h }),
  );
}
