import { inKeyOrder } from '../shared/group-by.js';
import type { SourceId } from '../shared/ids.js';
import type { Db } from '../store/database.js';
import type { Source } from './source.js';
import { sourceFromRow } from './source.mapper.js';

/** Sources by id, in key order (`undefined` where none exists), in one query. */
export async function getSources(db: Db, ids: readonly SourceId[]): Promise<(Source | undefined)[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('source').selectAll().where('id', 'in', ids).execute();
  return inKeyOrder(ids, rows.map(sourceFromRow), (s) => s.id);
}
