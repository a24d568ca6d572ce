import { UNIT_KINDS, type UnitKind } from '@mttq/core';
import { builder } from './builder.js';
import { UnitKindEnum } from './catalog/unit-kind.enum.js';

/** How many units of one kind exist on a date. */
export interface UnitKindCountShape {
  readonly kind: UnitKind;
  readonly count: number;
}

/** `UnitKindCount`: the number of units of one kind on a date (xã: 2,621 on 2025-07-01). */
export const UnitKindCountType = builder.objectRef<UnitKindCountShape>('UnitKindCount').implement({
  description: 'The number of units of one kind in force on a date.',
  fields: (t) => ({
    kind: t.field({ type: UnitKindEnum, resolve: (c) => c.kind }),
    kindLabel: t.string({ description: 'The kind as written in law: "xã", "đặc khu".', resolve: (c) => UNIT_KINDS[c.kind].label }),
    count: t.exposeInt('count'),
  }),
});
