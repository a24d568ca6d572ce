import type { PostType } from '../catalog/post-type.js';
import type { OrganizationId, PostId, SourceId } from '../shared/ids.js';
import type { Validity } from '../time/validity.js';

/**
 * A post in one organization (the Chair of the Chiêm Hóa Front committee). It exists apart from whoever
 * holds it; `seats` says how many may hold it at once (`null`: no limit).
 */
export interface Post {
  readonly id: PostId;
  readonly organizationId: OrganizationId;
  readonly type: PostType;
  readonly title: string;
  /** Its holder heads the organization (người đứng đầu). */
  readonly heads: boolean;
  readonly seats: number | null;
  readonly validity: Validity;
  readonly sourceId: SourceId;
}
