import type { IsoDate } from './iso-date.js';

/**
 * When a fact holds: the half-open range `[validFrom, validTo)`. `null` means unbounded: a `validFrom` of
 * `null` is "since before these records", a `validTo` of `null` is "still in force".
 */
export interface Validity {
  readonly validFrom: IsoDate | null;
  readonly validTo: IsoDate | null;
}

/** Always valid. */
export const ALWAYS: Validity = { validFrom: null, validTo: null };

/** A validity from `validFrom` (inclusive) to `validTo` (exclusive). */
export function validity(validFrom: IsoDate | null, validTo: IsoDate | null = null): Validity {
  return { validFrom, validTo };
}

/** True when the range is not empty (`validFrom < validTo`, or an end is open). */
export function isProperRange(v: Validity): boolean {
  return v.validFrom === null || v.validTo === null || v.validFrom < v.validTo;
}

/** True when the fact holds on `date`. */
export function holdsOn(v: Validity, date: IsoDate): boolean {
  return (v.validFrom === null || v.validFrom <= date) && (v.validTo === null || date < v.validTo);
}

/** True when two validities share at least one day. */
export function overlaps(a: Validity, b: Validity): boolean {
  return (
    (a.validTo === null || b.validFrom === null || b.validFrom < a.validTo) &&
    (b.validTo === null || a.validFrom === null || a.validFrom < b.validTo)
  );
}

/** The days both validities share, or `undefined` when they share none. */
export function intersect(a: Validity, b: Validity): Validity | undefined {
  const validFrom =
    a.validFrom === null ? b.validFrom : b.validFrom === null ? a.validFrom : a.validFrom > b.validFrom ? a.validFrom : b.validFrom;
  const validTo = a.validTo === null ? b.validTo : b.validTo === null ? a.validTo : a.validTo < b.validTo ? a.validTo : b.validTo;
  const v = { validFrom, validTo };
  return isProperRange(v) ? v : undefined;
}

/** True when `inner` lies wholly within `outer`. */
export function covers(outer: Validity, inner: Validity): boolean {
  const startOk = outer.validFrom === null || (inner.validFrom !== null && outer.validFrom <= inner.validFrom);
  const endOk = outer.validTo === null || (inner.validTo !== null && inner.validTo <= outer.validTo);
  return startOk && endOk;
}

/** `[2021-05-23, 2025-07-01)`, `[…, 2025-07-01)`, `[2025-07-01, …)`: for messages. */
export function formatValidity(v: Validity): string {
  return `[${v.validFrom ?? '…'}, ${v.validTo ?? '…'})`;
}
