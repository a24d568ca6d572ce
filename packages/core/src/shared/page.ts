import { coreError, type CoreError } from './core-error.js';
import { err, ok, type Result } from './result.js';

/**
 * A page of a listing: its items, the total over all pages, and a cursor to go on from. `Total` is `number | null`
 * for a listing that counts only when asked (`count: false` gives `null`: the total is not known).
 */
export interface Page<T, Total extends number | null = number> {
  readonly items: readonly T[];
  readonly totalCount: Total;
  readonly pageInfo: { readonly hasNextPage: boolean; readonly endCursor: string | null };
}

export type PageError =
  CoreError<'PAGE.SIZE_INVALID', { first: number; max: number }> | CoreError<'PAGE.CURSOR_INVALID', { cursor: string }>;

/** The largest page a listing gives; ask for more pages rather than a bigger one. */
export const MAX_PAGE_SIZE = 500;

/**
 * The cursor of an item in a listing ordered by `(key, id)`: both values, opaque to the caller. Listings of
 * core and the API's connections over them use this one format.
 */
export function pageCursor(key: string, id: string): string {
  return Buffer.from(JSON.stringify([key, id])).toString('base64url');
}

/** The page size and the position after which to start, checked; a bad size or cursor is a typed error. */
export function readPageRequest(
  page: { readonly first?: number; readonly after?: string },
  defaultSize = 100,
): Result<{ first: number; after?: [string, string] }, PageError> {
  const first = page.first ?? defaultSize;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    return err(
      coreError(
        'PAGE.SIZE_INVALID',
        {
          vi: `Số dòng mỗi trang phải từ 1 đến ${MAX_PAGE_SIZE} (nhận được ${first}).`,
          en: `The rows per page must be from 1 to ${MAX_PAGE_SIZE} (got ${first}).`,
        },
        { first, max: MAX_PAGE_SIZE },
      ),
    );
  }
  if (page.after === undefined) return ok({ first });
  const after = decode(page.after);
  return after
    ? ok({ first, after })
    : err(
        coreError(
          'PAGE.CURSOR_INVALID',
          { vi: 'Con trỏ phân trang không hợp lệ.', en: 'The page cursor is not valid.' },
          { cursor: page.after },
        ),
      );
}

function decode(cursor: string): [string, string] | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    return Array.isArray(value) && value.length === 2 && value.every((v) => typeof v === 'string')
      ? (value as [string, string])
      : undefined;
  } catch {
    return undefined;
  }
}
