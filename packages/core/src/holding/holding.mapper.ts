import type { HoldingId, PersonId, PostId, SourceId, TermId } from '../shared/ids.js';
import type { HoldingTable } from '../store/database.js';
import { validityFromRow } from '../store/validity.mapper.js';
import type { Holding } from './holding.js';

/** The domain form of a stored holding. */
export function holdingFromRow(row: HoldingTable): Holding {
  return {
    id: row.id as HoldingId,
    personId: row.person_id as PersonId,
    postId: row.post_id as PostId,
    termId: row.term_id as TermId | null,
    validity: validityFromRow(row),
    sourceId: row.source_id as SourceId,
  };
}
