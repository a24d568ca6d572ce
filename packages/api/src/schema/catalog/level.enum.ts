import { LEVEL_LABELS, LEVELS } from '@mttq/core';
import { builder } from '../builder.js';
import { describedValues } from './described-values.js';

/** `Level`: province, district (until 2025-06-30), commune, residential area. */
export const LevelEnum = builder.enumType('Level', {
  description: 'A level of the hierarchy. Which levels exist depends on the date: there is no district level from 2025-07-01.',
  values: describedValues(LEVELS, (l) => LEVEL_LABELS[l]),
});
