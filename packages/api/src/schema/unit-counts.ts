import {
  formatValidity,
  holdsOn,
  LEVELS,
  UNIT_KINDS,
  unitCountsOn,
  type IsoDate,
  type Unit,
  type UnitCounts,
  type UnitKind,
} from '@mttq/core';
import { requestError } from '../errors/api-error.js';
import { builder } from './builder.js';
import { LevelEnum } from './catalog/level.enum.js';
import { LevelCountType } from './level-count.js';
import { UnitNode } from './refs.js';
import { AS_OF, dateOf } from './shared/args.js';
import { maybeAt } from './shared/at.js';
import { DateScalar } from './shared/scalars.js';
import { UnitKindCountType } from './unit-kind-count.js';
import { resolveUnitRef } from './unit-ref.js';

/** Core's counts on a date, with the unit they were counted below, if any. */
export type UnitCountsShape = UnitCounts & { readonly within: Unit | null };

/** `UnitCounts`: how many units exist on a date, by level and by kind, and which levels the hierarchy has then. */
export const UnitCountsType = builder.objectRef<UnitCountsShape>('UnitCounts').implement({
  description:
    'The units in force on a date, the whole country or below one unit: the levels of the hierarchy then (no district from 2025-07-01), and counts by level and by kind.',
  fields: (t) => ({
    asOf: t.field({ type: DateScalar, description: 'The date counted.', resolve: (c) => c.date }),
    within: t.field({
      type: UnitNode,
      nullable: true,
      description: 'The unit counted below (itself not counted), seen on the date; null for the whole country.',
      resolve: (c) => maybeAt(c.within, c.date),
    }),
    levels: t.field({
      type: [LevelEnum],
      description: 'The levels of the hierarchy in force on the date, from the top.',
      resolve: (c) => [...c.levels],
    }),
    total: t.int({ description: 'All the units counted.', resolve: (c) => LEVELS.reduce((sum, l) => sum + c.byLevel[l], 0) }),
    byLevel: t.field({
      type: [LevelCountType],
      description: 'One entry per level, from the top, zero included (district: 0 from 2025-07-01).',
      resolve: (c) => LEVELS.map((level) => ({ level, count: c.byLevel[level] })),
    }),
    byKind: t.field({
      type: [UnitKindCountType],
      description:
        'One entry per kind with at least one unit, in the order of the catalog (tỉnh, thành phố trực thuộc trung ương, huyện…).',
      resolve: (c) => (Object.keys(UNIT_KINDS) as UnitKind[]).flatMap((kind) => (c.byKind[kind] ? [{ kind, count: c.byKind[kind] }] : [])),
    }),
  }),
});

builder.queryField('unitCounts', (t) =>
  t.field({
    type: UnitCountsType,
    description:
      'How many units exist on a date, by level and by kind — the whole country, or below one unit with within (which must be in force on the date). On 2025-06-30 the national data gives 63 provinces and 696 districts; on 2025-07-01 34 provinces, 3,321 communes and no district.',
    args: {
      within: t.arg.globalID({
        for: UnitNode,
        description: 'Count only the units below this one (the global id of a Unit in force on the date).',
      }),
      asOf: t.arg({ type: DateScalar, description: AS_OF }),
    },
    resolve: async (_root, args, ctx) => {
      const date = dateOf(args, ctx);
      const within = args.within ? inForce(await resolveUnitRef(ctx, { id: args.within }, date), date) : null;
      return { ...(await unitCountsOn(ctx.db, date, { within: within?.id })), within };
    },
  }),
);

/** Units are counted below a unit only on a date it exists: below an ended one there is nothing to count. */
function inForce(unit: Unit, date: IsoDate): Unit {
  if (holdsOn(unit.validity, date)) return unit;
  throw requestError('UNIT.NOT_IN_FORCE', {
    vi: `${unit.fullName} ${formatValidity(unit.validity)} không tồn tại vào ngày ${date}: hãy chọn đơn vị đang tồn tại vào ngày đó.`,
    en: `${unit.fullName} ${formatValidity(unit.validity)} does not exist on ${date}: choose a unit that exists on that date.`,
  });
}
