import { notFound } from '../shared/common.errors.js';
import { refuse } from '../shared/core-error.js';
import type { SourceId } from '../shared/ids.js';
import type { Db } from '../store/database.js';

/** Refuses the write when the source it names was never recorded. */
export async function requireSource(trx: Db, id: SourceId): Promise<void> {
  const row = await trx.selectFrom('source').select('id').where('id', '=', id).executeTakeFirst();
  if (!row) refuse(notFound('SOURCE.NOT_FOUND', id));
}
