import type { AssignmentStatus, AssignmentView, IsoDate, OrganizationId, PersonId, PostId } from '@mttq/core';
import type { DefaultConnectionArguments } from '@pothos/plugin-relay';
import type { Context } from '../../context.js';
import type { AssignmentShape } from '../refs.js';
import { pageOf } from './connection.js';

/** An assignment view of core (with task, directive and status on the date), as the API's shape; primes the loaders it already answers. */
export function fromView(ctx: Context, view: AssignmentView, date: IsoDate): AssignmentShape {
  ctx.loaders.task.prime(view.task.id, view.task);
  ctx.loaders.directive.prime(view.directive.id, view.directive);
  ctx.loaders.statusOf.prime({ id: view.assignment.id, date }, view.statusOn);
  return { ...view.assignment, asOf: date, statusOn: view.statusOn };
}

/** A page of the assignments given directly to an organization, post or person on or before a date. */
export async function assignedToPage(
  ctx: Context,
  assigneeId: OrganizationId | PostId | PersonId,
  date: IsoDate,
  args: DefaultConnectionArguments,
) {
  const assigned = await ctx.loaders.assignedTo.load({ id: assigneeId, date });
  return pageOf(
    args,
    assigned.map((a): AssignmentShape => ({ ...a.assignment, asOf: date, statusOn: a.statusOn })),
  );
}

/** The status of an assignment on the date it is seen on (`null` before it was given). */
export async function statusOf(a: AssignmentShape, ctx: Context): Promise<AssignmentStatus | null> {
  return a.statusOn ?? (await ctx.loaders.statusOf.load({ id: a.id, date: a.asOf })) ?? null;
}
