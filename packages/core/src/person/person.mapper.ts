import type { PersonId, SourceId } from '../shared/ids.js';
import type { PersonTable } from '../store/database.js';
import type { Person } from './person.js';

/** The domain form of a stored person. */
export function personFromRow(row: PersonTable): Person {
  return { id: row.id as PersonId, fullName: row.full_name, sourceId: row.source_id as SourceId };
}
