import { refuse } from '../shared/core-error.js';
import { checkTextLength } from '../shared/text-limits.js';
import type { SourceTable } from '../store/database.js';
import type { SourceId } from '../shared/ids.js';
import type { SourceInput } from './source.js';
import { sourceEmptyTitle, sourceIncomplete, sourceUrlInvalid } from './source.errors.js';

/** The schemes a source's url may have: a page to open, never a script (`javascript:`) or a local file. */
const URL_SCHEMES = new Set(['http:', 'https:']);

/**
 * The stored row of a source, checked: a title that is not blank, every text within its limit, a url source
 * with an absolute http(s) url, a document source with a citation.
 */
export function sourceRow(id: SourceId, input: SourceInput): SourceTable {
  const title = input.title.trim();
  if (title === '') refuse(sourceEmptyTitle());
  checkTextLength('title', title, 'title');
  checkTextLength('note', input.note, 'note');
  const note = input.note?.trim() || null;
  switch (input.kind) {
    case 'url': {
      const url = (input.url ?? '').trim();
      if (url === '') refuse(sourceIncomplete('url'));
      checkTextLength('url', url, 'url');
      if (!isWebAddress(url)) refuse(sourceUrlInvalid(url));
      return { id, kind: 'url', title, url, citation: null, note };
    }
    case 'document': {
      const citation = (input.citation ?? '').trim();
      if (citation === '') refuse(sourceIncomplete('citation'));
      checkTextLength('citation', citation, 'citation');
      return { id, kind: 'document', title, url: null, citation, note };
    }
    case 'synthetic':
      return { id, kind: 'synthetic', title, url: null, citation: null, note };
  }
}

function isWebAddress(raw: string): boolean {
  try {
    const url = new URL(raw);
    return URL_SCHEMES.has(url.protocol) && url.hostname !== '';
  } catch {
    return false;
  }
}
