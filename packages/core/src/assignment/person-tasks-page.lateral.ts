import { sql, type Expression, type SqlBool } from 'kysely';
import type { Db } from '../store/database.js';
import { preparedQuery } from '../store/prepared-query.js';
import type { IsoDate } from '../time/iso-date.js';
import type { Reach } from './person-tasks-page.reach.js';
import { inForce, pageOfMerged } from './person-tasks-page.sql.js';

/** The assignee column of each kind of key, each with its index `(assignee, assigned_on, id)`. */
type AssigneeColumn = 'assignee_person_id' | 'assignee_post_id' | 'assignee_org_id';

/** The keys of a kind as one array parameter: `unnest` turns it into rows `k(k)` whatever their number. */
function keysOf(db: Db, keys: unknown) {
  return db.selectFrom(sql<{ k: string }>`unnest(${keys}::text[])`.as('k'));
}

/**
 * The rows of one kind of key: for each key (a row of `unnest`), a lateral walk of its index in order from the
 * cursor that stops after `limit` rows in force. The walk `w` reads the index alone (it holds the order and the
 * id); each row it meets is joined to itself (`a`, by primary key) for its period and status. Asked for the
 * same rows from one table, PostgreSQL guessed a dozen rows per key (it cannot see which key the array holds)
 * and read and sorted all of a key's rows, 3,000 for a province chair's committee; an index-only walk is so
 * cheap that it keeps it.
 */
function lateralBranch(
  db: Db,
  column: AssigneeColumn,
  keys: unknown,
  date: IsoDate,
  after: readonly [string, string] | null,
  limit: number,
) {
  return keysOf(db, keys)
    .crossJoinLateral((eb) => {
      let q = eb
        .selectFrom('assignment as w')
        .innerJoin('assignment as a', 'a.id', 'w.id')
        .select(['w.id', 'w.assigned_on'])
        .whereRef(`w.${column}`, '=', 'k.k')
        .where('w.assigned_on', '<=', date)
        .where((a) => inForce(a, date));
      // A row comparison, which PostgreSQL reads as where to start in the index.
      if (after) q = q.where(sql<SqlBool>`(${sql.ref('w.assigned_on')}, ${sql.ref('w.id')}) > (${after[0]}, ${after[1]})`);
      return q.orderBy('w.assigned_on').orderBy('w.id').limit(limit).as('b');
    })
    .select(['b.id', 'b.assigned_on']);
}

/** One page statement (with or without a cursor) whose text is the same whatever the number of keys. */
function pageStatement(after: boolean) {
  return preparedQuery(
    (db, person: unknown, posts: unknown, orgs: unknown, date: IsoDate, afterOn: string, afterId: string, limit: number) => {
      const cursor = after ? ([afterOn, afterId] as const) : null;
      const merged = lateralBranch(db, 'assignee_person_id', person, date, cursor, limit)
        .unionAll(lateralBranch(db, 'assignee_post_id', posts, date, cursor, limit))
        .unionAll(lateralBranch(db, 'assignee_org_id', orgs, date, cursor, limit));
      return pageOfMerged(db, merged.as('u'), date, limit);
    },
  );
}

const firstPage = pageStatement(false);
const laterPage = pageStatement(true);

/** The tasks of one kind of key counted: a count per key over its index (a lateral aggregate), summed. */
function countOf(db: Db, column: AssigneeColumn, keys: unknown, date: IsoDate): Expression<unknown> {
  return keysOf(db, keys)
    .crossJoinLateral((eb) =>
      eb
        .selectFrom('assignment as a')
        .select((c) => c.fn.countAll().as('n'))
        .whereRef(`a.${column}`, '=', 'k.k')
        .where('a.assigned_on', '<=', date)
        .where((a) => inForce(a, date))
        .as('c'),
    )
    .select(sql<number>`coalesce(sum(c.n), 0)`.as('n'));
}

const countStatement = preparedQuery((db, person: unknown, posts: unknown, orgs: unknown, date: IsoDate) =>
  db.selectNoFrom(
    sql<
      number | string
    >`${countOf(db, 'assignee_person_id', person, date)} + ${countOf(db, 'assignee_post_id', posts, date)} + ${countOf(db, 'assignee_org_id', orgs, date)}`.as(
      'n',
    ),
  ),
);

/**
 * A page of a person's tasks as one statement of constant text (PostgreSQL): three branches, one per kind of
 * key (the person, the posts held, the bodies headed), each a lateral join over its keys passed as one array.
 * Kysely's driver sends unnamed statements, planned on every call: a statement that does not grow with the
 * keys keeps that planning cheap (for a chair with 13 keys, 0.9 ms against 1.7 ms for a union of one branch
 * per key, on a warm connection; docs/performance.md, "Issue 16: tasks of a person").
 */
export function lateralPage(db: Db, reach: Reach, date: IsoDate, after: readonly [string, string] | undefined, limit: number) {
  const statement = after ? laterPage : firstPage;
  return statement(db, [reach.personId], reach.postIds, reach.orgIds, date, after?.[0] ?? '', after?.[1] ?? '', limit);
}

/** How many tasks reach the person on the date, in force then (PostgreSQL, one statement of constant text). */
export async function lateralCount(db: Db, reach: Reach, date: IsoDate): Promise<number> {
  return Number((await countStatement(db, [reach.personId], reach.postIds, reach.orgIds, date))[0]!.n);
}
