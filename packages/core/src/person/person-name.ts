import type { PersonId, SourceId } from '../shared/ids.js';
import type { Validity } from '../time/validity.js';

/**
 * What a recorded name of a person is: `name`, a name they bore over its validity (the current one is
 * open-ended), or `misspelling`, a spelling corrected away, kept with the validity it had been recorded with (it
 * was never their name: an old register may still spell them so).
 */
export type PersonNameKind = 'name' | 'misspelling';

/** One name of a person in their history, with where it comes from. */
export interface PersonName {
  readonly personId: PersonId;
  readonly name: string;
  readonly kind: PersonNameKind;
  readonly validity: Validity;
  readonly sourceId: SourceId;
  /** When the history recorded it (ISO timestamp); `null` for the one name of a person never corrected. */
  readonly recordedAt: string | null;
}
