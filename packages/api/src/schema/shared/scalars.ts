import { parseIsoDate, type IsoDate } from '@mttq/core';
import { Kind } from 'graphql';
import { localizedError } from '../../errors/localized-error.js';
import { builder } from '../builder.js';

function parseDate(raw: unknown): IsoDate {
  const date = typeof raw === 'string' ? parseIsoDate(raw) : undefined;
  if (date) return date;
  throw localizedError(
    {
      vi: `Ngày không hợp lệ: ${JSON.stringify(raw)}. Cần một ngày có thật, dạng YYYY-MM-DD (ví dụ 2023-06-01).`,
      en: `Not a valid date: ${JSON.stringify(raw)}. A real date is needed, as YYYY-MM-DD (for example 2023-06-01).`,
    },
    { extensions: { code: 'DATE.INVALID' } },
  );
}

/** `Date`: a calendar date `YYYY-MM-DD` without time zone, checked by core's `parseIsoDate` (2025-02-30 is refused). */
export const DateScalar = builder.scalarType('Date', {
  description: 'A calendar date YYYY-MM-DD, without time zone (ngày theo lịch). Impossible dates such as 2025-02-30 are refused.',
  serialize: (value) => value,
  parseValue: parseDate,
  parseLiteral: (node) => parseDate(node.kind === Kind.STRING ? node.value : undefined),
});
