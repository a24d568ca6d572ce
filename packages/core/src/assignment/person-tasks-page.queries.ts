import { sql, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { HeldPost } from '../holding/holding.js';
import { postsHeldBy } from '../holding/holding.queries.js';
import type { OrganizationId, PersonId, PostId } from '../shared/ids.js';
import { afterKeyAndId, keysetPage, type CountedPageRequest, type KeysetPage, type PageRequest } from '../shared/keyset-page.js';
import { readPageRequest, type PageError } from '../shared/page.js';
import { ok, type Result } from '../shared/result.js';
import type { AssignmentTable, Database, Db } from '../store/database.js';
import { preparedQuery } from '../store/prepared-query.js';
import type { IsoDate } from '../time/iso-date.js';
import { statusOnExpression, toViews } from './assignment.queries.js';
import { pathsOf, type PersonTask } from './who-is-assigned.queries.js';

/** The keys by which assignments reach a person on a date: their id, the posts they hold, the bodies they head. */
interface Reach {
  readonly personId: PersonId;
  readonly postIds: readonly PostId[];
  readonly orgIds: readonly OrganizationId[];
}

/** How many posts and headed bodies a statement has slots for, and whether it starts after a cursor. */
interface Shape {
  readonly posts: number;
  readonly orgs: number;
  readonly after: boolean;
}

type Eb = ExpressionBuilder<Database & { a: AssignmentTable }, 'a'>;
type PageRow = AssignmentTable & { status_on: string | null };

/**
 * In force on `date` (as `tasksOfPerson` keeps them): not cancelled by then, and within its period or not yet
 * done. The status on the date is read once per row.
 */
function inForce(eb: Eb, date: IsoDate) {
  return sql<SqlBool>`(case coalesce((${statusOnExpression(eb, date)}), '') when 'cancelled' then 0 when 'done' then (case when ${sql.ref('a.period_to')} > ${date} then 1 else 0 end) else 1 end) = 1`;
}

/** The statement's arguments, in slot order: person, date, cursor, limit, then each post and each body. */
function argsOf(reach: Reach, date: IsoDate, after: readonly [string, string] | undefined, limit: number): unknown[] {
  return [reach.personId, date, after?.[0] ?? '', after?.[1] ?? '', limit, ...reach.postIds, ...reach.orgIds];
}

/** The columns of one path (`assignee_person_id`…) and their keys, from the arguments of a shape. */
function pathsIn(shape: Shape, args: readonly string[]) {
  const keys = args.slice(5);
  return [
    ['a.assignee_person_id', [args[0]!]],
    ['a.assignee_post_id', keys.slice(0, shape.posts)],
    ['a.assignee_org_id', keys.slice(shape.posts, shape.posts + shape.orgs)],
  ] as const;
}

/**
 * Every assignment reaching the person on the date, in force then, counted (the cursor aside): a count per key,
 * each over its index alone, summed (one `or` over all keys would read every row from the table to merge them).
 */
function countQuery(db: Db, shape: Shape, args: readonly string[]) {
  const date = args[1] as IsoDate;
  const counts = pathsIn(shape, args).flatMap(([column, keys]) =>
    keys.map((key) =>
      db
        .selectFrom('assignment as a')
        .select((eb) => eb.fn.countAll().as('n'))
        .where(column, '=', key)
        .where('a.assigned_on', '<=', date)
        .where((eb) => inForce(eb, date)),
    ),
  );
  return db.selectNoFrom(sql<number>`${sql.join(counts, sql` + `)}`.as('n'));
}

/**
 * One page as one statement: each key of each path (the person, every post held, every body headed) walks its
 * index `(assignee, assigned_on, id)` in order from the cursor and stops after `limit` rows in force; the
 * branches (at most `limit` rows each, never the same row twice: an assignment has one assignee) are merged,
 * the first `limit` kept, and only those rows read whole, with their status. The count is a statement of its
 * own, run only when the page does not tell it (a first page with no next one does).
 */
function pageQueryOf(db: Db, shape: Shape, args: readonly string[]) {
  const [, date, afterOn, afterId, limit] = args as [string, IsoDate, string, string, number];
  const branches = pathsIn(shape, args).flatMap(([column, keys]) =>
    keys.map((key) => {
      let q = db
        .selectFrom('assignment as a')
        .select(['a.id', 'a.assigned_on'])
        .where(column, '=', key)
        .where('a.assigned_on', '<=', date)
        .where((eb) => inForce(eb, date));
      if (shape.after) q = q.where(afterKeyAndId('a.assigned_on', 'a.id', [afterOn, afterId]));
      return db.selectFrom(q.orderBy('a.assigned_on').orderBy('a.id').limit(limit).as('b')).selectAll('b');
    }),
  );
  const merged = branches.slice(1).reduce((union, branch) => union.unionAll(branch), branches[0]!);
  const ids = db.selectFrom(merged.as('u')).select('u.id').orderBy('u.assigned_on').orderBy('u.id').limit(limit);
  return db
    .selectFrom('assignment as a')
    .selectAll('a')
    .select((eb) => statusOnExpression(eb, date).as('status_on'))
    .where('a.id', 'in', ids)
    .orderBy('a.assigned_on')
    .orderBy('a.id');
}

type ShapedQuery<R> = (db: Db, ...args: unknown[]) => Promise<R[]>;
const pageQueries = new Map<string, ShapedQuery<PageRow>>();
const countQueries = new Map<string, ShapedQuery<{ n: number | string | bigint }>>();

/** A statement of a shape, built and compiled once (one per number of posts and bodies a person has). */
function shaped<R>(cache: Map<string, ShapedQuery<R>>, shape: Shape, build: (db: Db, shape: Shape, args: readonly string[]) => unknown) {
  const key = `${shape.posts}.${shape.orgs}.${shape.after}`;
  let query = cache.get(key);
  if (!query) {
    const built = (db: Db, ...args: string[]) => build(db, shape, args);
    // preparedQuery counts a statement's arguments by its build function's parameters; here the shape fixes them.
    Object.defineProperty(built, 'length', { value: 1 + 5 + shape.posts + shape.orgs });
    query = preparedQuery(built as never) as unknown as ShapedQuery<R>;
    cache.set(key, query);
  }
  return query;
}

/** The keys by which assignments reach a person, from the posts they hold on the date (each key once). */
function reachOf(personId: PersonId, held: readonly HeldPost[]): Reach {
  return {
    personId,
    postIds: [...new Set(held.map((h) => h.post.id))],
    orgIds: [...new Set(held.filter((h) => h.post.heads).map((h) => h.organization.id))],
  };
}

/**
 * One page of `tasksOfPerson`, paged in the database: the same tasks with the same paths, in the same order
 * (assignment date, then id), read `first` at a time after a cursor, with the total count. A person with
 * thousands of assignments costs a page, not the whole list. Four statements: the posts held (they name the
 * paths), the page, and the page's tasks with their directives; a fifth counts them all when the page alone
 * does not tell the count (`count: false` skips it: the total is then `null`).
 *
 * @example
 * let page = unwrap(await tasksOfPersonPage(db, trieuDucLong, isoDate('2023-06-01'), { first: 20 }));
 * while (page.pageInfo.hasNextPage) page = unwrap(await tasksOfPersonPage(db, trieuDucLong, date, { first: 20, after: page.pageInfo.endCursor! }));
 */
export async function tasksOfPersonPage(
  db: Db,
  personId: PersonId,
  date: IsoDate,
  page?: PageRequest & { readonly count?: true },
): Promise<Result<KeysetPage<PersonTask>, PageError>>;
/** With `count: false`, no count is read: `totalCount` is `null` unless page one is the whole list. */
export async function tasksOfPersonPage(
  db: Db,
  personId: PersonId,
  date: IsoDate,
  page: CountedPageRequest,
): Promise<Result<KeysetPage<PersonTask, number | null>, PageError>>;
export async function tasksOfPersonPage(
  db: Db,
  personId: PersonId,
  date: IsoDate,
  page: CountedPageRequest = {},
): Promise<Result<KeysetPage<PersonTask, number | null>, PageError>> {
  const request = readPageRequest(page);
  if (!request.ok) return request;
  const { first, after } = request.value;
  const held = await postsHeldBy(db, personId, date);
  const reach = reachOf(personId, held);
  const shape: Shape = { posts: reach.postIds.length, orgs: reach.orgIds.length, after: after !== undefined };
  const args = argsOf(reach, date, after, first + 1);
  const rows = await shaped(pageQueries, shape, pageQueryOf)(db, ...args);
  const count =
    page.count === false
      ? null
      : async () => Number((await shaped(countQueries, { ...shape, after: false }, countQuery)(db, ...args))[0]!.n);
  return ok(
    await keysetPage(
      rows,
      { first, after },
      (r) => r.assigned_on,
      count,
      async (pageRows) => (await toViews(db, pageRows, date)).map((view) => ({ view, paths: pathsOf(view.assignment.assignee, held) })),
    ),
  );
}
