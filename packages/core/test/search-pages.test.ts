// Search answers page by page in the database, in a stable order, with every match counted: a client reads
// all of them, however many, by following the cursors.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEFAULT_RULE_PACK,
  bulkLoad,
  findUnitByCode,
  isoDate,
  searchDirectives,
  searchDirectivesPage,
  searchOrganizations,
  searchOrganizationsPage,
  searchPeoplePage,
  searchUnits,
  searchUnitsPage,
  unwrap,
  type Db,
  type KeysetPage,
  type PageError,
  type Result,
  type Store,
} from '../src/index.js';
import { openFreshExampleStore } from '../src/testing/index.js';
import { storeWithSource } from './fixtures.js';

// The example dataset, read only: one store for the whole file.
let example: Store;
let db: Db;
beforeAll(async () => {
  example = await openFreshExampleStore();
  db = example.db;
}, 120_000);
afterAll(() => example?.close());

/** Every item of a search, read `size` at a time by following `endCursor`, and the totals each page gave. */
async function readAll<T>(read: (page: { first: number; after?: string }) => Promise<Result<KeysetPage<T>, PageError>>, size: number) {
  const items: T[] = [];
  const totals = new Set<number>();
  let after: string | undefined;
  for (;;) {
    const page = unwrap(await read({ first: size, after }));
    items.push(...page.items);
    totals.add(page.totalCount);
    expect(page.cursors).toHaveLength(page.items.length);
    expect(page.pageInfo.endCursor).toBe(page.cursors.at(-1) ?? null);
    if (!page.pageInfo.hasNextPage) return { items, totals: [...totals] };
    after = page.pageInfo.endCursor!;
  }
}

describe('search, page by page', () => {
  it('reads 1,050 people named alike 100 at a time: all of them, once each, counted whole on every page', async () => {
    const { db, sourceId } = await storeWithSource();
    const people = Array.from({ length: 1050 }, (_, i) => ({ fullName: `Nguyễn Văn Thử ${String(i).padStart(4, '0')}`, sourceId }));
    unwrap(await bulkLoad(db, { people }, { rulePack: DEFAULT_RULE_PACK }));
    const { items, totals } = await readAll((page) => searchPeoplePage(db, 'nguyen van thu', page), 100);
    expect(totals).toEqual([1050]);
    expect(items.map((p) => p.fullName)).toEqual(people.map((p) => p.fullName));
    expect(new Set(items.map((p) => p.id)).size).toBe(1050);
  });

  it('pages through units in the order searchUnits gives, within a level, a date and a subtree', async () => {
    const asOf = isoDate('2023-01-01');
    const whole = await searchUnits(db, 'a', { asOf, limit: 500 });
    expect(whole.length).toBeGreaterThan(10);
    const paged = await readAll((page) => searchUnitsPage(db, 'a', { asOf }, page), 7);
    expect(paged.items.map((u) => u.id)).toEqual(whole.map((u) => u.id));
    expect(paged.totals).toEqual([whole.length]);

    const vinhLoc = unwrap(await findUnitByCode(db, '02287', asOf));
    const under = await readAll((page) => searchUnitsPage(db, 'minh hoa', { asOf, under: vinhLoc.id }, page), 1);
    expect(under.items.map((u) => u.fullName)).toEqual(['Tổ dân phố Minh Họa 1', 'Tổ dân phố Minh Họa 2']);
    expect(under.totals).toEqual([2]);
    const districts = unwrap(await searchUnitsPage(db, 'chiem hoa', { asOf, level: 'district' }));
    expect(districts.items.map((u) => u.fullName)).toEqual(['Huyện Chiêm Hóa']);
  });

  it('pages through organizations and directives as their lists give them', async () => {
    const asOf = isoDate('2023-01-01');
    const organizations = await searchOrganizations(db, 'chiem hoa', { asOf, limit: 500 });
    const pagedOrganizations = await readAll((page) => searchOrganizationsPage(db, 'chiem hoa', { asOf }, page), 3);
    expect(pagedOrganizations.items.map((o) => o.id)).toEqual(organizations.map((o) => o.id));
    expect(pagedOrganizations.totals).toEqual([organizations.length]);

    const directives = await searchDirectives(db, 'chiem hoa', { limit: 500 });
    expect(directives.length).toBeGreaterThan(3);
    const pagedDirectives = await readAll((page) => searchDirectivesPage(db, 'chiem hoa', {}, page), 2);
    expect(pagedDirectives.items).toEqual(directives);
  });

  it('answers an empty page with no cursor, and refuses a malformed cursor or page size with a code', async () => {
    const none = unwrap(await searchPeoplePage(db, 'khong ai co ten nay'));
    expect(none).toEqual({ items: [], cursors: [], totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null } });
    const cursor = await searchPeoplePage(db, 'long', { after: 'not-a-cursor' });
    expect(!cursor.ok && cursor.error.code).toBe('PAGE.CURSOR_INVALID');
    const size = await searchUnitsPage(db, 'a', {}, { first: 0 });
    expect(!size.ok && size.error.code).toBe('PAGE.SIZE_INVALID');
  });
});
