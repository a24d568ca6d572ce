import { addDays, type IsoDate, type ParentChange } from '@mttq/core';
import { builder } from './builder.js';
import { UnitNode } from './refs.js';
import { maybeAt } from './shared/at.js';
import { DateScalar } from './shared/scalars.js';

/** A unit's parent on the day before a date and on the date. */
export type ParentChangeShape = ParentChange & { readonly date: IsoDate };

/** `ParentChange`: a residential area's commune before and after a reorganization, and whether the move follows the lineage. */
export const ParentChangeType = builder.objectRef<ParentChangeShape>('ParentChange').implement({
  description:
    'A unit’s parent on the day before a date and on the date: Thôn Minh Họa 3 lies under Xã Xuân Quang on 2025-06-30 and under Xã Chiêm Hóa on 2025-07-01.',
  fields: (t) => ({
    date: t.field({
      type: DateScalar,
      description: 'The first day of the "after" side; "before" is seen on the day before.',
      resolve: (c) => c.date,
    }),
    before: t.field({
      type: UnitNode,
      nullable: true,
      description: 'The parent on the day before the date, seen on that day.',
      resolve: (c) => maybeAt(c.before, addDays(c.date, -1)),
    }),
    after: t.field({
      type: UnitNode,
      nullable: true,
      description: 'The parent on the date, seen on it.',
      resolve: (c) => maybeAt(c.after, c.date),
    }),
    followsLineage: t.boolean({
      description:
        'True when the parent after is what the parent before became (or is the same unit); false when the move crosses the lineage or a side has no parent.',
      resolve: (c) => c.followsLineage,
    }),
  }),
});
