import type { SourceId } from '../shared/ids.js';

/**
 * Where a record came from. Every unit, organization, post, person, term and holding names one.
 * `synthetic` marks made-up illustrative data, never to be read as fact.
 */
export type Source =
  | { readonly kind: 'url'; readonly id: SourceId; readonly title: string; readonly url: string; readonly note: string | null }
  | { readonly kind: 'document'; readonly id: SourceId; readonly title: string; readonly citation: string; readonly note: string | null }
  | { readonly kind: 'synthetic'; readonly id: SourceId; readonly title: string; readonly note: string | null };

/** A source to record; the id is made when absent. */
export type SourceInput =
  | { readonly kind: 'url'; readonly id?: SourceId; readonly title: string; readonly url: string; readonly note?: string }
  | { readonly kind: 'document'; readonly id?: SourceId; readonly title: string; readonly citation: string; readonly note?: string }
  | { readonly kind: 'synthetic'; readonly id?: SourceId; readonly title: string; readonly note?: string };
