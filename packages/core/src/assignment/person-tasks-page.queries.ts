import { PostgresAdapter } from 'kysely';
import { postsHeldBy } from '../holding/holding.queries.js';
import type { PersonId } from '../shared/ids.js';
import { keysetPage, type CountedPageRequest, type KeysetPage, type PageRequest } from '../shared/keyset-page.js';
import { readPageRequest, type PageError } from '../shared/page.js';
import { ok, type Result } from '../shared/result.js';
import type { Db } from '../store/database.js';
import type { IsoDate } from '../time/iso-date.js';
import { toViews } from './assignment.queries.js';
import { lateralCount, lateralPage } from './person-tasks-page.lateral.js';
import { reachOf } from './person-tasks-page.reach.js';
import { unionCount, unionPage } from './person-tasks-page.union.js';
import { pathsOf, type PersonTask } from './who-is-assigned.queries.js';

/** The page and count statements of a database: constant text on PostgreSQL, one branch per key on SQLite. */
function statementsOf(db: Db) {
  return db.getExecutor().adapter instanceof PostgresAdapter
    ? { page: lateralPage, count: lateralCount }
    : { page: unionPage, count: unionCount };
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
  const statements = statementsOf(db);
  const rows = await statements.page(db, reach, date, after, first + 1);
  const count = page.count === false ? null : () => statements.count(db, reach, date);
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
