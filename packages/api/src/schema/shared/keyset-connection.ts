import type { KeysetPage, PageError, PageRequest, Result } from '@mttq/core';
import type { DefaultConnectionArguments } from '@pothos/plugin-relay';
import type { GraphQLError } from 'graphql';
import { coreRequestError, requestError } from '../../errors/api-error.js';
import { DEFAULT_PAGE_SIZE } from './connection.js';

/**
 * The page a connection read in SQL by `(key, id)` asks core for: forward only (`last`/`before` are refused with
 * `PAGE.BACKWARD_UNSUPPORTED`). `first: 0` asks for one row, so that `totalCount` and `hasNextPage` still answer.
 */
export function forwardPage(args: DefaultConnectionArguments): PageRequest {
  if (args.last != null || args.before != null) throw backwardUnsupported();
  return { first: Math.max(args.first ?? DEFAULT_PAGE_SIZE, 1), after: args.after ?? undefined };
}

/** `PAGE.BACKWARD_UNSUPPORTED`: a list paged forward only was asked for `last` or `before`. */
export function backwardUnsupported(): GraphQLError {
  return requestError('PAGE.BACKWARD_UNSUPPORTED', {
    vi: 'Danh sách này chỉ phân trang tiến (first, after).',
    en: 'This list pages forward only (first, after).',
  });
}

/**
 * A connection from one of core's keyset pages, each edge with its item's cursor; a malformed cursor or page size
 * is refused with core's code (`PAGE.CURSOR_INVALID`, `PAGE.SIZE_INVALID`). A page read without its count
 * (`count: false`, when the query does not select `totalCount`) leaves `totalCount` null.
 */
export function keysetConnection<T, N>(
  args: DefaultConnectionArguments,
  result: Result<KeysetPage<T, number | null>, PageError>,
  toNode: (item: T) => N,
) {
  if (!result.ok) throw coreRequestError(result.error);
  const page = result.value;
  const wanted = args.first === 0 ? 0 : page.items.length;
  const edges = page.items.slice(0, wanted).map((item, i) => ({ node: toNode(item), cursor: page.cursors[i]! }));
  return {
    edges,
    totalCount: page.totalCount,
    pageInfo: {
      hasNextPage: wanted < page.items.length || page.pageInfo.hasNextPage,
      hasPreviousPage: args.after != null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
