import { offsetForArgs, offsetToCursor, type DefaultConnectionArguments } from '@pothos/plugin-relay';

/**
 * An edge of a list paged in memory. Its cursor (base64 of `OffsetConnection:<index>`, as Pothos writes it) is
 * made only when a query asks for it: most ask for the nodes alone, and a thousand cursors nobody reads were a
 * thousand strings to build and collect per request.
 */
export class OffsetEdge<T> {
  constructor(
    private readonly index: number,
    readonly node: T,
  ) {}

  get cursor(): string {
    return offsetToCursor(this.index);
  }
}

/** The page information of a list paged in memory, its cursors made when asked for. */
export class OffsetPageInfo {
  constructor(
    private readonly offset: number,
    private readonly size: number,
    readonly hasPreviousPage: boolean,
    readonly hasNextPage: boolean,
  ) {}

  get startCursor(): string {
    return offsetToCursor(this.offset);
  }

  get endCursor(): string {
    return offsetToCursor(this.offset + this.size - 1);
  }
}

/**
 * The page `args` asks for out of `items`, each shown as `show` makes it (only the items of the page are made):
 * the same edges, cursors and page information as Pothos's `resolveArrayConnection`, the cursors made lazily.
 */
export function offsetPage<T, U>(
  args: DefaultConnectionArguments,
  items: readonly T[],
  options: { readonly defaultSize: number; readonly maxSize: number },
  show: (item: T) => U,
) {
  const { offset, limit, expectedSize, hasPreviousPage, hasNextPage } = offsetForArgs({ args, ...options, totalCount: items.length });
  const nodes = items.slice(offset, offset + limit);
  const edges: OffsetEdge<U>[] = [];
  for (let i = 0; i < nodes.length && i < expectedSize; i++) edges.push(new OffsetEdge(offset + i, show(nodes[i]!)));
  return { edges, pageInfo: new OffsetPageInfo(offset, edges.length, hasPreviousPage, hasNextPage(nodes.length)) };
}
