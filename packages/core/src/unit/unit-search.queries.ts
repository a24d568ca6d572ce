import type { Level } from '../catalog/level.js';
import type { UnitId } from '../shared/ids.js';
import { afterKeyAndId, keysetPage, type KeysetPage, type PageRequest } from '../shared/keyset-page.js';
import { readPageRequest, type PageError } from '../shared/page.js';
import { ok, type Result } from '../shared/result.js';
import type { Db } from '../store/database.js';
import { validOn } from '../store/validity.mapper.js';
import { containsPattern } from '../text/search-key.js';
import type { IsoDate } from '../time/iso-date.js';
import type { Unit } from './unit.js';
import { unitFromRow } from './unit.mapper.js';

/**
 * Which units a search looks among: existing on `asOf`, of a level, below a unit (on `asOf`; without a date, below
 * it on any day).
 */
export interface UnitSearch {
  readonly asOf?: IsoDate;
  readonly level?: Level;
  readonly under?: UnitId;
}

function matches(db: Db, query: string, search: UnitSearch) {
  let q = db.selectFrom('admin_unit').where('admin_unit.search_key', 'like', containsPattern(query));
  if (search.asOf) {
    const asOf = search.asOf;
    q = q.where((eb) => validOn(eb, 'admin_unit', asOf));
  }
  if (search.level) q = q.where('admin_unit.level', '=', search.level);
  if (search.under) {
    let below = db
      .selectFrom('unit_closure as c')
      .select('c.descendant_id')
      .where('c.ancestor_id', '=', search.under)
      .where('c.depth', '>', 0);
    const asOf = search.asOf;
    if (asOf) below = below.where((eb) => validOn(eb, 'c', asOf));
    q = q.where('admin_unit.id', 'in', below);
  }
  return q;
}

/**
 * Units whose name contains `query`, ignoring diacritics and case ("chiem hoa" finds "Huyện Chiêm Hóa"), by
 * search key then id: the first `limit` (default 50). With `asOf`, only units that exist on that date; with
 * `under`, only units below that one on the date. To read every match, page with `searchUnitsPage`.
 */
export async function searchUnits(db: Db, query: string, options: UnitSearch & { readonly limit?: number } = {}): Promise<Unit[]> {
  const rows = await matches(db, query, options)
    .selectAll('admin_unit')
    .orderBy('admin_unit.search_key')
    .orderBy('admin_unit.id')
    .limit(options.limit ?? 50)
    .execute();
  return rows.map(unitFromRow);
}

/**
 * One page of the units `searchUnits` finds, in the same order, with the total over all pages; nothing is cut off.
 *
 * @example
 * let page = unwrap(await searchUnitsPage(db, 'minh', { asOf: isoDate('2023-01-01') }, { first: 50 }));
 * while (page.pageInfo.hasNextPage) page = unwrap(await searchUnitsPage(db, 'minh', { asOf: isoDate('2023-01-01') }, { first: 50, after: page.pageInfo.endCursor! }));
 */
export async function searchUnitsPage(
  db: Db,
  query: string,
  search: UnitSearch,
  page: PageRequest = {},
): Promise<Result<KeysetPage<Unit>, PageError>> {
  const request = readPageRequest(page);
  if (!request.ok) return request;
  const { first, after } = request.value;
  let q = matches(db, query, search).selectAll('admin_unit');
  if (after) q = q.where(afterKeyAndId('admin_unit.search_key', 'admin_unit.id', after));
  const rows = await q
    .orderBy('admin_unit.search_key')
    .orderBy('admin_unit.id')
    .limit(first + 1)
    .execute();
  const count = async () =>
    Number(
      (
        await matches(db, query, search)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  return ok(
    await keysetPage(
      rows,
      request.value,
      (r) => r.search_key,
      count,
      (page) => page.map(unitFromRow),
    ),
  );
}
