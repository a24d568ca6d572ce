import { createSource } from '@mttq/core';
import { actingUnitOf } from '../auth/write-targets.js';
import { AuthError, orThrow } from '../errors/api-error.js';
import { builder } from './builder.js';
import { describedValues } from './catalog/described-values.js';
import { SourceNode } from './refs.js';
import { at } from './shared/at.js';

const SOURCE_KIND_DESCRIPTIONS = {
  url: 'A web page, by its address.',
  document: 'A document, by its citation.',
  synthetic: 'Made-up illustrative data, never to be read as fact.',
} as const;

const SourceKindEnum = builder.enumType('SourceKind', {
  description: 'Where a record came from: a web page, a document, or synthetic illustrative data that is never to be read as fact.',
  values: describedValues(['url', 'document', 'synthetic'] as const, (kind) => SOURCE_KIND_DESCRIPTIONS[kind]),
});

SourceNode.implement({
  description: 'Where a record came from: a URL, a document citation, or synthetic (made-up illustrative data).',
  fields: (t) => ({
    kind: t.field({ type: SourceKindEnum, resolve: (s) => s.kind }),
    title: t.exposeString('title'),
    url: t.string({ nullable: true, resolve: (s) => (s.kind === 'url' ? s.url : null) }),
    citation: t.string({ nullable: true, resolve: (s) => (s.kind === 'document' ? s.citation : null) }),
    note: t.exposeString('note', { nullable: true }),
  }),
});

const CreateSourceInput = builder.inputType('CreateSourceInput', {
  description: 'Where records come from: a URL, a document citation, or synthetic (made-up) data. Every write names one.',
  fields: (t) => ({
    kind: t.field({ type: SourceKindEnum, required: true }),
    title: t.string({ required: true }),
    url: t.string({ description: 'Required for kind url: an absolute http:// or https:// address.' }),
    citation: t.string({ description: 'Required for kind document.' }),
    note: t.string(),
  }),
});

builder.mutationField('createSource', (t) =>
  t.field({
    type: SourceNode,
    description:
      'Records a source to cite in later writes (SOURCE.EMPTY_TITLE, SOURCE.INCOMPLETE, SOURCE.URL_INVALID: only http(s) addresses, TEXT.TOO_LONG). Needs a valid token (any scope); audited under the token’s unit.',
    args: { input: t.arg({ type: CreateSourceInput, required: true }) },
    errors: { types: [AuthError], directResult: true },
    resolve: async (_root, { input }, ctx) => {
      const common = { title: input.title, note: input.note ?? undefined, unitId: actingUnitOf(ctx) };
      const source = orThrow(
        await createSource(
          ctx.db,
          input.kind === 'url'
            ? { ...common, kind: 'url', url: input.url ?? '' }
            : input.kind === 'document'
              ? { ...common, kind: 'document', citation: input.citation ?? '' }
              : { ...common, kind: 'synthetic' },
        ),
      );
      return at(source, ctx.today);
    },
  }),
);
