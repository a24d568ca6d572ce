import type { Level } from '@mttq/core';
import { builder } from './builder.js';
import { LevelEnum } from './catalog/level.enum.js';

/** How many units of one level exist on a date. */
export interface LevelCountShape {
  readonly level: Level;
  readonly count: number;
}

/** `LevelCount`: the number of units of one level on a date (province: 63 on 2025-06-30, 34 on 2025-07-01). */
export const LevelCountType = builder.objectRef<LevelCountShape>('LevelCount').implement({
  description: 'The number of units of one level in force on a date.',
  fields: (t) => ({
    level: t.field({ type: LevelEnum, resolve: (c) => c.level }),
    count: t.exposeInt('count'),
  }),
});
