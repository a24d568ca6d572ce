import { formatValidity, type Validity } from '@mttq/core';
import { builder } from './builder.js';
import { DateScalar } from './shared/scalars.js';

/** `Validity`: when a fact holds, the half-open range [validFrom, validTo). */
export const ValidityType = builder.objectRef<Validity>('Validity').implement({
  description:
    'When a fact holds: the half-open range [validFrom, validTo). A null end is unbounded (since before the records, or still in force).',
  fields: (t) => ({
    validFrom: t.field({
      type: DateScalar,
      nullable: true,
      description: 'The first day the fact holds; null: since before these records.',
      resolve: (v) => v.validFrom,
    }),
    validTo: t.field({
      type: DateScalar,
      nullable: true,
      description: 'The first day the fact no longer holds; null: still in force.',
      resolve: (v) => v.validTo,
    }),
    text: t.string({ description: 'The range as written in messages: [2021-05-23, 2025-07-01).', resolve: (v) => formatValidity(v) }),
  }),
});
