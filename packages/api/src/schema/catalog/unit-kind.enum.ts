import { UNIT_KINDS, type UnitKind } from '@mttq/core';
import { builder } from '../builder.js';
import { describedValues } from './described-values.js';

/** `UnitKind`: tỉnh, huyện, xã, thị trấn, thôn… keyed without diacritics. */
export const UnitKindEnum = builder.enumType('UnitKind', {
  description: 'The kind of an administrative unit or residential area, named by its Vietnamese legal term without diacritics.',
  values: describedValues(Object.keys(UNIT_KINDS) as UnitKind[], (k) => `${UNIT_KINDS[k].label} (${UNIT_KINDS[k].english})`),
});
