import { createDirective, validity, type IsoDate, type Validity } from '@mttq/core';
import { clockOf, directivePartiesTarget } from '../auth/write-targets.js';
import { AuthError, orThrow } from '../errors/api-error.js';
import { builder } from './builder.js';
import { DirectiveKindEnum } from './catalog/directive-kind.enum.js';
import { DirectiveNode, OrganizationNode, SourceNode } from './refs.js';
import { at } from './shared/at.js';
import { DateScalar } from './shared/scalars.js';

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

/** The validity the input gives core (none: core's default, from the issue date on or always). */
function validityOf(input: { issuedOn?: IsoDate | null; validFrom?: IsoDate | null; validTo?: IsoDate | null }): Validity | undefined {
  const from = input.validFrom ?? input.issuedOn ?? null;
  return from !== null || input.validTo ? validity(from, input.validTo ?? null) : undefined;
}

builder.mutationField('createDirective', (t) =>
  t.field({
    type: DirectiveNode,
    description:
      'Records a directive. Expected failures (DIRECTIVE.NO_ISSUER, DIRECTIVE.ISSUER_NOT_IN_FORCE, DIRECTIVE.SYMBOL_ISSUER_MISMATCH, VALIDITY.INVALID_RANGE, TEXT.TOO_LONG, DATE.TOO_FAR, *.NOT_FOUND) come back as typed errors. The token’s scope must hold every party over the whole validity.',
    args: { input: t.arg({ type: CreateDirectiveInput, required: true }) },
    errors: { types: [AuthError], directResult: true },
    // The scope is checked over the validity core stores (always, when no date is given) and on the issue date.
    authScopes: (_root, { input }, _ctx) => ({
      writesAt: directivePartiesTarget(
        [...(input.issuers ?? []), ...(input.signatories ?? [])].map((g) => g.id),
        {
          issuedOn: input.issuedOn ?? null,
          validity: validityOf(input),
        },
      ),
    }),
    resolve: async (_root, { input }, ctx) => {
      const directive = orThrow(
        await createDirective(
          ctx.db,
          {
            kind: input.kind,
            symbol: input.symbol ?? null,
            title: input.title,
            issuedOn: input.issuedOn ?? null,
            validity: validityOf(input),
            implementsId: input.implements?.id ?? null,
            issuers: (input.issuers ?? []).map((g) => g.id),
            signatories: (input.signatories ?? []).map((g) => g.id),
            sourceId: input.source.id,
          },
          clockOf(ctx),
        ),
      );
      return at(directive, input.issuedOn ?? ctx.today);
    },
  }),
);
