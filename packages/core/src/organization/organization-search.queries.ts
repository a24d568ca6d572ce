import { afterKeyAndId, keysetPage, type KeysetPage, type PageRequest } from '../shared/keyset-page.js';
import { readPageRequest, type PageError } from '../shared/page.js';
import { ok, type Result } from '../shared/result.js';
import type { Db } from '../store/database.js';
import { validOn } from '../store/validity.mapper.js';
import { containsPattern } from '../text/search-key.js';
import type { IsoDate } from '../time/iso-date.js';
import type { Organization } from './organization.js';
import { organizationFromRow } from './organization.mapper.js';

/** Which organizations a search looks among: those in force on a date, or all. */
export interface OrganizationSearch {
  readonly asOf?: IsoDate;
}

function matches(db: Db, query: string, search: OrganizationSearch) {
  const q = db.selectFrom('organization').where('organization.search_key', 'like', containsPattern(query));
  const asOf = search.asOf;
  return asOf ? q.where((eb) => validOn(eb, 'organization', asOf)) : q;
}

/**
 * Organizations whose name contains `query`, ignoring diacritics and case, by search key then id: the first
 * `limit` (default 50). To read every match, page with `searchOrganizationsPage`.
 */
export async function searchOrganizations(
  db: Db,
  query: string,
  options: OrganizationSearch & { readonly limit?: number } = {},
): Promise<Organization[]> {
  const rows = await matches(db, query, options)
    .selectAll('organization')
    .orderBy('organization.search_key')
    .orderBy('organization.id')
    .limit(options.limit ?? 50)
    .execute();
  return rows.map(organizationFromRow);
}

/**
 * One page of the organizations `searchOrganizations` finds, in the same order, with the total over all pages.
 *
 * @example
 * const page = unwrap(await searchOrganizationsPage(db, 'mat tran', { asOf: isoDate('2026-01-01') }, { first: 20 }));
 */
export async function searchOrganizationsPage(
  db: Db,
  query: string,
  search: OrganizationSearch,
  page: PageRequest = {},
): Promise<Result<KeysetPage<Organization>, PageError>> {
  const request = readPageRequest(page);
  if (!request.ok) return request;
  const { first, after } = request.value;
  let q = matches(db, query, search).selectAll('organization');
  if (after) q = q.where(afterKeyAndId('organization.search_key', 'organization.id', after));
  const rows = await q
    .orderBy('organization.search_key')
    .orderBy('organization.id')
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
      (page) => page.map(organizationFromRow),
    ),
  );
}
