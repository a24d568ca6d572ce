import { writeSingle } from '../bulk/bulk-records.js';
import { notFound, type InvalidRangeError, type NotFoundError, type TextTooLongError } from '../shared/common.errors.js';
import { refuse } from '../shared/core-error.js';
import type { TermId } from '../shared/ids.js';
import type { Result } from '../shared/result.js';
import type { Db } from '../store/database.js';
import { runWrite } from '../store/run-write.js';
import type { TermInput } from './term.checks.js';
import { termFromRow } from './term.mapper.js';
import type { Term } from './term.js';

export { termFromRow } from './term.mapper.js';

/** Records a term of office (checked by `checkTerm`, written as a batch of one), audited under its organization's unit. */
export async function createTerm(db: Db, input: TermInput): Promise<Result<Term, InvalidRangeError | NotFoundError | TextTooLongError>> {
  let unitId: string | null = null;
  return runWrite(
    db,
    async (trx) => {
      const ctx = await writeSingle(db, trx, { terms: [input] });
      if (input.organizationId) unitId = ctx.organizations.get(input.organizationId)?.unit_id ?? null;
      return termFromRow(ctx.rows.term[0]!);
    },
    (t) => ({ action: 'term.create', entityType: 'term', entityId: t.id, unitId, after: t }),
  );
}

/** The term with that id, or a refusal. */
export async function requireTerm(trx: Db, id: TermId): Promise<Term> {
  const row = await trx.selectFrom('term').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) refuse(notFound('TERM.NOT_FOUND', id));
  return termFromRow(row);
}
