import { createDirective, validity, type DirectiveId, type OrganizationId, type SourceId } from '@mttq/core';
import { directivePartiesTarget } from '../auth/write-targets.js';
import { AuthError, orThrow } from '../errors/api-error.js';
import { at } from './at.js';
import { builder } from './builder.js';
import { DirectiveKindEnum } from './catalog/directive-kind.enum.js';
import { DirectiveNode } from './directive.js';
import { OrganizationNode } from './organization.js';
import { DateScalar } from './scalars.js';
import { SourceNode } from './source.js';

const CreateDirectiveInput = builder.inputType('CreateDirectiveInput', {
  description: 'A directive to record, with its issuing bodies or signatories (each must be in force on the issue date).',
  fields: (t) => ({
    kind: t.field({ type: DirectiveKindEnum, required: true }),
    symbol: t.string({ description: 'The number/symbol as written (02-ĐA/TU); none for a movement known by name.' }),
    title: t.string({ required: true }),
    issuedOn: t.field({ type: DateScalar }),
    validFrom: t.field({ type: DateScalar, description: 'Default: the issue date.' }),
    validTo: t.field({ type: DateScalar, description: 'The first day it no longer holds; none: still in force.' }),
    implements: t.globalID({ for: DirectiveNode, description: 'The directive it carries out.' }),
    issuers: t.globalIDList({ for: OrganizationNode }),
    signatories: t.globalIDList({ for: OrganizationNode, description: 'The signatories of a coordination program.' }),
    source: t.globalID({ for: SourceNode, required: true }),
  }),
});

builder.mutationField('createDirective', (t) =>
  t.field({
    type: DirectiveNode,
    description: 'Records a directive. Expected failures (DIRECTIVE.NO_ISSUER, DIRECTIVE.ISSUER_NOT_IN_FORCE, VALIDITY.INVALID_RANGE, *.NOT_FOUND) come back as typed errors.',
    args: { input: t.arg({ type: CreateDirectiveInput, required: true }) },
    errors: { types: [AuthError], directResult: true },
    authScopes: (_root, { input }, ctx) => ({
      writesAt: directivePartiesTarget([...(input.issuers ?? []), ...(input.signatories ?? [])].map((g) => g.id), input.issuedOn ?? input.validFrom ?? ctx.today),
    }),
    resolve: async (_root, { input }, ctx) => {
      const from = input.validFrom ?? input.issuedOn ?? null;
      const directive = orThrow(
        await createDirective(ctx.db, {
          kind: input.kind,
          symbol: input.symbol ?? null,
          title: input.title,
          issuedOn: input.issuedOn ?? null,
          validity: from !== null || input.validTo ? validity(from, input.validTo ?? null) : undefined,
          implementsId: (input.implements?.id ?? null) as DirectiveId | null,
          issuers: (input.issuers ?? []).map((g) => g.id as OrganizationId),
          signatories: (input.signatories ?? []).map((g) => g.id as OrganizationId),
          sourceId: input.source.id as SourceId,
        }),
      );
      return at(directive, input.issuedOn ?? ctx.today);
    },
  }),
);
