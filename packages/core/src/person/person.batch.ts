import { inKeyOrder } from '../shared/group-by.js';
import type { PersonId } from '../shared/ids.js';
import type { Db } from '../store/database.js';
import type { Person } from './person.js';
import { personFromRow } from './person.mapper.js';

/** People by id, in key order (`undefined` where none exists), in one query. */
export async function getPeople(db: Db, ids: readonly PersonId[]): Promise<(Person | undefined)[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('person').selectAll().where('id', 'in', ids).execute();
  return inKeyOrder(ids, rows.map(personFromRow), (p) => p.id);
}
