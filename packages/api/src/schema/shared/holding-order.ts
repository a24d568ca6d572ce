import type { Holding } from '@mttq/core';

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * A stable order for holdings, whatever their (random) ids: by start, then post, then person. Optionally
 * heads of the organization first.
 */
export function sortHoldings(holdings: readonly Holding[], heads: (h: Holding) => boolean = () => false): Holding[] {
  return [...holdings].sort(
    (a, b) =>
      Number(heads(b)) - Number(heads(a)) ||
      compare(a.validity.validFrom ?? '', b.validity.validFrom ?? '') ||
      compare(a.postId, b.postId) ||
      compare(a.personId, b.personId),
  );
}
