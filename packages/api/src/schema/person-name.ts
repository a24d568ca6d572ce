import type { PersonName, PersonNameKind } from '@mttq/core';
import { builder } from './builder.js';
import { describedValues } from './catalog/described-values.js';
import { SourceNode } from './refs.js';
import type { At } from './shared/at.js';
import { sourceOf } from './shared/source-of.js';
import { ValidityType } from './validity.js';

const KIND_DESCRIPTIONS: Readonly<Record<PersonNameKind, string>> = {
  name: 'A name the person bore over its validity; the one still in force is their current name.',
  misspelling:
    'A spelling corrected away: never their name, kept with the validity it had been recorded with (an old register may still spell them so).',
};

/** `PersonNameKind`: a name borne, or a spelling corrected away. */
export const PersonNameKindEnum = builder.enumType('PersonNameKind', {
  description: 'What a recorded name of a person is.',
  values: describedValues(['name', 'misspelling'] as const, (kind) => KIND_DESCRIPTIONS[kind]),
});

/** `PersonName`: one name of a person's history, with its validity and source. */
export const PersonNameType = builder.objectRef<At<PersonName>>('PersonName').implement({
  description: 'One name of a person, with when it holds and where it comes from.',
  fields: (t) => ({
    name: t.exposeString('name'),
    kind: t.field({ type: PersonNameKindEnum, resolve: (n) => n.kind }),
    validity: t.field({ type: ValidityType, resolve: (n) => n.validity }),
    source: t.field({ type: SourceNode, nullable: true, resolve: sourceOf }),
    recordedAt: t.string({
      nullable: true,
      description: 'When the history recorded it (ISO timestamp); null for the one name of a person never corrected.',
      resolve: (n) => n.recordedAt,
    }),
  }),
});
