import {
  assignmentsInSubtree,
  assignmentsOfAssigneesOn,
  pageCursor,
  type AssignmentStatus,
  type IsoDate,
  type SubtreeFilter,
  type TaskKind,
  type UnitId,
} from '@mttq/core';
import type { Context } from '../context.js';
import { coreRequestError, requestError } from '../errors/api-error.js';
import { builder } from './builder.js';
import { AssignmentStatusEnum } from './catalog/assignment-status.enum.js';
import { TaskKindEnum } from './catalog/task-kind.enum.js';
import { AssignmentConnection } from './connections.js';
import { AssignmentNode, type AssignmentShape, DirectiveNode, OrganizationNode, PersonNode, PostNode } from './refs.js';
import { AS_OF, dateOf } from './shared/args.js';
import { fromView, statusOf } from './shared/assignment-reads.js';
import { maybeAt } from './shared/at.js';
import { connectionComplexity, pageOf } from './shared/connection.js';
import { backwardUnsupported } from './shared/keyset-connection.js';
import { DateScalar } from './shared/scalars.js';
import { selectsField } from './shared/selects-field.js';
import { resolveUnitRef, UnitRefInput } from './unit-ref.js';

/** `AssignmentFilterInput`: which assignments to list. */
export const AssignmentFilterInput = builder.inputType('AssignmentFilterInput', {
  description: 'Filters of an assignment listing; all given filters apply together.',
  fields: (t) => ({
    directive: t.globalID({ for: DirectiveNode, description: 'Only tasks of this directive.' }),
    status: t.field({ type: AssignmentStatusEnum, description: 'Only assignments with this status on the date.' }),
    period: t.string({ description: 'Only this period: 2023, 2023-Q3, 2023-07 or once.' }),
    taskKind: t.field({ type: TaskKindEnum, description: 'Only tasks of this kind.' }),
    assignee: t.globalID({
      for: [OrganizationNode, PostNode, PersonNode],
      description: 'Only assignments given directly to this organization, post or person.',
    }),
  }),
});

interface Filter {
  readonly directive?: { id: string } | null;
  readonly status?: AssignmentStatus | null;
  readonly period?: string | null;
  readonly taskKind?: TaskKind | null;
  readonly assignee?: { id: string } | null;
}

/** The cursor core's `assignmentsInSubtree` pages by: assignment date, then id. */
const subtreeCursor = (a: AssignmentShape) => pageCursor(a.assignedOn, a.id);

builder.queryFields((t) => ({
  assignment: t.field({
    type: AssignmentNode,
    nullable: true,
    description: 'An assignment by global id, seen on a date.',
    args: { id: t.arg.globalID({ for: AssignmentNode, required: true }), asOf: t.arg({ type: DateScalar, description: AS_OF }) },
    resolve: async (_root, args, ctx) => maybeAt(await ctx.loaders.assignment.load(args.id.id), dateOf(args, ctx)),
  }),
  assignments: t.connection(
    {
      type: AssignmentNode,
      description:
        'Assignments given on or before the date whose assignee or place lies under a unit (its subtree), filtered by directive, status on the date, period, task kind and assignee; ordered by assignment date. Give under, filter.assignee, or both.',
      args: {
        under: t.arg({
          type: UnitRefInput,
          description: 'Only assignments whose assignee or place lies in this unit’s subtree on the date.',
        }),
        filter: t.arg({ type: AssignmentFilterInput }),
        asOf: t.arg({ type: DateScalar, description: AS_OF }),
      },
      complexity: connectionComplexity,
      resolve: async (_root, args, ctx, info) => {
        const date = dateOf(args, ctx);
        const filter: Filter = args.filter ?? {};
        const root = args.under ? await resolveUnitRef(ctx, args.under, date) : null;
        if (filter.assignee) return pageOf(args, await ofAssignee(ctx, filter.assignee.id, root?.id ?? null, filter, date));
        if (!root)
          throw requestError('ASSIGNMENT.FILTER_INCOMPLETE', {
            vi: 'Cần cho biết đơn vị (under) hoặc bên nhận (filter.assignee) để liệt kê việc giao nhiệm vụ.',
            en: 'Give a unit (under) or an assignee (filter.assignee) to list assignments.',
          });
        if (args.last != null || args.before != null) throw backwardUnsupported();
        const coreFilter: SubtreeFilter = {
          directiveId: filter.directive?.id as SubtreeFilter['directiveId'],
          status: filter.status ?? undefined,
          periodKey: filter.period ?? undefined,
          taskKind: filter.taskKind ?? undefined,
        };
        // The total costs a count over the whole subtree (every row below the unit): read only when selected.
        const page = await assignmentsInSubtree(ctx.db, root.id, date, coreFilter, {
          first: args.first ?? 20,
          after: args.after ?? undefined,
          count: selectsField(info, 'totalCount'),
        });
        if (!page.ok) throw coreRequestError(page.error);
        const edges = page.value.items.map((view) => fromView(ctx, view, date)).map((node) => ({ node, cursor: subtreeCursor(node) }));
        return {
          edges,
          totalCount: page.value.totalCount,
          pageInfo: {
            hasNextPage: page.value.pageInfo.hasNextPage,
            hasPreviousPage: args.after != null,
            startCursor: edges[0]?.cursor ?? null,
            endCursor: page.value.pageInfo.endCursor,
          },
        };
      },
    },
    AssignmentConnection,
  ),
}));

/** What was given directly to one assignee, filtered in memory (an assignee's list is short), in assignment order. */
async function ofAssignee(
  ctx: Context,
  assigneeId: string,
  under: UnitId | null,
  filter: Filter,
  date: IsoDate,
): Promise<AssignmentShape[]> {
  const [assigned = []] = await assignmentsOfAssigneesOn(ctx.db, [assigneeId], date);
  const shapes = assigned.map((a): AssignmentShape => ({ ...a.assignment, asOf: date, statusOn: a.statusOn }));
  const kept: AssignmentShape[] = [];
  for (const a of shapes) {
    if (filter.period && a.period.key !== filter.period) continue;
    if (filter.status && (await statusOf(a, ctx)) !== filter.status) continue;
    if (filter.directive || filter.taskKind) {
      const task = await ctx.loaders.task.load(a.taskId);
      if (filter.directive && task?.directiveId !== filter.directive.id) continue;
      if (filter.taskKind && task?.kind !== filter.taskKind) continue;
    }
    if (under && !(await liesUnder(ctx, [a.assigneeUnitId, a.placeUnitId], under, date))) continue;
    kept.push(a);
  }
  return kept;
}

async function liesUnder(ctx: Context, units: readonly (UnitId | null)[], root: UnitId, date: IsoDate): Promise<boolean> {
  for (const unit of units) {
    if (unit === null) continue;
    if (unit === root) return true;
    const ancestors = await ctx.loaders.ancestorsOf.load({ id: unit, date });
    if (ancestors.some((u) => u.id === root)) return true;
  }
  return false;
}
