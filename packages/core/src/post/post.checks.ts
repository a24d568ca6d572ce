import { checkValidityDates, required, type BulkContext } from '../bulk/bulk-context.js';
import { unknownValue } from '../bulk/bulk.errors.js';
import { isPostType, POST_TYPES, type PostType } from '../catalog/post-type.js';
import { invalidRange } from '../shared/common.errors.js';
import { refuse } from '../shared/core-error.js';
import { newId, type OrganizationId, type PostId, type SourceId } from '../shared/ids.js';
import { checkTextLength } from '../shared/text-limits.js';
import type { PostTable } from '../store/database.js';
import { validityToRow } from '../store/validity.mapper.js';
import { covers, isProperRange, type Validity } from '../time/validity.js';
import { invalidSeats, postOutsideOrganization, postTypeNotAllowed } from './post.errors.js';
import { allowsPostType, POST_TYPES_OF_ORGANIZATION } from '../catalog/organization-post-types.js';

/** A post to record. Title and seats default to the post type's. */
export interface PostInput {
  readonly id?: PostId;
  readonly organizationId: OrganizationId;
  readonly type: PostType;
  readonly title?: string;
  readonly seats?: number | null;
  /** Defaults to the organization's validity. */
  readonly validity?: Validity;
  readonly sourceId: SourceId;
}

/**
 * Checks a post — a known type its organization's type has, a title within its limit, a proper validity within its organization's,
 * whole seats — and adds its row. `createPost` and the bulk loader both come here.
 */
export function checkPost(ctx: BulkContext, input: PostInput): void {
  const id = ctx.claimId<PostId>('post', input.id ?? newId<PostId>('post'));
  ctx.requireSource(input.sourceId);
  const org = required(ctx.organization(input.organizationId), 'ORGANIZATION.NOT_FOUND', input.organizationId);
  if (!isPostType(input.type)) refuse(unknownValue('type', input.type));
  if (!allowsPostType(org.type, input.type)) refuse(postTypeNotAllowed(input.type, org, POST_TYPES_OF_ORGANIZATION[org.type]));
  const info = POST_TYPES[input.type];
  const title = input.title ?? info.label;
  checkTextLength('title', title, 'postTitle');
  checkValidityDates('validity', input.validity);
  const validity = input.validity ?? org.validity;
  const seats = input.seats === undefined ? info.seats : input.seats;
  if (!isProperRange(validity)) refuse(invalidRange({ vi: `chức vụ ${title}`, en: `the post ${title}` }, validity));
  if (seats !== null && (!Number.isInteger(seats) || seats < 1)) refuse(invalidSeats(seats));
  if (!covers(org.validity, validity)) refuse(postOutsideOrganization(title, org, validity));
  const row: PostTable = {
    id,
    organization_id: org.id,
    type: input.type,
    title,
    seats,
    ...validityToRow(validity),
    source_id: input.sourceId,
  };
  ctx.rows.post.push(row);
  ctx.posts.set(id, row);
}
