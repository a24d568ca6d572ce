import {
  addDays,
  getOrganization,
  getPerson,
  getPost,
  getUnit,
  getUnits,
  isWithinScope,
  organizationsHeldIn,
  parentOn,
  validity,
  type IsoDate,
  type HeldIn,
  type OrganizationId,
  type PersonId,
  type PostId,
  type UnitId,
  type Validity,
} from '@mttq/core';
import type { Context } from '../context.js';
import { AuthError } from '../errors/api-error.js';
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

/**
 * endUnit: ending a unit is a write of the unit above it, as creating one is, so the token must hold the
 * unit's parent on the unit's last day in force (a unit with no parent then: the unit itself); and each
 * successor on the end date, since the write gives it the ended unit's lineage. A province's token may end
 * one of its communes into another of its communes; a successor outside the token's scope is refused.
 */
export async function unitEndTargets(
  ctx: Context,
  unitId: UnitId,
  on: IsoDate,
  successorIds: readonly UnitId[],
): Promise<{ readonly ending: ScopedWrite; readonly successors: ScopedWrite }> {
  const [unit, ...successors] = await getUnits(ctx.db, [unitId, ...successorIds]);
  // An end on or before the unit's first day, or after its end, is checked on the nearest day it existed, so that
  // a token that holds the unit meets core's own refusal (UNIT.END_BEFORE_START, UNIT.ALREADY_ENDED).
  let day = addDays(on, -1);
  if (unit?.validity.validTo && day >= unit.validity.validTo) day = addDays(unit.validity.validTo, -1);
  if (unit?.validity.validFrom && day < unit.validity.validFrom) day = unit.validity.validFrom;
  const parent = unit && (await parentOn(ctx.db, unit.id, day));
  return {
    ending: { unitIds: parent ? [parent.id, unitId] : unit ? [unitId] : [], organizationIds: [], days: day },
    successors: { unitIds: successors.flatMap((u) => (u ? [u.id] : [])), organizationIds: [], days: on },
  };
}

/**
 * correctPerson: a post the person holds or held, in an organization the token's subtree holds over the days of
 * that holding (the latest such; when none is, the latest holding, so that the refusal names its unit). A name
 * is the person's everywhere: a body that has them on its register may correct it. A person who never held a
 * post is on no body's register: only an admin token may correct them (`AUTH.OUTSIDE_SCOPE` otherwise).
 */
export async function personNameTarget(ctx: Context, personId: PersonId): Promise<ScopedWrite> {
  const nothing: ScopedWrite = { unitIds: [], organizationIds: [], days: ctx.today };
  // Without a valid token `writesAt` refuses whatever the target; an unknown person is core's PERSON.NOT_FOUND.
  if (ctx.auth.kind !== 'token' || !(await getPerson(ctx.db, personId))) return nothing;
  const held = await organizationsHeldIn(ctx.db, personId);
  if (held.length === 0) {
    if (ctx.auth.token.admin) return nothing;
    throw new AuthError('AUTH.OUTSIDE_SCOPE', {
      vi: `Người này chưa từng giữ chức vụ nào trong một tổ chức: chỉ mã truy cập quản trị mới được sửa tên của họ; mã truy cập "${ctx.auth.token.name}" không phải mã quản trị.`,
      en: `This person never held a post in any body: only an admin token may correct their name; the access token "${ctx.auth.token.name}" is not one.`,
    });
  }
  const targetOf = (h: HeldIn): ScopedWrite => ({ unitIds: [], organizationIds: [h.organizationId], days: h.validity });
  for (const h of held) if ((await isWithinScope(ctx.db, ctx.auth.token, targetOf(h), h.validity)).ok) return targetOf(h);
  return targetOf(held[0]!);
}
