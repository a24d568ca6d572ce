import type { PersonId, SourceId } from '../shared/ids.js';
import type { PersonNameTable } from '../store/database.js';
import { validityFromRow } from '../store/validity.mapper.js';
import { ALWAYS } from '../time/validity.js';
import type { PersonName } from './person-name.js';
import type { Person } from './person.js';

/** The domain form of a stored name. */
export function personNameFromRow(row: PersonNameTable): PersonName {
  return {
    personId: row.person_id as PersonId,
    name: row.name,
    kind: row.kind,
    validity: validityFromRow(row),
    sourceId: row.source_id as SourceId,
    recordedAt: row.recorded_at,
  };
}

/** The history of a person never corrected: their one name, current on every day. */
export function onlyName(person: Person): PersonName {
  return { personId: person.id, name: person.fullName, kind: 'name', validity: ALWAYS, sourceId: person.sourceId, recordedAt: null };
}
