import { inKeyOrder } from '../shared/group-by.js';
import type { TermId } from '../shared/ids.js';
import type { Db } from '../store/database.js';
import type { Term } from './term.js';
import { termFromRow } from './term.mapper.js';

/** Terms of office by id, in key order (`undefined` where none exists), in one query. */
export async function getTerms(db: Db, ids: readonly TermId[]): Promise<(Term | undefined)[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('term').selectAll().where('id', 'in', ids).execute();
  return inKeyOrder(ids, rows.map(termFromRow), (t) => t.id);
}
