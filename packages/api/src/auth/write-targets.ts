import {
  addDays,
  directiveValidity,
  getAssignment,
  getDirective,
  getHoldings,
  getOrganization,
  getPost,
  postsHeldBy,
  taskValidity,
  type AssignmentId,
  type DirectiveId,
  type HoldingId,
  type IsoDate,
  type OrganizationId,
  type PersonId,
  type PostId,
  type UnitId,
  type Validity,
  type WriteClock,
} from '@mttq/core';
import type { Context } from '../context.js';
import type { ScopedWrite } from './auth-scopes.js';

/*
 * What each write touches, read through core before it runs (not through the request's DataLoaders, whose
 * cache would then answer the write's result with the record as it was before). A record that does not
 * exist adds nothing: the write itself then refuses with its NOT_FOUND.
 */

type GlobalId = { readonly typename: string; readonly id: string };

/**
 * The unit the writer acts for (its token's), recorded with the audit entry of a write that has no unit of its
 * own (a person, a source), so that `auditLog(under:)` finds it.
 */
export function actingUnitOf(ctx: Context): UnitId | null {
  return ctx.auth.kind === 'token' ? ctx.auth.token.scopeUnitId : null;
}

/** What core's writes know of the calendar: the request's today and the configured event horizon. */
export function clockOf(ctx: Context): WriteClock {
  return { today: ctx.today, eventHorizonDays: ctx.eventHorizonDays };
}

/** The organization a global id of an Organization or a Post stands for. */
async function organizationOf(ctx: Context, gid: GlobalId): Promise<OrganizationId | undefined> {
  if (gid.typename === 'Organization') return gid.id as OrganizationId;
  if (gid.typename === 'Post') return (await getPost(ctx.db, gid.id as PostId))?.organizationId;
  return undefined;
}

const present = <T>(values: readonly (T | undefined | null)[]): T[] => values.filter((v): v is T => v !== undefined && v !== null);

/**
 * The units a person assignee brings: those of the organizations of the posts they hold on the date. A task
 * given to a person by name reaches them through those posts, so each must be in the token's scope.
 */
async function unitsOfPerson(ctx: Context, personId: string, date: IsoDate): Promise<UnitId[]> {
  return (await postsHeldBy(ctx.db, personId as PersonId, date)).map((held) => held.unit.id);
}

/**
 * assignTask: in the assigner's name; the assignee's units (an organization's or a post's organization's unit,
 * or the units of the posts a person holds that day) and the place must be in scope too, on the day it is given.
 */
export async function assignTaskTarget(
  ctx: Context,
  input: { assigner: GlobalId; assignee: GlobalId; place?: GlobalId | null; assignedOn: IsoDate },
): Promise<ScopedWrite> {
  const [assigner, assignee] = await Promise.all([organizationOf(ctx, input.assigner), organizationOf(ctx, input.assignee)]);
  const assigneeUnits =
    input.assignee.typename === 'Person'
      ? await unitsOfPerson(ctx, input.assignee.id, input.assignedOn)
      : present([assignee ? (await getOrganization(ctx.db, assignee))?.unitId : undefined]);
  return {
    organizationIds: present([assigner]),
    unitIds: [...assigneeUnits, ...present([input.place?.id as UnitId | undefined])],
    days: input.assignedOn,
  };
}

/**
 * A status change, registration or progress report: the assignee's unit, in the assigner's name, on the day of
 * the event (a unit that had ended by then is outside every scope).
 */
export async function assignmentTarget(ctx: Context, assignmentId: string, on: IsoDate): Promise<ScopedWrite> {
  const assignment = await getAssignment(ctx.db, assignmentId as AssignmentId);
  if (!assignment) return { organizationIds: [], unitIds: [], days: on };
  const assigner = await organizationOf(ctx, { typename: assignment.assigner.kind === 'post' ? 'Post' : 'Organization', id: assignment.assigner.id });
  return { organizationIds: present([assigner]), unitIds: [assignment.assigneeUnitId], days: on };
}

/** assignHolding: the post's organization, over the holding's whole validity as core stores it (an open start included). */
export async function postTarget(ctx: Context, postId: string, days: Validity): Promise<ScopedWrite> {
  return { organizationIds: present([await organizationOf(ctx, { typename: 'Post', id: postId })]), unitIds: [], days };
}

/** endHolding: the post's organization, over the holding's whole validity (the record the write changes). */
export async function holdingTarget(ctx: Context, holdingId: string, on: IsoDate): Promise<ScopedWrite> {
  const [holding] = await getHoldings(ctx.db, [holdingId as HoldingId]);
  return holding ? postTarget(ctx, holding.postId, holding.validity) : { organizationIds: [], unitIds: [], days: addDays(on, -1) };
}

/**
 * createDirective: its issuers and signatories, over the directive's validity as core stores it
 * (`directiveValidity`: from the issue date on, or always, when none is given) and on its issue date.
 */
export function directivePartiesTarget(organizationIds: readonly string[], input: { issuedOn: IsoDate | null; validity?: Validity }): ScopedWrite {
  return {
    organizationIds: organizationIds as OrganizationId[],
    unitIds: [],
    days: [directiveValidity(input), ...(input.issuedOn ? [input.issuedOn] : [])],
  };
}

/** createTask: the issuers and signatories of its directive, over the task's validity as core stores it (`taskValidity`: the directive's by default). */
export async function directiveTarget(ctx: Context, directiveId: string, span: Validity | undefined): Promise<ScopedWrite> {
  const directive = await getDirective(ctx.db, directiveId as DirectiveId);
  return {
    organizationIds: directive?.parties.map((p) => p.organizationId) ?? [],
    unitIds: [],
    days: taskValidity({ validity: span }, directive?.validity ?? span ?? { validFrom: ctx.today, validTo: null }),
  };
}
