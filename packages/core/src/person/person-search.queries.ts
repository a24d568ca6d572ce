import { afterKeyAndId, keysetPage, type KeysetPage, type PageRequest } from '../shared/keyset-page.js';
import { readPageRequest, type PageError } from '../shared/page.js';
import { ok, type Result } from '../shared/result.js';
import type { Db, PersonTable } from '../store/database.js';
import { containsPattern, searchKey } from '../text/search-key.js';
import { peopleWithFormerName } from './person-name.queries.js';
import type { Person } from './person.js';
import { personFromRow } from './person.repository.js';

/** A person search found, and the name that matched: the current one, or a former name or spelling on record. */
export interface PersonMatch extends Person {
  readonly matchedName: string;
}

/** People whose current name, or one of their former names or corrected spellings, contains the query. */
function matches(db: Db, query: string) {
  const pattern = containsPattern(query);
  return db
    .selectFrom('person')
    .where((eb) => eb.or([eb('person.search_key', 'like', pattern), eb('person.id', 'in', peopleWithFormerName(db, pattern))]));
}

/**
 * People whose name contains `query`, ignoring diacritics and case ("tang thi duong" finds "Tăng Thị Dương"), by
 * search key then id: the first `limit` (default 50). A former name or a corrected spelling finds the person too
 * (an old register spelled it so); `matchedName` says which name matched. To read every match, page with
 * `searchPeoplePage`.
 */
export async function searchPeople(db: Db, query: string, options: { readonly limit?: number } = {}): Promise<PersonMatch[]> {
  const rows = await matches(db, query)
    .selectAll('person')
    .orderBy('person.search_key')
    .orderBy('person.id')
    .limit(options.limit ?? 50)
    .execute();
  return withMatchedNames(db, query, rows);
}

/**
 * One page of the people `searchPeople` finds, in the same order, with the total over all pages.
 *
 * @example
 * const page = unwrap(await searchPeoplePage(db, 'duc long', { first: 20 }));
 */
export async function searchPeoplePage(db: Db, query: string, page: PageRequest = {}): Promise<Result<KeysetPage<PersonMatch>, PageError>> {
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
      (found) => withMatchedNames(db, query, found),
    ),
  );
}

/**
 * The people of `rows` with the name that matched: the current one when it does, else their latest former name
 * or spelling that does (one query, only when some current name does not match).
 */
async function withMatchedNames(db: Db, query: string, rows: readonly PersonTable[]): Promise<PersonMatch[]> {
  const key = searchKey(query);
  const others = rows.filter((r) => !r.search_key.includes(key)).map((r) => r.id);
  const former = new Map<string, string>();
  if (others.length > 0) {
    const names = await db
      .selectFrom('person_name')
      .select(['person_id', 'name'])
      .where('person_id', 'in', others)
      .where('search_key', 'like', containsPattern(query))
      .orderBy('valid_to', 'desc')
      .orderBy('seq', 'desc')
      .execute();
    for (const n of names) if (!former.has(n.person_id)) former.set(n.person_id, n.name);
  }
  return rows.map((r) => ({ ...personFromRow(r), matchedName: former.get(r.id) ?? r.full_name }));
}
