import { addDays, type LineageStep } from '@mttq/core';
import { builder } from './builder.js';
import { UnitNode } from './refs.js';
import { at } from './shared/at.js';
import { DateScalar } from './shared/scalars.js';

/** A lineage step and which way it points: to the unit a unit became, or to one it was formed from. */
export interface LineageStepShape {
  readonly step: LineageStep;
  readonly direction: 'successor' | 'predecessor';
}

/** `LineageStep`: "X was merged into Y on D", seen from one end. */
export const LineageStepType = builder.objectRef<LineageStepShape>('LineageStep').implement({
  description:
    'A reorganization link seen from one end: the unit at the other end (a successor is seen on the reorganization date, a predecessor on its last day).',
  fields: (t) => ({
    kind: t.string({ description: 'mergedInto.', resolve: (s) => s.step.link.kind }),
    onDate: t.field({
      type: DateScalar,
      description: 'The first day of the successor’s part (2025-07-01).',
      resolve: (s) => s.step.link.onDate,
    }),
    unit: t.field({
      type: UnitNode,
      resolve: (s) => at(s.step.unit, s.direction === 'successor' ? s.step.link.onDate : addDays(s.step.link.onDate, -1)),
    }),
  }),
});
