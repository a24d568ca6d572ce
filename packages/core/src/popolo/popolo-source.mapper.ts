import type { SourceId } from '../shared/ids.js';
import type { Source, SourceInput } from '../source/source.js';
import { SOURCE_URN_PREFIX, type PopoloLink, type PopoloSource } from './popolo-document.js';

/** A record's Popolo link to its source: the source's own URL, or `urn:mttq:source:<id>`, noted with its title. */
export function sourceLink(source: Source): PopoloLink {
  return { url: source.kind === 'url' ? source.url : `${SOURCE_URN_PREFIX}${source.id}`, note: source.title };
}

/** The key a link and its source share, to find the source a link points to. */
export function linkKey(link: PopoloLink): string {
  return `${link.url}\u0000${link.note}`;
}

/** A source in full, as the document lists it. */
export function popoloSource(source: Source): PopoloSource {
  const note = source.note === null ? {} : { note: source.note };
  switch (source.kind) {
    case 'url':
      return { id: source.id, kind: source.kind, title: source.title, url: source.url, ...note };
    case 'document':
      return { id: source.id, kind: source.kind, title: source.title, citation: source.citation, ...note };
    case 'synthetic':
      return { id: source.id, kind: source.kind, title: source.title, ...note };
  }
}

/** The source to record for a listed one (its checks are `createSource`'s); `undefined` when a field it needs is missing. */
export function sourceInput(source: PopoloSource, id: SourceId): (SourceInput & { readonly id: SourceId }) | undefined {
  const base = { id, title: source.title, ...(source.note === undefined ? {} : { note: source.note }) };
  switch (source.kind) {
    case 'url':
      return source.url === undefined ? undefined : { ...base, kind: 'url', url: source.url };
    case 'document':
      return source.citation === undefined ? undefined : { ...base, kind: 'document', citation: source.citation };
    case 'synthetic':
      return { ...base, kind: 'synthetic' };
  }
}
