import { isoDate, type IsoDate } from '../time/iso-date.js';
import { ALWAYS, holdsOn, intersect, isProperRange, type Validity } from '../time/validity.js';

/** The recurrences a task may have. */
export const RECURRENCES = ['once', 'yearly', 'quarterly', 'monthly'] as const;

/** How often a task recurs: `once`, or once per calendar year, quarter or month. */
export type Recurrence = (typeof RECURRENCES)[number];

/** Vietnamese names of the recurrences, for messages. */
export const RECURRENCE_LABELS: { readonly [R in Recurrence]: string } = {
  once: 'Một lần',
  yearly: 'Hằng năm',
  quarterly: 'Hằng quý',
  monthly: 'Hằng tháng',
};

/** One occurrence of a recurring task: `2023` (Năm 2023), `2023-Q3` (Quý III/2023), `2023-07` (Tháng 7/2023), `once`. */
export interface Period {
  readonly key: string;
  readonly label: string;
  readonly validity: Validity;
}

const ROMAN = ['I', 'II', 'III', 'IV'] as const;
/** Months in one step of each calendar recurrence. */
const MONTHS: { readonly [R in Exclude<Recurrence, 'once'>]: number } = { yearly: 12, quarterly: 3, monthly: 1 };
const ONCE_KEY = 'once';

/**
 * The periods of `recurrence` that overlap `span`, each clipped to the span; for `once`, one period equal to
 * the span. An empty span has no period. A calendar recurrence needs a start, and an end: when the span is
 * still in force (`validTo` null), `until` (exclusive) bounds the listing instead; it does not clip the
 * last period, which stays open with the span. Throws a RangeError when a needed bound is missing (a bug).
 *
 * @example
 * periodsOf('quarterly', validity(isoDate('2021-05-23'), isoDate('2022-01-01')))
 * // 2021-Q2 [2021-05-23, 2021-07-01), 2021-Q3, 2021-Q4
 */
export function periodsOf(recurrence: Recurrence, span: Validity, until?: IsoDate): Period[] {
  if (!isProperRange(span)) return [];
  if (recurrence === 'once') return [{ key: ONCE_KEY, label: RECURRENCE_LABELS.once, validity: span }];
  const end = span.validTo ?? until;
  if (span.validFrom === null || end === undefined) {
    throw new RangeError(`periodsOf(${recurrence}): the span needs a start and an end (validTo or until)`);
  }
  const periods: Period[] = [];
  for (let start = periodStart(recurrence, span.validFrom); start < end; start = shift(start, MONTHS[recurrence])) {
    const clipped = clip(calendarPeriod(recurrence, start), span);
    if (clipped) periods.push(clipped);
  }
  return periods;
}

/** The period of `recurrence` within `span` that holds on `date` (clipped to the span), if any. */
export function periodContaining(recurrence: Recurrence, span: Validity, date: IsoDate): Period | undefined {
  if (!holdsOn(span, date)) return undefined;
  if (recurrence === 'once') return { key: ONCE_KEY, label: RECURRENCE_LABELS.once, validity: span };
  return clip(calendarPeriod(recurrence, periodStart(recurrence, date)), span);
}

/**
 * The period named by `key` (`2023`, `2023-Q3`, `2023-07`, `once`) for `recurrence`, unclipped; `undefined`
 * when the key does not name a period of that recurrence. The `once` period is unbounded here: intersect it
 * with the task's span.
 */
export function parsePeriodKey(recurrence: Recurrence, key: string): Period | undefined {
  switch (recurrence) {
    case 'once':
      return key === ONCE_KEY ? { key, label: RECURRENCE_LABELS.once, validity: ALWAYS } : undefined;
    case 'yearly': {
      const m = /^(\d{4})$/.exec(key);
      return m ? calendarPeriod(recurrence, isoDate(`${m[1]}-01-01`)) : undefined;
    }
    case 'quarterly': {
      const m = /^(\d{4})-Q([1-4])$/.exec(key);
      return m ? calendarPeriod(recurrence, isoDate(`${m[1]}-${pad(Number(m[2]) * 3 - 2)}-01`)) : undefined;
    }
    case 'monthly': {
      const m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(key);
      return m ? calendarPeriod(recurrence, isoDate(`${m[1]}-${m[2]}-01`)) : undefined;
    }
  }
}

/** The whole calendar period starting on `start` (the first day of a year, quarter or month). */
function calendarPeriod(recurrence: Exclude<Recurrence, 'once'>, start: IsoDate): Period {
  const year = start.slice(0, 4);
  const month = Number(start.slice(5, 7));
  const validity: Validity = { validFrom: start, validTo: shift(start, MONTHS[recurrence]) };
  switch (recurrence) {
    case 'yearly':
      return { key: year, label: `Năm ${year}`, validity };
    case 'quarterly': {
      const quarter = Math.floor((month - 1) / 3) + 1;
      return { key: `${year}-Q${quarter}`, label: `Quý ${ROMAN[quarter - 1]}/${year}`, validity };
    }
    case 'monthly':
      return { key: `${year}-${pad(month)}`, label: `Tháng ${month}/${year}`, validity };
  }
}

/** The first day of the calendar period of `recurrence` that holds on `date`. */
function periodStart(recurrence: Exclude<Recurrence, 'once'>, date: IsoDate): IsoDate {
  const month = Number(date.slice(5, 7));
  const step = MONTHS[recurrence];
  return isoDate(`${date.slice(0, 4)}-${pad(Math.floor((month - 1) / step) * step + 1)}-01`);
}

/** The first day of a month shifted by whole months. */
function shift(firstOfMonth: IsoDate, months: number): IsoDate {
  const index = Number(firstOfMonth.slice(0, 4)) * 12 + Number(firstOfMonth.slice(5, 7)) - 1 + months;
  return isoDate(`${String(Math.floor(index / 12)).padStart(4, '0')}-${pad((index % 12) + 1)}-01`);
}

function clip(period: Period, span: Validity): Period | undefined {
  const validity = intersect(period.validity, span);
  return validity && { ...period, validity };
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
