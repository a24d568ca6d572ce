import type { IsoDate } from '@mttq/core';
import type { DefaultConnectionArguments } from '@pothos/plugin-relay';
import { builder } from '../builder.js';
import { at, type At } from './at.js';
import { checkOffsetCursors } from './offset-cursor.js';
import { offsetPage } from './offset-page.js';

/** The largest page any connection gives; a request asking for more is refused before it runs. */
export const MAX_PAGE_SIZE = 100;
/** The page size when a query gives neither `first` nor `last`. */
export const DEFAULT_PAGE_SIZE = 20;

/** One page of a list already read in full (a unit's children, a post's holders…), with `totalCount`. */
export function pageOf<T>(args: DefaultConnectionArguments, items: readonly T[]) {
  checkOffsetCursors(args);
  return { ...offsetPage(args, items, PAGE_SIZES, (item) => item), totalCount: items.length };
}

/**
 * One page of records read in full, each seen on `asOf` (as `pageOf(args, allAt(items, asOf))`, but only the
 * records of the page are copied).
 */
export function pageAt<T extends object>(args: DefaultConnectionArguments, items: readonly T[], asOf: IsoDate) {
  checkOffsetCursors(args);
  return { ...offsetPage(args, items, PAGE_SIZES, (item): At<T> => at(item, asOf)), totalCount: items.length };
}

const PAGE_SIZES = { defaultSize: DEFAULT_PAGE_SIZE, maxSize: MAX_PAGE_SIZE };

/** The cost of a connection field: its own, and its selection counted once per row it may return. */
export function connectionComplexity(args: { first?: number | null; last?: number | null }) {
  return { field: 1, multiplier: args.first ?? args.last ?? DEFAULT_PAGE_SIZE };
}

builder.globalConnectionField('totalCount', (t) =>
  t.int({
    nullable: false,
    description: 'How many items the whole list has, over all pages.',
    resolve: (parent) => parent.totalCount ?? notCounted(),
  }),
);

/** A connection left its total unread (`null`) although the query selects it: a bug of its resolver. */
function notCounted(): never {
  throw new Error('totalCount is selected but the connection did not read it');
}
