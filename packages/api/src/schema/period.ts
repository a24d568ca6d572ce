import type { Period } from '@mttq/core';
import { builder } from './builder.js';
import { ValidityType } from './validity.js';

/** `Period`: one occurrence of a recurring task (Năm 2023, Quý III/2023). */
export const PeriodType = builder.objectRef<Pick<Period, 'key' | 'validity'> & { label: string | null }>('Period').implement({
  description: 'One occurrence of a recurring task: 2023 (Năm 2023), 2023-Q3 (Quý III/2023), 2023-07, or once.',
  fields: (t) => ({
    key: t.exposeString('key'),
    label: t.exposeString('label', { nullable: true }),
    validity: t.field({ type: ValidityType, resolve: (p) => p.validity }),
  }),
});
