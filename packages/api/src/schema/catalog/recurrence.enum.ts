import { RECURRENCE_LABELS, RECURRENCES } from '@mttq/core';
import { builder } from '../builder.js';
import { describedValues } from './described-values.js';

/** `Recurrence`: once, yearly, quarterly, monthly. */
export const RecurrenceEnum = builder.enumType('Recurrence', {
  description: 'How often a task recurs; each occurrence is a period (2023, 2023-Q3, 2023-07, once).',
  values: describedValues(RECURRENCES, (r) => RECURRENCE_LABELS[r]),
});
