import type { PersonId, SourceId } from '../shared/ids.js';

/** A person who holds or held posts. Names are kept as written, with diacritics. */
export interface Person {
  readonly id: PersonId;
  readonly fullName: string;
  readonly sourceId: SourceId;
}
