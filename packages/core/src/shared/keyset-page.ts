import { sql, type Expression, type SqlBool } from 'kysely';
import { pageCursor, type Page } from './page.js';

/** What page of a listing to read: how many items, and after which item's cursor. */
export interface PageRequest {
  readonly first?: number;
  readonly after?: string;
}

/** A page request to a listing that can skip its total: `count: false` reads no count (`totalCount: null`). */
export interface CountedPageRequest extends PageRequest {
  readonly count?: boolean;
}

/** A page of a listing ordered by `(key, id)`, with the cursor of every item (to go on from any of them). */
export interface KeysetPage<T, Total extends number | null = number> extends Page<T, Total> {
  /** `cursors[i]` is the cursor of `items[i]`. */
  readonly cursors: readonly string[];
}

/** A stored row of a listing ordered by `(key, id)`. */
export interface KeyedRow {
  readonly id: string;
}

/**
 * The rows after the item `(key, id)` in `(key, id)` order, for `keyColumn` and `idColumn` named as SQL
 * references (`admin_unit.search_key`). Written as two comparisons, which both databases read from an index.
 *
 * @example
 * db.selectFrom('person').selectAll().where(afterKeyAndId('person.search_key', 'person.id', ['tang thi duong', 'per_1']))
 */
export function afterKeyAndId(keyColumn: string, idColumn: string, [key, id]: readonly [string, string]): Expression<SqlBool> {
  const k = sql.ref(keyColumn);
  const i = sql.ref(idColumn);
  return sql<SqlBool>`(${k} > ${key} or (${k} = ${key} and ${i} > ${id}))`;
}

/**
 * One page from the rows read for it: `rows` holds at most `first + 1` rows in order (the extra one says there is
 * a next page). `totalCount` is read only when the page alone does not tell it (it does when it is the first page
 * and has no next one); with `count` null it is not read at all (`totalCount: null` unless the page tells it).
 */
export async function keysetPage<R extends KeyedRow, T>(
  rows: readonly R[],
  request: { readonly first: number; readonly after?: unknown },
  keyOf: (row: R) => string,
  count: () => Promise<number>,
  toItems: (rows: readonly R[]) => Promise<readonly T[]> | readonly T[],
): Promise<KeysetPage<T>>;
export async function keysetPage<R extends KeyedRow, T>(
  rows: readonly R[],
  request: { readonly first: number; readonly after?: unknown },
  keyOf: (row: R) => string,
  count: (() => Promise<number>) | null,
  toItems: (rows: readonly R[]) => Promise<readonly T[]> | readonly T[],
): Promise<KeysetPage<T, number | null>>;
export async function keysetPage<R extends KeyedRow, T>(
  rows: readonly R[],
  request: { readonly first: number; readonly after?: unknown },
  keyOf: (row: R) => string,
  count: (() => Promise<number>) | null,
  toItems: (rows: readonly R[]) => Promise<readonly T[]> | readonly T[],
): Promise<KeysetPage<T, number | null>> {
  const pageRows = rows.slice(0, request.first);
  const hasNextPage = rows.length > request.first;
  const totalCount = request.after === undefined && !hasNextPage ? pageRows.length : count ? await count() : null;
  const cursors = pageRows.map((r) => pageCursor(keyOf(r), r.id));
  return { items: await toItems(pageRows), cursors, totalCount, pageInfo: { hasNextPage, endCursor: cursors.at(-1) ?? null } };
}
