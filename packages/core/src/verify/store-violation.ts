import type { Texts } from '../shared/lang.js';

/** The invariants `verifyStore` checks, one code each. */
export type StoreCheck =
  | 'HOLDING.SEATS_EXCEEDED'
  | 'HOLDING.DUPLICATE'
  | 'HOLDING.OUTSIDE_POST'
  | 'POST.OUTSIDE_ORGANIZATION'
  | 'UNIT.CODE_SHARED'
  | 'UNIT.CLOSURE_MISMATCH'
  | 'PERSON.NAMES_BROKEN'
  | 'ASSIGNMENT.EVENTS_BROKEN'
  | 'ASSIGNMENT.BASIS_GONE'
  | 'ASSIGNMENT.ANCESTORS_MISMATCH'
  | 'AUDIT.MISSING_ENTRIES'
  | 'STORE.INDEX_MISSING';

/**
 * One broken invariant: which, what is wrong (in Vietnamese, naming the records; `texts` in both languages when
 * the check wrote both, read with `messageIn(violation, lang)`), and the ids of the records.
 */
export interface StoreViolation {
  readonly check: StoreCheck;
  readonly message: string;
  readonly texts?: Texts;
  readonly records: readonly string[];
}

/** A violation written in both languages (its `message` is the Vietnamese). */
export function violation(check: StoreCheck, texts: Texts, records: readonly string[]): StoreViolation {
  return { check, message: texts.vi, texts, records };
}
