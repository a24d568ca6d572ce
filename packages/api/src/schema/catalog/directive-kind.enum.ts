import { DIRECTIVE_KINDS, type DirectiveKind } from '@mttq/core';
import { builder } from '../builder.js';
import { describedValues } from './described-values.js';

/** `DirectiveKind`: Đề án, Nghị quyết, Quy chế, Chương trình phối hợp, phong trào… */
export const DirectiveKindEnum = builder.enumType('DirectiveKind', {
  description: 'The kind of a directive a Party committee, a Front committee or a state body issues.',
  values: describedValues(
    Object.keys(DIRECTIVE_KINDS) as DirectiveKind[],
    (k) => `${DIRECTIVE_KINDS[k].label} (${DIRECTIVE_KINDS[k].english})`,
  ),
});
