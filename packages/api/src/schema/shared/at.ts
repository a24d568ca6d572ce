import type { IsoDate } from '@mttq/core';

/**
 * A record as seen on a date: the shape behind every dated GraphQL object. The date comes from the query's
 * `asOf` and is passed down to every relation read below it.
 */
export type At<T> = T & { readonly asOf: IsoDate };

/** `value` seen on `asOf`. */
export function at<T extends object>(value: T, asOf: IsoDate): At<T> {
  return { ...value, asOf };
}

/** Every value seen on `asOf`. */
export function allAt<T extends object>(values: readonly T[], asOf: IsoDate): At<T>[] {
  return values.map((v) => at(v, asOf));
}

/** `value` seen on `asOf`, or `null` when there is none. */
export function maybeAt<T extends object>(value: T | undefined | null, asOf: IsoDate): At<T> | null {
  return value ? at(value, asOf) : null;
}
