import {
  addDays,
  getOrganization,
  getPost,
  getUnit,
  validity,
  type IsoDate,
  type OrganizationId,
  type PostId,
  type UnitId,
  type Validity,
} from '@mttq/core';
import type { Context } from '../context.js';
import type { ScopedWrite } from './auth-scopes.js';

/*
 * What the writes of the structure (units, organizations, posts, terms) touch, and over which days: the
 * record's validity as core will store it. A record named that does not exist adds nothing; the write then
 * refuses with its NOT_FOUND.
 */

/** The dates an input gives, each missing end taken from the record it lives within (its parent unit, its unit, its organization). */
export interface DatedInput {
  readonly validFrom?: IsoDate | null;
  readonly validTo?: IsoDate | null;
}

/** The validity of a record given `input`'s dates, a missing end taken from `within` (or open, without one). */
export function validityWithin(input: DatedInput, within: Validity | undefined): Validity {
  return validity(input.validFrom ?? within?.validFrom ?? null, input.validTo ?? within?.validTo ?? null);
}

/** createUnit: its parent unit, over the new unit's validity (the parent's by default). */
export async function unitParentTarget(ctx: Context, parentId: UnitId, input: DatedInput): Promise<ScopedWrite> {
  const parent = await getUnit(ctx.db, parentId);
  return { unitIds: [parentId], organizationIds: [], days: validityWithin(input, parent?.validity) };
}

/** createOrganization: its unit and its parent body, over its validity (the unit's by default). */
export async function organizationAtUnitTarget(
  ctx: Context,
  unitId: UnitId,
  parentId: OrganizationId | null,
  input: DatedInput,
): Promise<ScopedWrite> {
  const unit = await getUnit(ctx.db, unitId);
  return { unitIds: [unitId], organizationIds: parentId ? [parentId] : [], days: validityWithin(input, unit?.validity) };
}

/** createPost, createTerm: the organization, over the record's validity (the organization's by default). */
export async function withinOrganizationTarget(ctx: Context, organizationId: OrganizationId, input: DatedInput): Promise<ScopedWrite> {
  const org = await getOrganization(ctx.db, organizationId);
  return { unitIds: [], organizationIds: [organizationId], days: validityWithin(input, org?.validity) };
}

/**
 * endOrganization, endPost: the organization on its last day in force (the day before `on`). A successor is not
 * checked: the write changes nothing of it.
 */
export function endingTarget(organizationId: OrganizationId, on: IsoDate): ScopedWrite {
  return { unitIds: [], organizationIds: [organizationId], days: addDays(on, -1) };
}

/** endPost: the post's organization on the post's last day in force. */
export async function postEndTarget(ctx: Context, postId: PostId, on: IsoDate): Promise<ScopedWrite> {
  const post = await getPost(ctx.db, postId);
  return post ? endingTarget(post.organizationId, on) : { unitIds: [], organizationIds: [], days: addDays(on, -1) };
}
