import type { SourceId, UnitId } from '../shared/ids.js';

/**
 * Where a record came from. Every unit, organization, post, person, term and holding names one.
 * `synthetic` marks made-up illustrative data, never to be read as fact.
 */
export type Source =
  | { readonly kind: 'url'; readonly id: SourceId; readonly title: string; readonly url: string; readonly note: string | null }
  | { readonly kind: 'document'; readonly id: SourceId; readonly title: string; readonly citation: string; readonly note: string | null }
  | { readonly kind: 'synthetic'; readonly id: SourceId; readonly title: string; readonly note: string | null };

/**
 * A source to record; the id is made when absent. A source belongs to no unit: `unitId` is the unit the
 * writer acts for (the API gives its token's), recorded with the audit entry so that `auditLog(under:)` finds it.
 */
export type SourceInput = (
  { readonly kind: 'url'; readonly url: string } | { readonly kind: 'document'; readonly citation: string } | { readonly kind: 'synthetic' }
) & { readonly id?: SourceId; readonly title: string; readonly note?: string; readonly unitId?: UnitId | null };
