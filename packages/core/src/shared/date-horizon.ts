import { dateTooFar } from './common.errors.js';
import { refuse } from './core-error.js';
import { addDays, today as todayInVietnam, type IsoDate } from '../time/iso-date.js';

/** How many days after today an event (a status change, a report, a holding's end…) may be dated by default. */
export const DEFAULT_EVENT_HORIZON_DAYS = 31;

/**
 * What a write knows of the calendar: today (default: today in Vietnam, from the clock) and how far after
 * it an event may be dated. The API passes the request's `today` and its configured horizon.
 */
export interface WriteClock {
  readonly today?: IsoDate;
  /** Default `DEFAULT_EVENT_HORIZON_DAYS`. */
  readonly eventHorizonDays?: number;
}

/** The last day an event may be dated: today plus the horizon. */
export function latestEventDate(clock: WriteClock = {}): IsoDate {
  const today = clock.today ?? todayInVietnam();
  const days = clock.eventHorizonDays ?? DEFAULT_EVENT_HORIZON_DAYS;
  // A bulk load asks this for every record with the same clock: the last answer is kept.
  if (lastLatest?.today !== today || lastLatest.days !== days) lastLatest = { today, days, latest: addDays(today, days) };
  return lastLatest.latest;
}

let lastLatest: { readonly today: string; readonly days: number; readonly latest: IsoDate } | undefined;

/**
 * Refuses the write in progress with `DATE.TOO_FAR` when an event is dated after today plus the horizon: a
 * status change dated 9999-12-30 would otherwise freeze an assignment for good.
 *
 * @example
 * checkEventDate('on', input.on, { today: isoDate('2026-06-01') }); // refuses 9999-12-30
 */
export function checkEventDate(field: string, date: IsoDate | null | undefined, clock: WriteClock = {}): void {
  if (date === null || date === undefined) return;
  const latest = latestEventDate(clock);
  if (date > latest) refuse(dateTooFar(field, date, latest));
}
