import type { OrganizationType } from '../catalog/organization-type.js';
import type { OrganizationId, SourceId, UnitId } from '../shared/ids.js';
import type { Validity } from '../time/validity.js';

/** How an organization's life ended, when it has. */
export type OrganizationEnd = { readonly kind: 'dissolved' } | { readonly kind: 'mergedInto'; readonly organizationId: OrganizationId };

/**
 * An organization sitting at a unit: the Front committee of Huyện Chiêm Hóa, the Women's Union branch of a
 * village. Its validity runs from its founding to its end.
 */
export interface Organization {
  readonly id: OrganizationId;
  readonly type: OrganizationType;
  readonly unitId: UnitId;
  /** The organization it is part of: a standing board's committee, a branch's commune association. */
  readonly parentId: OrganizationId | null;
  readonly name: string;
  readonly validity: Validity;
  readonly end: OrganizationEnd | null;
  readonly sourceId: SourceId;
}
