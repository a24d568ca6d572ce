import type { AssignmentInput } from '../assignment/assignment.checks.js';
import type { DirectiveInput } from '../directive/directive.checks.js';
import type { HoldingInput } from '../holding/holding.checks.js';
import type { TermInput } from '../holding/term.checks.js';
import type { OrganizationInput } from '../organization/organization.checks.js';
import type { PersonInput } from '../person/person.checks.js';
import type { PostInput } from '../post/post.checks.js';
import type { TaskInput } from '../task/task.checks.js';
import type { UnitInput } from '../unit/unit.checks.js';

export type { TermInput } from '../holding/term.checks.js';
export { BULK_RECORD_KINDS, type BulkRecordKind, type BulkRecordRef } from './bulk-record.js';

/**
 * Records to load together, all or none, with the input types of the one-by-one writes. A record may name
 * records stored earlier or records earlier in the same batch (a unit's parent, an organization's parent);
 * kinds are checked in the order of the fields below, so a post may name an organization of the same batch.
 * A single write (`createPost`…) is checked and written as a batch of one.
 */
export interface BulkBatch {
  readonly units?: readonly UnitInput[];
  readonly people?: readonly PersonInput[];
  readonly organizations?: readonly OrganizationInput[];
  readonly posts?: readonly PostInput[];
  readonly terms?: readonly TermInput[];
  readonly holdings?: readonly HoldingInput[];
  readonly directives?: readonly DirectiveInput[];
  readonly tasks?: readonly TaskInput[];
  readonly assignments?: readonly AssignmentInput[];
}

/** What a loaded batch wrote. */
export interface BulkLoadReport {
  /** Rows written per table (the unit closure, parent links, directive parties and status events included). */
  readonly rowsByTable: Readonly<Record<string, number>>;
  /** All rows written, the batch's one audit entry included. */
  readonly rows: number;
  /** The audit log's name for the batch (`entity_id` of its entry). */
  readonly batchId: string;
  /** Where the time went: reading the stored records named, checking, and writing each table. */
  readonly timings: { readonly readMs: number; readonly checkMs: number; readonly writeMsByTable: Readonly<Record<string, number>> };
}
