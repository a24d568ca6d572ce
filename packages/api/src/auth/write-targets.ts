import {
  addDays,
  getAssignment,
  getDirective,
  getHoldings,
  getOrganization,
  getPost,
  type AssignmentId,
  type DirectiveId,
  type HoldingId,
  type IsoDate,
  type OrganizationId,
  type PostId,
  type UnitId,
} from '@mttq/core';
import type { Context } from '../context.js';
import type { ScopedWrite } from './auth-scopes.js';

/*
 * What each write touches, read through core before it runs (not through the request's DataLoaders, whose
 * cache would then answer the write's result with the record as it was before). A record that does not
 * exist adds nothing: the write itself then refuses with its NOT_FOUND.
 */

type GlobalId = { readonly typename: string; readonly id: string };

/** The organization a global id of an Organization or a Post stands for. */
async function organizationOf(ctx: Context, gid: GlobalId): Promise<OrganizationId | undefined> {
  if (gid.typename === 'Organization') return gid.id as OrganizationId;
  if (gid.typename === 'Post') return (await getPost(ctx.db, gid.id as PostId))?.organizationId;
  return undefined;
}

const present = <T>(values: readonly (T | undefined | null)[]): T[] => values.filter((v): v is T => v !== undefined && v !== null);

/** assignTask: in the assigner's name; the assignee's organization's unit and the place must be in scope too. */
export async function assignTaskTarget(
  ctx: Context,
  input: { assigner: GlobalId; assignee: GlobalId; place?: GlobalId | null; assignedOn: IsoDate },
): Promise<ScopedWrite> {
  const [assigner, assignee] = await Promise.all([organizationOf(ctx, input.assigner), organizationOf(ctx, input.assignee)]);
  const assigneeUnit = assignee ? (await getOrganization(ctx.db, assignee))?.unitId : undefined;
  return {
    organizationIds: present([assigner]),
    unitIds: present([assigneeUnit, input.place?.id as UnitId | undefined]),
    date: input.assignedOn,
  };
}

/** A status change, registration or progress report: the assignee's unit, in the assigner's name. */
export async function assignmentTarget(ctx: Context, assignmentId: string, on: IsoDate): Promise<ScopedWrite> {
  const assignment = await getAssignment(ctx.db, assignmentId as AssignmentId);
  if (!assignment) return { organizationIds: [], unitIds: [], date: on };
  const assigner = await organizationOf(ctx, { typename: assignment.assigner.kind === 'post' ? 'Post' : 'Organization', id: assignment.assigner.id });
  return { organizationIds: present([assigner]), unitIds: [assignment.assigneeUnitId], date: on };
}

/** assignHolding: the post's organization. */
export async function postTarget(ctx: Context, postId: string, date: IsoDate): Promise<ScopedWrite> {
  return { organizationIds: present([await organizationOf(ctx, { typename: 'Post', id: postId })]), unitIds: [], date };
}

/** endHolding: the post's organization, on the holder's last day. */
export async function holdingTarget(ctx: Context, holdingId: string, on: IsoDate): Promise<ScopedWrite> {
  const [holding] = await getHoldings(ctx.db, [holdingId as HoldingId]);
  const last = addDays(on, -1);
  return holding ? postTarget(ctx, holding.postId, last) : { organizationIds: [], unitIds: [], date: last };
}

/** createDirective: its issuers and signatories. */
export function directivePartiesTarget(organizationIds: readonly string[], date: IsoDate): ScopedWrite {
  return { organizationIds: organizationIds as OrganizationId[], unitIds: [], date };
}

/** createTask: the issuers and signatories of its directive. */
export async function directiveTarget(ctx: Context, directiveId: string, date: IsoDate | null): Promise<ScopedWrite> {
  const directive = await getDirective(ctx.db, directiveId as DirectiveId);
  return {
    organizationIds: directive?.parties.map((p) => p.organizationId) ?? [],
    unitIds: [],
    date: date ?? directive?.issuedOn ?? directive?.validity.validFrom ?? ctx.today,
  };
}
