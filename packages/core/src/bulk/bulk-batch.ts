import type { AssignmentInput } from '../assignment/assignment.repository.js';
import type { DirectiveInput } from '../directive/directive.repository.js';
import type { HoldingInput } from '../holding/holding.repository.js';
import type { OrganizationInput } from '../organization/organization.repository.js';
import type { PersonInput } from '../person/person.repository.js';
import type { PostInput } from '../post/post.repository.js';
import type { OrganizationId, SourceId, TermId } from '../shared/ids.js';
import type { TaskInput } from '../task/task.repository.js';
import type { Validity } from '../time/validity.js';
import type { UnitInput } from '../unit/unit.repository.js';

/** A term of office to record in a batch (the input `createTerm` takes). */
export interface TermInput {
  readonly id?: TermId;
  readonly organizationId?: OrganizationId | null;
  readonly label: string;
  readonly validity: Validity;
  readonly sourceId: SourceId;
}

/**
 * Records to load together, all or none, with the input types of the one-by-one writes. A record may name
 * records stored earlier or records earlier in the same batch (a unit's parent, an organization's parent);
 * kinds are checked in the order of the fields below, so a post may name an organization of the same batch.
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
