import { checkValidityDates, required, type BulkContext } from '../bulk/bulk-context.js';
import { invalidRange } from '../shared/common.errors.js';
import { refuse } from '../shared/core-error.js';
import { newId, type OrganizationId, type SourceId, type TermId } from '../shared/ids.js';
import { checkTextLength } from '../shared/text-limits.js';
import type { TermTable } from '../store/database.js';
import { validityToRow } from '../store/validity.mapper.js';
import { isProperRange, type Validity } from '../time/validity.js';

/** A term of office to record (the input `createTerm` takes). */
export interface TermInput {
  readonly id?: TermId;
  readonly organizationId?: OrganizationId | null;
  readonly label: string;
  readonly validity: Validity;
  readonly sourceId: SourceId;
}

/**
 * Checks a term of office — a label within its limit, a proper validity, a recorded source, an organization
 * that exists when one is named — and adds its row. `createTerm` and the bulk loader both come here.
 */
export function checkTerm(ctx: BulkContext, input: TermInput): void {
  const id = ctx.claimId<TermId>('term', input.id ?? newId<TermId>('term'));
  checkTextLength('label', input.label, 'termLabel');
  checkValidityDates('validity', input.validity);
  if (!isProperRange(input.validity))
    refuse(invalidRange({ vi: `nhiệm kỳ ${input.label}`, en: `the term ${input.label}` }, input.validity));
  ctx.requireSource(input.sourceId);
  if (input.organizationId) required(ctx.organization(input.organizationId), 'ORGANIZATION.NOT_FOUND', input.organizationId);
  const row: TermTable = {
    id,
    organization_id: input.organizationId ?? null,
    label: input.label,
    ...validityToRow(input.validity),
    source_id: input.sourceId,
  };
  ctx.rows.term.push(row);
  ctx.terms.set(id, row);
}
