import type { OrganizationId, SourceId, TermId } from '../shared/ids.js';
import type { Validity } from '../time/validity.js';

/** A term of office (nhiệm kỳ) such as 2020–2025, of one body or general. */
export interface Term {
  readonly id: TermId;
  readonly organizationId: OrganizationId | null;
  readonly label: string;
  readonly validity: Validity;
  readonly sourceId: SourceId;
}
