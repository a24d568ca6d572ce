import type { ExpressionBuilder, ExpressionWrapper, SqlBool } from 'kysely';
import type { IsoDate } from '../time/iso-date.js';
import type { Validity } from '../time/validity.js';

/** Stored in place of an open start, so that "valid on D" is two plain comparisons that an index can use. */
export const OPEN_START = '0001-01-01';
/** Stored in place of an open end. */
export const OPEN_END = '9999-12-31';

/** The stored columns of a validity. */
export function validityToRow(v: Validity): { valid_from: string; valid_to: string } {
  return { valid_from: v.validFrom ?? OPEN_START, valid_to: v.validTo ?? OPEN_END };
}

/** The validity of a stored row. */
export function validityFromRow(row: { valid_from: string; valid_to: string }): Validity {
  return {
    validFrom: row.valid_from === OPEN_START ? null : (row.valid_from as IsoDate),
    validTo: row.valid_to === OPEN_END ? null : (row.valid_to as IsoDate),
  };
}

/**
 * `valid_from <= date AND date < valid_to` on the table (or alias) `table`: the row's fact holds on `date`.
 *
 * @example
 * db.selectFrom('holding').where((eb) => validOn(eb, 'holding', date))
 */
export function validOn<DB, TB extends keyof DB & string>(
  eb: ExpressionBuilder<DB, TB>,
  table: TB,
  date: IsoDate,
): ExpressionWrapper<DB, TB, SqlBool> {
  const from = eb.ref(`${table}.valid_from` as never);
  const to = eb.ref(`${table}.valid_to` as never);
  return eb.and([eb(from, '<=', date as never), eb(to, '>', date as never)]);
}

/** Rows whose validity shares at least one day with `v`. */
export function overlapsRange<DB, TB extends keyof DB & string>(
  eb: ExpressionBuilder<DB, TB>,
  table: TB,
  v: Validity,
): ExpressionWrapper<DB, TB, SqlBool> {
  const row = validityToRow(v);
  const from = eb.ref(`${table}.valid_from` as never);
  const to = eb.ref(`${table}.valid_to` as never);
  return eb.and([eb(from, '<', row.valid_to as never), eb(to, '>', row.valid_from as never)]);
}
