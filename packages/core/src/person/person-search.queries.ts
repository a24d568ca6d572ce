import { afterKeyAndId, keysetPage, type KeysetPage, type PageRequest } from '../shared/keyset-page.js';
import { readPageRequest, type PageError } from '../shared/page.js';
import { ok, type Result } from '../shared/result.js';
import type { Db } from '../store/database.js';
import { containsPattern } from '../text/search-key.js';
import type { Person } from './person.js';
import { personFromRow } from './person.repository.js';

function matches(db: Db, query: string) {
  return db.selectFrom('person').where('person.search_key', 'like', containsPattern(query));
}

/**
 * People whose name contains `query`, ignoring diacritics and case ("tang thi duong" finds "Tăng Thị Dương"), by
 * search key then id: the first `limit` (default 50). To read every match, page with `searchPeoplePage`.
 */
export async function searchPeople(db: Db, query: string, options: { readonly limit?: number } = {}): Promise<Person[]> {
  const rows = await matches(db, query)
    .selectAll('person')
    .orderBy('person.search_key')
    .orderBy('person.id')
    .limit(options.limit ?? 50)
    .execute();
  return rows.map(personFromRow);
}

/**
 * One page of the people `searchPeople` finds, in the same order, with the total over all pages.
 *
 * @example
 * const page = unwrap(await searchPeoplePage(db, 'duc long', { first: 20 }));
 */
export async function searchPeoplePage(db: Db, query: string, page: PageRequest = {}): Promise<Result<KeysetPage<Person>, PageError>> {
  const request = readPageRequest(page);
  if (!request.ok) return request;
  const { first, after } = request.value;
  let q = matches(db, query).selectAll('person');
  if (after) q = q.where(afterKeyAndId('person.search_key', 'person.id', after));
  const rows = await q
    .orderBy('person.search_key')
    .orderBy('person.id')
    .limit(first + 1)
    .execute();
  const count = async () =>
    Number(
      (
        await matches(db, query)
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
      (page) => page.map(personFromRow),
    ),
  );
}
