import { correctPerson, type CorrectPersonInput } from '@mttq/core';
import { personNameTarget } from '../../auth/structure-targets.js';
import { actingUnitOf, clockOf } from '../../auth/write-targets.js';
import { AuthError, DomainError, orThrow } from '../../errors/api-error.js';
import { builder } from '../builder.js';
import { describedValues } from '../catalog/described-values.js';
import { PersonNode, SourceNode } from '../refs.js';
import { at } from '../shared/at.js';
import { DateScalar } from '../shared/scalars.js';

const NAME_CHANGES = {
  correction:
    'The current name was misspelled: the new spelling replaces it on all its days, and the old one is kept as a corrected spelling (MISSPELLING).',
  change: 'The person took another name (marriage, a legal change) from validFrom: the old name stays theirs until the day before.',
} as const;

/** `PersonNameChange`: a correction of the spelling, or a change of name from a date. */
const PersonNameChangeEnum = builder.enumType('PersonNameChange', {
  description: 'What a new name of a person records.',
  values: describedValues(['correction', 'change'] as const, (kind) => NAME_CHANGES[kind]),
});

const CorrectPersonInputType = builder.inputType('CorrectPersonInput', {
  description: 'A corrected or new name of a person; the old one is kept with its dates.',
  fields: (t) => ({
    person: t.globalID({ for: PersonNode, required: true }),
    name: t.string({ required: true, description: 'The full name as written, with diacritics (at most 200 characters).' }),
    kind: t.field({ type: PersonNameChangeEnum, required: true }),
    validFrom: t.field({
      type: DateScalar,
      description: 'CHANGE only (required there): the first day of the new name. A CORRECTION applies on every day of the current name.',
    }),
    source: t.globalID({ for: SourceNode, required: true }),
  }),
});

/** A date given to a correction, or none to a change: refused before core is asked. */
function dateRefusal(kind: 'correction' | 'change'): DomainError {
  return kind === 'change'
    ? new DomainError('PERSON.DATE_REQUIRED', {
        vi: 'Đổi tên (CHANGE) cần ngày tên mới bắt đầu có hiệu lực (validFrom).',
        en: 'A change of name (CHANGE) needs the first day of the new name (validFrom).',
      })
    : new DomainError('PERSON.DATE_NOT_ALLOWED', {
        vi: 'Sửa chính tả (CORRECTION) áp dụng cho mọi ngày của tên hiện tại nên không nhận ngày (validFrom); đổi tên từ một ngày là CHANGE.',
        en: 'A correction (CORRECTION) applies on every day of the current name and takes no date (validFrom); a new name from a date is a CHANGE.',
      });
}

builder.mutationField('correctPerson', (t) =>
  t.field({
    type: PersonNode,
    description:
      'Corrects a misspelled name (CORRECTION) or records a new one from a date (CHANGE), keeping the old one with its dates in Person.names; search finds the person by either. Refused as typed errors: PERSON.NOT_FOUND, SOURCE.NOT_FOUND, PERSON.EMPTY_NAME, TEXT.TOO_LONG, PERSON.SAME_NAME, PERSON.DATE_OUTSIDE_PERIOD (a change on or before the current name’s first day), DATE.TOO_FAR, PERSON.DATE_REQUIRED, PERSON.DATE_NOT_ALLOWED. The token’s subtree must hold the organization of a post the person holds or held, over that holding’s days; a person who never held a post needs an admin token. Audited under the token’s unit.',
    args: { input: t.arg({ type: CorrectPersonInputType, required: true }) },
    errors: { types: [AuthError], directResult: true },
    authScopes: async (_root, { input }, ctx) => ({ writesAt: await personNameTarget(ctx, input.person.id) }),
    resolve: async (_root, { input }, ctx) => {
      if ((input.kind === 'change') !== (input.validFrom != null)) throw dateRefusal(input.kind);
      const common = {
        personId: input.person.id,
        name: input.name,
        sourceId: input.source.id,
        unitId: actingUnitOf(ctx),
        clock: clockOf(ctx),
      };
      const write: CorrectPersonInput =
        input.kind === 'change' && input.validFrom != null
          ? { ...common, kind: 'change', validFrom: input.validFrom }
          : { ...common, kind: 'correction' };
      return at(orThrow(await correctPerson(ctx.db, write)).person, ctx.today);
    },
  }),
);
