import { invalidRange, notFound, type InvalidRangeError, type NotFoundError, type TextTooLongError } from '../shared/common.errors.js';
import { checkTextLength } from '../shared/text-limits.js';
import { refuse } from '../shared/core-error.js';
import { newId, type OrganizationId, type SourceId, type TermId } from '../shared/ids.js';
import type { Result } from '../shared/result.js';
import { requireSource } from '../source/require-source.js';
import type { Db, TermTable } from '../store/database.js';
import { runWrite } from '../store/run-write.js';
import { validityFromRow, validityToRow } from '../store/validity.mapper.js';
import { isProperRange, type Validity } from '../time/validity.js';
import { requireOrganization } from '../organization/organization.repository.js';
import type { Term } from './term.js';

/** Records a term of office. */
export async function createTerm(
  db: Db,
  input: { readonly id?: TermId; readonly organizationId?: OrganizationId | null; readonly label: string; readonly validity: Validity; readonly sourceId: SourceId },
): Promise<Result<Term, InvalidRangeError | NotFoundError | TextTooLongError>> {
  let unitId: string | null = null;
  return runWrite(db, async (trx) => {
    checkTextLength('label', input.label, 'termLabel');
    if (!isProperRange(input.validity)) refuse(invalidRange(`nhiệm kỳ ${input.label}`, input.validity));
    await requireSource(trx, input.sourceId);
    if (input.organizationId) unitId = (await requireOrganization(trx, input.organizationId)).unitId;
    const row: TermTable = {
      id: input.id ?? newId<TermId>('term'),
      organization_id: input.organizationId ?? null,
      label: input.label,
      ...validityToRow(input.validity),
      source_id: input.sourceId,
    };
    await trx.insertInto('term').values(row).execute();
    return termFromRow(row);
  }, (t) => ({ action: 'term.create', entityType: 'term', entityId: t.id, unitId, after: t }));
}

/** The term with that id, or a refusal. */
export async function requireTerm(trx: Db, id: TermId): Promise<Term> {
  const row = await trx.selectFrom('term').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) refuse(notFound('TERM.NOT_FOUND', id));
  return termFromRow(row);
}

/** The domain form of a stored term. */
export function termFromRow(row: TermTable): Term {
  return {
    id: row.id as TermId,
    organizationId: row.organization_id as OrganizationId | null,
    label: row.label,
    validity: validityFromRow(row),
    sourceId: row.source_id as SourceId,
  };
}
