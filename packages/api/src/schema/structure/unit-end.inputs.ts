import type { LineageKind } from '@mttq/core';
import { builder } from '../builder.js';
import { describedValues } from '../catalog/described-values.js';
import { SourceNode, UnitNode } from '../refs.js';
import { DateScalar } from '../shared/scalars.js';

const LINEAGE_KINDS: readonly LineageKind[] = ['mergedInto'];

/** `UnitLineageKind`: how an ended unit passed into a successor. */
export const UnitLineageKindEnum = builder.enumType('UnitLineageKind', {
  description: 'How an ended unit passed into a successor.',
  values: describedValues(
    LINEAGE_KINDS,
    () => 'The whole or a part of the ended unit became (part of) the successor: a merger, or one part of a split.',
  ),
});

/** One successor of an ended unit. */
export const UnitSuccessorInput = builder.inputType('UnitSuccessorInput', {
  description: 'A unit that carries on the ended one: of the same level, in force on the end date.',
  fields: (t) => ({
    unit: t.globalID({ for: UnitNode, required: true }),
    kind: t.field({ type: UnitLineageKindEnum, defaultValue: 'mergedInto' }),
  }),
});

/** `EndUnitInput`: the unit, the first day it no longer exists, its successors and the source that ended it. */
export const EndUnitInput = builder.inputType('EndUnitInput', {
  description: 'The end of a unit, with its successors recorded as lineage on the end date (none for a unit that simply disappears).',
  fields: (t) => ({
    unit: t.globalID({ for: UnitNode, required: true }),
    on: t.field({ type: DateScalar, required: true, description: 'The first day the unit no longer exists.' }),
    successors: t.field({ type: [UnitSuccessorInput], defaultValue: [] }),
    source: t.globalID({ for: SourceNode, required: true, description: 'The decision that ended it, cited by each lineage link.' }),
  }),
});
