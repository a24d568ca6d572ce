import type { Brand } from '../shared/brand.js';

/** A calendar date `YYYY-MM-DD` (no time zone): how every dated fact here is written. */
export type IsoDate = Brand<string, 'IsoDate'>;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses `YYYY-MM-DD`, rejecting impossible dates such as `2025-02-30`. */
export function parseIsoDate(raw: string): IsoDate | undefined {
  const m = ISO_DATE.exec(raw);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return undefined;
  return raw as IsoDate;
}

/** `parseIsoDate` for literals written in code and data files: throws on a bad date (a bug). */
export function isoDate(raw: string): IsoDate {
  const parsed = parseIsoDate(raw);
  if (!parsed) throw new Error(`Not a valid date (YYYY-MM-DD): ${raw}`);
  return parsed;
}

/** Today's date in Vietnam (UTC+7), the default "as of" date. */
export function today(now: Date = new Date()): IsoDate {
  return new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10) as IsoDate;
}

/** Shifts a date by whole days. */
export function addDays(date: IsoDate, days: number): IsoDate {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10) as IsoDate;
}
