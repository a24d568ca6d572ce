import { THREE_LEVEL_SCHEME, type IsoDate } from '@mttq/core';
import type { Context } from '../../context.js';

/** The description of every `asOf` argument. */
export const AS_OF = 'The date the question is about (YYYY-MM-DD); default: today in Vietnam. Relations below are read on the same date.';

/** The date a query field asks about: its `asOf`, else today. */
export function dateOf(args: { asOf?: IsoDate | null }, ctx: Context): IsoDate {
  return args.asOf ?? ctx.today;
}

/** The first day of the three-level hierarchy (2025-07-01): the default date of questions across the 2025 reform. */
export const REFORM_DATE: IsoDate = THREE_LEVEL_SCHEME.validity.validFrom!;
