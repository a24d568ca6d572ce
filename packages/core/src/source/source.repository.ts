import { newId, type SourceId } from '../shared/ids.js';
import type { Result } from '../shared/result.js';
import type { Db } from '../store/database.js';
import { runWrite } from '../store/run-write.js';
import type { Source, SourceInput } from './source.js';
import { sourceFromRow } from './source.mapper.js';
import { sourceRow } from './source.checks.js';
import type { SourceWriteError } from './source.errors.js';

/**
 * Records a source and returns it, audited under `input.unitId` (the unit the writer acts for); recording
 * the same id again keeps the first and records nothing. Refused when the title is blank, a text is too long,
 * a url source's url is not an absolute http(s) address, or a document source has no citation.
 *
 * @example
 * const source = unwrap(await createSource(db, { kind: 'url', title: 'Bài viết', url: 'https://example.vn/bai-viet' }));
 */
export async function createSource(db: Db, input: SourceInput): Promise<Result<Source, SourceWriteError>> {
  let inserted = false;
  return runWrite(
    db,
    async (trx) => {
      const row = sourceRow(input.id ?? newId<SourceId>('src'), input);
      const result = await trx
        .insertInto('source')
        .values(row)
        .onConflict((oc) => oc.column('id').doNothing())
        .executeTakeFirst();
      inserted = Number(result.numInsertedOrUpdatedRows ?? 0n) > 0;
      return (await getSource(trx, row.id as SourceId))!;
    },
    (s) => (inserted ? [{ action: 'source.create', entityType: 'source', entityId: s.id, unitId: input.unitId ?? null, after: s }] : []),
  );
}

/** A source by id. */
export async function getSource(db: Db, id: SourceId): Promise<Source | undefined> {
  const row = await db.selectFrom('source').selectAll().where('id', '=', id).executeTakeFirst();
  return row && sourceFromRow(row);
}
