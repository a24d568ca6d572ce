import { sql } from 'kysely';
import { afterKeyAndId } from '../shared/keyset-page.js';
import type { Db } from '../store/database.js';
import { preparedQuery } from '../store/prepared-query.js';
import type { IsoDate } from '../time/iso-date.js';
import type { Reach } from './person-tasks-page.reach.js';
import { inForce, pageOfMerged, type PageRow } from './person-tasks-page.sql.js';

/**
 * How many posts and headed bodies a statement has slots for, whether it starts after a cursor, and how many
 * rows each branch keeps: SQLite runs a branch whose `limit` is a bound parameter about ten times slower than
 * one with the number in its text (measured on a person holding three posts: 0.13 against 0.012 ms of CPU),
 * so the limit is part of the text.
 */
interface Shape {
  readonly posts: number;
  readonly orgs: number;
  readonly after: boolean;
  readonly limit: number;
}

/** The statement's arguments, in slot order: person, date, cursor, then each post and each body. */
function argsOf(reach: Reach, date: IsoDate, after: readonly [string, string] | undefined): unknown[] {
  return [reach.personId, date, after?.[0] ?? '', after?.[1] ?? '', ...reach.postIds, ...reach.orgIds];
}

/** The columns of one path (`assignee_person_id`…) and their keys, from the arguments of a shape. */
function pathsIn(shape: Shape, args: readonly string[]) {
  const keys = args.slice(4);
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
 * branches (at most `limit` rows each, never the same row twice: an assignment has one assignee) are merged.
 */
function pageQueryOf(db: Db, shape: Shape, args: readonly string[]) {
  const [, date, afterOn, afterId] = args as [string, IsoDate, string, string];
  const limit = sql.lit(shape.limit);
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
  return pageOfMerged(db, merged.as('u'), date, limit);
}

type ShapedQuery<R> = (db: Db, ...args: unknown[]) => Promise<R[]>;
/** Shapes kept (least recently used out first): people differ in posts and bodies, clients in page sizes. */
const SHAPES_KEPT = 256;
const pageQueries = new Map<string, ShapedQuery<PageRow>>();
const countQueries = new Map<string, ShapedQuery<{ n: number | string | bigint }>>();

/** A statement of a shape, built and compiled once (one per number of posts and bodies a person has). */
function shaped<R>(cache: Map<string, ShapedQuery<R>>, shape: Shape, build: (db: Db, shape: Shape, args: readonly string[]) => unknown) {
  const key = `${shape.posts}.${shape.orgs}.${shape.after}.${shape.limit}`;
  let query = cache.get(key);
  if (query) cache.delete(key);
  else {
    const built = (db: Db, ...args: string[]) => build(db, shape, args);
    // preparedQuery counts a statement's arguments by its build function's parameters; here the shape fixes them.
    Object.defineProperty(built, 'length', { value: 1 + 4 + shape.posts + shape.orgs });
    query = preparedQuery(built as never) as unknown as ShapedQuery<R>;
    if (cache.size >= SHAPES_KEPT) cache.delete(cache.keys().next().value!);
  }
  cache.set(key, query);
  return query;
}

/**
 * A page of a person's tasks as a union with one branch per key (SQLite): its text depends on how many posts
 * and bodies reach the person, each shape prepared once and kept in SQLite's statement cache.
 */
export function unionPage(db: Db, reach: Reach, date: IsoDate, after: readonly [string, string] | undefined, limit: number) {
  const shape: Shape = { posts: reach.postIds.length, orgs: reach.orgIds.length, after: after !== undefined, limit };
  return shaped(pageQueries, shape, pageQueryOf)(db, ...argsOf(reach, date, after));
}

/** How many tasks reach the person on the date, in force then: a count per key over its index, summed (SQLite). */
export async function unionCount(db: Db, reach: Reach, date: IsoDate): Promise<number> {
  const shape: Shape = { posts: reach.postIds.length, orgs: reach.orgIds.length, after: false, limit: 0 };
  return Number((await shaped(countQueries, shape, countQuery)(db, ...argsOf(reach, date, undefined)))[0]!.n);
}
