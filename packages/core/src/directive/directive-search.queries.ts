import { afterKeyAndId, keysetPage, type KeysetPage, type PageRequest } from '../shared/keyset-page.js';
import { readPageRequest, type PageError } from '../shared/page.js';
import { ok, type Result } from '../shared/result.js';
import type { Db } from '../store/database.js';
import { containsPattern } from '../text/search-key.js';
import type { Directive } from './directive.js';
import type { DirectiveKind } from './directive-kind.js';
import { withParties } from './directive.queries.js';

/** Which directives a search looks among: of one kind, or all. */
export interface DirectiveSearch {
  readonly kind?: DirectiveKind;
}

function matches(db: Db, query: string, search: DirectiveSearch) {
  const q = db.selectFrom('directive').where('directive.search_key', 'like', containsPattern(query));
  return search.kind ? q.where('directive.kind', '=', search.kind) : q;
}

/**
 * Directives whose symbol or title contains `query`, ignoring diacritics and case ("02-DA/TU" finds 02-ĐA/TU), by
 * search key then id: the first `limit` (default 50). To read every match, page with `searchDirectivesPage`.
 */
export async function searchDirectives(
  db: Db,
  query: string,
  options: DirectiveSearch & { readonly limit?: number } = {},
): Promise<Directive[]> {
  const rows = await matches(db, query, options)
    .selectAll('directive')
    .orderBy('directive.search_key')
    .orderBy('directive.id')
    .limit(options.limit ?? 50)
    .execute();
  return withParties(db, rows);
}

/**
 * One page of the directives `searchDirectives` finds, in the same order, with the total over all pages.
 *
 * @example
 * const page = unwrap(await searchDirectivesPage(db, 'du lich', { kind: 'project' }, { first: 20 }));
 */
export async function searchDirectivesPage(
  db: Db,
  query: string,
  search: DirectiveSearch,
  page: PageRequest = {},
): Promise<Result<KeysetPage<Directive>, PageError>> {
  const request = readPageRequest(page);
  if (!request.ok) return request;
  const { first, after } = request.value;
  let q = matches(db, query, search).selectAll('directive');
  if (after) q = q.where(afterKeyAndId('directive.search_key', 'directive.id', after));
  const rows = await q
    .orderBy('directive.search_key')
    .orderBy('directive.id')
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
      (page) => withParties(db, page),
    ),
  );
}
