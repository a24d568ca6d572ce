import type { OrganizationId, SourceId, TermId } from '../shared/ids.js';
import type { TermTable } from '../store/database.js';
import { validityFromRow } from '../store/validity.mapper.js';
import type { Term } from './term.js';

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
