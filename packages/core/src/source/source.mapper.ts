import type { SourceId } from '../shared/ids.js';
import type { SourceTable } from '../store/database.js';
import type { Source } from './source.js';

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
