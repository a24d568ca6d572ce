import { isOrganizationType } from '../catalog/organization-type.js';
import { isPostType, POST_TYPES } from '../catalog/post-type.js';
import { parentElsewhere } from '../organization/organization.errors.js';
import { checkAtUnit, checkParent, type OrganizationInput } from '../organization/organization.repository.js';
import { invalidSeats, postOutsideOrganization } from '../post/post.errors.js';
import type { PostInput } from '../post/post.repository.js';
import { invalidRange } from '../shared/common.errors.js';
import { refuse } from '../shared/core-error.js';
import { checkTextLength } from '../shared/text-limits.js';
import { newId, type OrganizationId, type PostId } from '../shared/ids.js';
import type { OrganizationTable, PostTable } from '../store/database.js';
import { validityToRow } from '../store/validity.mapper.js';
import { searchKey } from '../text/search-key.js';
import { covers, isProperRange } from '../time/validity.js';
import { checkValidityDates, required, type BulkContext } from './bulk-context.js';
import { unknownValue } from './bulk.errors.js';

/**
 * Checks an organization as `createOrganization` does: its type exists at its unit's level, it has a parent
 * of an allowed type when its type needs one, at its unit or the unit directly above, and it lives within
 * its unit's and its parent's validity.
 */
export function checkOrganization(ctx: BulkContext, input: OrganizationInput): void {
  const id = ctx.claimId<OrganizationId>('org', input.id ?? newId<OrganizationId>('org'));
  ctx.requireSource(input.sourceId);
  const unit = required(ctx.unit(input.unitId), 'UNIT.NOT_FOUND', input.unitId);
  if (!isOrganizationType(input.type)) refuse(unknownValue('type', input.type));
  checkValidityDates('validity', input.validity);
  const { validity, name, parentId } = checkAtUnit(input, unit);
  if (parentId !== null) {
    const parent = required(ctx.organization(parentId), 'ORGANIZATION.NOT_FOUND', parentId);
    checkParent(input.type, name, validity, parent);
    if (parent.unitId !== unit.id) {
      const days = validityToRow(validity);
      const above = (ctx.closure.get(unit.id) ?? []).some(
        (c) => c.ancestor_id === parent.unitId && c.depth === 1 && c.valid_from < days.valid_to && c.valid_to > days.valid_from,
      );
      if (!above) refuse(parentElsewhere(input.type, unit, parent));
    }
  }
  const row: OrganizationTable = {
    id,
    type: input.type,
    unit_id: unit.id,
    parent_id: parentId,
    name,
    search_key: searchKey(name),
    ...validityToRow(validity),
    end_reason: null,
    merged_into_id: null,
    source_id: input.sourceId,
  };
  ctx.rows.organization.push(row);
  ctx.organizations.set(id, row);
}

/** Checks a post as `createPost` does: a known type, a proper validity within its organization's, whole seats. */
export function checkPost(ctx: BulkContext, input: PostInput): void {
  const id = ctx.claimId<PostId>('post', input.id ?? newId<PostId>('post'));
  ctx.requireSource(input.sourceId);
  const org = required(ctx.organization(input.organizationId), 'ORGANIZATION.NOT_FOUND', input.organizationId);
  if (!isPostType(input.type)) refuse(unknownValue('type', input.type));
  const info = POST_TYPES[input.type];
  const title = input.title ?? info.label;
  checkTextLength('title', title, 'postTitle');
  checkValidityDates('validity', input.validity);
  const validity = input.validity ?? org.validity;
  const seats = input.seats === undefined ? info.seats : input.seats;
  if (!isProperRange(validity)) refuse(invalidRange(`chức vụ ${title}`, validity));
  if (seats !== null && (!Number.isInteger(seats) || seats < 1)) refuse(invalidSeats(seats));
  if (!covers(org.validity, validity)) refuse(postOutsideOrganization(title, org, validity));
  const row: PostTable = { id, organization_id: org.id, type: input.type, title, seats, ...validityToRow(validity), source_id: input.sourceId };
  ctx.rows.post.push(row);
  ctx.posts.set(id, row);
}
