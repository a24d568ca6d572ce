import { sql } from 'kysely';
import type { DirectiveId, UnitId } from '../shared/ids.js';
import { ok, type Result } from '../shared/result.js';
import type { CountedPageRequest } from '../shared/keyset-page.js';
import { pageCursor, readPageRequest, type Page, type PageError } from '../shared/page.js';
import type { AssignmentTable, Db } from '../store/database.js';
import { preparedQuery } from '../store/prepared-query.js';
import type { IsoDate } from '../time/iso-date.js';
import type { TaskKind } from '../task/task-kind.js';
import { getUnits } from '../unit/unit.queries.js';
import type { Unit } from '../unit/unit.js';
import { statusOnExpression, toViews, type AssignmentView } from './assignment.queries.js';
import type { AssignmentStatus } from './assignment-status.js';

/** Filters of a subtree listing. */
export interface SubtreeFilter {
  readonly directiveId?: DirectiveId;
  /** The status on the date asked about. */
  readonly status?: AssignmentStatus;
  readonly periodKey?: string;
  readonly taskKind?: TaskKind;
}

export { MAX_PAGE_SIZE, type Page, type PageError } from '../shared/page.js';

/**
 * The assignments under a unit on a date, from `assignment_ancestor`: one range of its key (the unit, then
 * assignment date and id), so a page is read in order and cut at its size instead of sorting the subtree.
 * The assignment row is joined only when a filter (or the caller, `withRow`) needs it.
 */
function subtreeQuery(db: Db, unitId: UnitId, date: IsoDate, filter: SubtreeFilter, withRow = false) {
  const below = db
    .selectFrom('assignment_ancestor as s')
    .where('s.ancestor_unit_id', '=', unitId)
    .where('s.assigned_on', '<=', date)
    .where('s.valid_from', '<=', date)
    .where('s.valid_to', '>', date);
  const joined = below.innerJoin('assignment as a', 'a.id', 's.assignment_id');
  const needsRow = withRow || Boolean(filter.directiveId || filter.taskKind || filter.periodKey || filter.status);
  // Without the join no clause names `a`: the count and the page's ids stay within the key.
  let q = needsRow ? joined : (below as unknown as typeof joined);
  // The task is joined only to filter on it: every assignment has one (foreign key).
  if (filter.directiveId || filter.taskKind) {
    let withTask = q.innerJoin('task as t', 't.id', 'a.task_id');
    if (filter.directiveId) withTask = withTask.where('t.directive_id', '=', filter.directiveId);
    if (filter.taskKind) withTask = withTask.where('t.kind', '=', filter.taskKind);
    q = withTask as unknown as typeof q;
  }
  if (filter.periodKey) q = q.where('a.period_key', '=', filter.periodKey);
  if (filter.status) {
    const status = filter.status;
    q = q.where((eb) => eb(statusOnExpression(eb as never, date), '=', status));
  }
  return q;
}

type PageArgs = [
  unitId: UnitId,
  date: IsoDate,
  directiveId: DirectiveId,
  taskKind: TaskKind,
  periodKey: string,
  status: AssignmentStatus,
  afterOn: string,
  afterId: string,
  limit: number,
];
type PageRow = AssignmentTable & { status_on: string | null; total_count: number | string | bigint | null };

/**
 * One page of a subtree listing with the total count, as one statement: the page's ids are chosen on the
 * narrow index columns, then only those rows are read whole with their status; the count is a scalar
 * subquery over the whole filter (cursor aside), left out when not `counted`. Built once per combination of
 * filters, cursor and count.
 */
function pageQuery(filter: SubtreeFilter, after: boolean, counted: boolean) {
  const key = `${Boolean(filter.directiveId)}${Boolean(filter.taskKind)}${Boolean(filter.periodKey)}${Boolean(filter.status)}${after}${counted}`;
  let query = pageQueries.get(key);
  if (!query) {
    query = preparedQuery(
      (
        db: Db,
        unitId: UnitId,
        date: IsoDate,
        directiveId: DirectiveId,
        taskKind: TaskKind,
        periodKey: string,
        status: AssignmentStatus,
        afterOn: string,
        afterId: string,
        limit: number,
      ) => {
        const shaped: SubtreeFilter = {
          ...(filter.directiveId && { directiveId }),
          ...(filter.taskKind && { taskKind }),
          ...(filter.periodKey && { periodKey }),
          ...(filter.status && { status }),
        };
        let ids = subtreeQuery(db, unitId, date, shaped).select('s.assignment_id');
        // A row value, so that the cursor starts the range of the key rather than filtering it.
        if (after) ids = ids.where((eb) => eb(eb.refTuple('s.assigned_on', 's.assignment_id'), '>', eb.tuple(afterOn, afterId)));
        const total = subtreeQuery(db, unitId, date, shaped).select((eb) => eb.fn.countAll().as('n'));
        return db
          .selectFrom('assignment as a')
          .selectAll('a')
          .select((eb) => [
            statusOnExpression(eb, date).as('status_on'),
            counted ? total.as('total_count') : sql<null>`null`.as('total_count'),
          ])
          .where('a.id', 'in', ids.orderBy('s.assigned_on').orderBy('s.assignment_id').limit(limit))
          .orderBy('a.assigned_on')
          .orderBy('a.id');
      },
    ) as (db: Db, ...args: PageArgs) => Promise<PageRow[]>;
    pageQueries.set(key, query);
  }
  return query;
}
const pageQueries = new Map<string, (db: Db, ...args: PageArgs) => Promise<PageRow[]>>();

/**
 * Every assignment on a date whose assignee or place lies in a unit's subtree, filtered, in pages ordered by
 * assignment date then id. Cursors are stable: new assignments never shift a page already read, and
 * `totalCount` with `hasNextPage` make the listing complete — nothing is cut off silently.
 *
 * @example
 * let page = unwrap(await assignmentsInSubtree(db, province, isoDate('2023-06-01'), {}, { first: 100 }));
 * while (page.pageInfo.hasNextPage) page = unwrap(await assignmentsInSubtree(db, province, date, {}, { first: 100, after: page.pageInfo.endCursor! }));
 */
export async function assignmentsInSubtree(
  db: Db,
  unitId: UnitId,
  date: IsoDate,
  filter?: SubtreeFilter,
  page?: { readonly first?: number; readonly after?: string; readonly count?: true },
): Promise<Result<Page<AssignmentView>, PageError>>;
/**
 * With `count: false` the total is not read (it costs a count over the whole subtree, every row below the unit):
 * `totalCount` is `null` unless page one is the whole list; the page and `hasNextPage` are the same.
 */
export async function assignmentsInSubtree(
  db: Db,
  unitId: UnitId,
  date: IsoDate,
  filter: SubtreeFilter,
  page: CountedPageRequest,
): Promise<Result<Page<AssignmentView, number | null>, PageError>>;
export async function assignmentsInSubtree(
  db: Db,
  unitId: UnitId,
  date: IsoDate,
  filter: SubtreeFilter = {},
  page: CountedPageRequest = {},
): Promise<Result<Page<AssignmentView, number | null>, PageError>> {
  const request = readPageRequest(page);
  if (!request.ok) return request;
  const { first, after } = request.value;
  const counted = page.count !== false;

  const rows = await pageQuery(filter, after !== undefined, counted)(
    db,
    unitId,
    date,
    filter.directiveId ?? ('' as DirectiveId),
    filter.taskKind ?? ('' as TaskKind),
    filter.periodKey ?? '',
    filter.status ?? ('' as AssignmentStatus),
    after?.[0] ?? '',
    after?.[1] ?? '',
    first + 1,
  );
  // An empty page carries no count: none at all when it is the first page, else it takes its own statement.
  // Uncounted, the total is known only when page one is the whole list.
  let total: number | null;
  if (!counted) total = after === undefined && rows.length <= first ? rows.length : null;
  else if (rows.length > 0) total = Number(rows[0]!.total_count);
  else total = after ? await countInSubtree(db, unitId, date, filter) : 0;
  const pageRows = rows.slice(0, first);
  const last = pageRows.at(-1);
  return ok({
    items: await toViews(db, pageRows, date),
    totalCount: total,
    pageInfo: { hasNextPage: rows.length > first, endCursor: last ? pageCursor(last.assigned_on, last.id) : null },
  });
}

async function countInSubtree(db: Db, unitId: UnitId, date: IsoDate, filter: SubtreeFilter): Promise<number> {
  const { n } = await subtreeQuery(db, unitId, date, filter)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(n);
}

/** Overdue work under a unit on a date, grouped by the assignee's unit. */
export interface OverdueAtUnit {
  readonly unit: Unit;
  readonly assignments: readonly AssignmentView[];
}

/**
 * The assignments in a unit's subtree that are overdue on `date` (still open, due date passed), grouped by
 * the assignee's unit, units in code order.
 */
export async function overdueByUnit(db: Db, unitId: UnitId, date: IsoDate): Promise<OverdueAtUnit[]> {
  const rows = await subtreeQuery(db, unitId, date, {}, true)
    .selectAll('a')
    .select((eb) => statusOnExpression(eb as never, date).as('status_on'))
    .where('a.due_on', '<', date)
    .orderBy('a.assigned_on')
    .orderBy('a.id')
    .execute();
  const views = (await toViews(db, rows as never, date)).filter((v) => v.overdue);
  const groups = new Map<string, AssignmentView[]>();
  for (const v of views) groups.set(v.assignment.assigneeUnitId, [...(groups.get(v.assignment.assigneeUnitId) ?? []), v]);
  const units = await getUnits(db, [...groups.keys()] as UnitId[]);
  return units
    .filter((u): u is Unit => u !== undefined)
    .map((unit) => ({ unit, assignments: groups.get(unit.id)! }))
    .sort((a, b) => (a.unit.code ?? '~').localeCompare(b.unit.code ?? '~') || a.unit.fullName.localeCompare(b.unit.fullName, 'vi'));
}
