import {
  addDays,
  directiveValidity,
  getAssignment,
  getDirective,
  getHoldings,
  getOrganization,
  getPost,
  isIdOf,
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

/** Who may assign or be assigned: an organization, a post, or (as assignee) a person, by branded id. */
type PartyId = OrganizationId | PostId | PersonId;

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

/** The organization an organization or a post stands for (none for a person). */
async function organizationOf(ctx: Context, id: PartyId): Promise<OrganizationId | undefined> {
  if (isIdOf('org', id)) return id;
  if (isIdOf('post', id)) return (await getPost(ctx.db, id))?.organizationId;
  return undefined;
}

const present = <T>(values: readonly (T | undefined | null)[]): T[] => values.filter((v): v is T => v !== undefined && v !== null);

/**
 * The units a person assignee brings: those of the organizations of the posts they hold on the date. A task
 * given to a person by name reaches them through those posts, so each must be in the token's scope.
 */
async function unitsOfPerson(ctx: Context, personId: PersonId, date: IsoDate): Promise<UnitId[]> {
  return (await postsHeldBy(ctx.db, personId, date)).map((held) => held.unit.id);
}

/**
 * assignTask: in the assigner's name; the assignee's units (an organization's or a post's organization's unit,
 * or the units of the posts a person holds that day) and the place must be in scope too, on the day it is given.
 */
export async function assignTaskTarget(
  ctx: Context,
  input: { assigner: { id: OrganizationId | PostId }; assignee: { id: PartyId }; place?: { id: UnitId } | null; assignedOn: IsoDate },
): Promise<ScopedWrite> {
  const assigneeId = input.assignee.id;
  const [assigner, assignee] = await Promise.all([organizationOf(ctx, input.assigner.id), organizationOf(ctx, assigneeId)]);
  const assigneeUnits = isIdOf('person', assigneeId)
    ? await unitsOfPerson(ctx, assigneeId, input.assignedOn)
    : present([assignee ? (await getOrganization(ctx.db, assignee))?.unitId : undefined]);
  return {
    organizationIds: present([assigner]),
    unitIds: [...assigneeUnits, ...present([input.place?.id])],
    days: input.assignedOn,
  };
}

/**
 * A status change, registration or progress report: the assignee's unit, in the assigner's name, on the day of
 * the event (a unit that had ended by then is outside every scope).
 */
export async function assignmentTarget(ctx: Context, assignmentId: AssignmentId, on: IsoDate): Promise<ScopedWrite> {
  const assignment = await getAssignment(ctx.db, assignmentId);
  if (!assignment) return { organizationIds: [], unitIds: [], days: on };
  const assigner = await organizationOf(ctx, assignment.assigner.id);
  return { organizationIds: present([assigner]), unitIds: [assignment.assigneeUnitId], days: on };
}

/** assignHolding: the post's organization, over the holding's whole validity as core stores it (an open start included). */
export async function postTarget(ctx: Context, postId: PostId, days: Validity): Promise<ScopedWrite> {
  return { organizationIds: present([await organizationOf(ctx, postId)]), unitIds: [], days };
}

/** endHolding: the post's organization, over the holding's whole validity (the record the write changes). */
export async function holdingTarget(ctx: Context, holdingId: HoldingId, on: IsoDate): Promise<ScopedWrite> {
  const [holding] = await getHoldings(ctx.db, [holdingId]);
  return holding ? postTarget(ctx, holding.postId, holding.validity) : { organizationIds: [], unitIds: [], days: addDays(on, -1) };
}

/**
 * createDirective: its issuers and signatories, over the directive's validity as core stores it
 * (`directiveValidity`: from the issue date on, or always, when none is given) and on its issue date.
 */
export function directivePartiesTarget(
  organizationIds: readonly OrganizationId[],
  input: { issuedOn: IsoDate | null; validity?: Validity },
): ScopedWrite {
  return {
    organizationIds: [...organizationIds],
    unitIds: [],
    days: [directiveValidity(input), ...(input.issuedOn ? [input.issuedOn] : [])],
  };
}

/** createTask: the issuers and signatories of its directive, over the task's validity as core stores it (`taskValidity`: the directive's by default). */
export async function directiveTarget(ctx: Context, directiveId: DirectiveId, span: Validity | undefined): Promise<ScopedWrite> {
  const directive = await getDirective(ctx.db, directiveId);
  return {
    organizationIds: directive?.parties.map((p) => p.organizationId) ?? [],
    unitIds: [],
    days: taskValidity({ validity: span }, directive?.validity ?? span ?? { validFrom: ctx.today, validTo: null }),
  };
}
