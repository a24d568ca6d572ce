import { newId, type SourceId } from '../shared/ids.js';
import type { Db, SourceTable } from '../store/database.js';
import type { Source, SourceInput } from './source.js';

/** Records a source and returns it; recording the same id again keeps the first. */
export async function createSource(db: Db, input: SourceInput): Promise<Source> {
  const id = input.id ?? newId<SourceId>('src');
  const row: SourceTable = {
    id,
    kind: input.kind,
    title: input.title,
    url: input.kind === 'url' ? input.url : null,
    citation: input.kind === 'document' ? input.citation : null,
    note: input.note ?? null,
  };
  await db.insertInto('source').values(row).onConflict((oc) => oc.column('id').doNothing()).execute();
  return (await getSource(db, id))!;
}

/** A source by id. */
export async function getSource(db: Db, id: SourceId): Promise<Source | undefined> {
  const row = await db.selectFrom('source').selectAll().where('id', '=', id).executeTakeFirst();
  return row && sourceFromRow(row);
}

/** The domain form of a stored source. */
export function sourceFromRow(row: SourceTable): Source {
  const base = { id: row.id as SourceId, title: row.title, note: row.note };
  switch (row.kind) {
    case 'url':
      return { ...base, kind: 'url', url: row.url ?? '' };
    case 'document':
      return { ...base, kind: 'document', citation: row.citation ?? '' };
    case 'synthetic':
      return { ...base, kind: 'synthetic' };
  }
}
