import { addDays, parseIsoDate } from '../time/iso-date.js';
import type { Validity } from '../time/validity.js';

/** Popolo's dates of a validity: the first day and the LAST day (the day before `validTo`); open ends left out. */
export function popoloDates(v: Validity): { readonly start?: string; readonly end?: string } {
  return {
    ...(v.validFrom === null ? {} : { start: v.validFrom }),
    ...(v.validTo === null ? {} : { end: addDays(v.validTo, -1) }),
  };
}

/**
 * The validity of Popolo's first and last days (`undefined` when a date is not a day `YYYY-MM-DD`): the last
 * day becomes the half-open end, the day after.
 */
export function validityOfPopoloDates(start: string | undefined, end: string | undefined): Validity | undefined {
  const validFrom = start === undefined ? null : parseIsoDate(start);
  const last = end === undefined ? null : parseIsoDate(end);
  if (validFrom === undefined || last === undefined) return undefined;
  return { validFrom, validTo: last === null ? null : addDays(last, 1) };
}
