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
  | 'AUDIT.MISSING_ENTRIES';

/** One broken invariant: which, what is wrong (in Vietnamese, naming the records), and the ids of the records. */
export interface StoreViolation {
  readonly check: StoreCheck;
  readonly message: string;
  readonly records: readonly string[];
}
