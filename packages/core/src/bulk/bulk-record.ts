/** The kinds of record a batch holds, in the order they are checked and written. */
export const BULK_RECORD_KINDS = ['unit', 'person', 'organization', 'post', 'term', 'holding', 'directive', 'task', 'assignment'] as const;

/** A kind of record in a batch. */
export type BulkRecordKind = (typeof BULK_RECORD_KINDS)[number];

/** Which record of a batch a refusal is about: its kind, its position in its list (from 0) and its id. */
export interface BulkRecordRef {
  readonly kind: BulkRecordKind;
  readonly index: number;
  readonly id: string | null;
}
