import { DIRECTIVE_KINDS, type DirectiveParty, type DirectiveSymbol } from '@mttq/core';
import { builder } from './builder.js';
import { describedValues } from './catalog/described-values.js';
import { DirectiveKindEnum } from './catalog/directive-kind.enum.js';
import { TaskConnection } from './connections.js';
import { DirectiveNode, OrganizationNode, SourceNode, TaskNode } from './refs.js';
import { allAt, at, type At } from './shared/at.js';
import { connectionComplexity, pageOf } from './shared/connection.js';
import { loadOne } from './shared/node-load.js';
import { DateScalar } from './shared/scalars.js';
import { sourceOf } from './shared/source-of.js';
import { ValidityType } from './validity.js';

const DirectiveSymbolType = builder.objectRef<DirectiveSymbol>('DirectiveSymbol').implement({
  description: 'A number and symbol (số, ký hiệu) as written, with the parts that could be recognised: 02-ĐA/TU, 1684/NQ-UBTVQH15.',
  fields: (t) => ({
    raw: t.exposeString('raw', { description: 'As written.' }),
    number: t.exposeString('number', { nullable: true }),
    typeAbbreviation: t.exposeString('typeAbbreviation', { nullable: true, description: 'ĐA, NQ, QĐ…' }),
    issuerAbbreviation: t.exposeString('issuerAbbreviation', { nullable: true, description: 'TU, UBTVQH15, MTTQ-BTT…' }),
    year: t.exposeInt('year', { nullable: true }),
  }),
});

const PartyRoleEnum = builder.enumType('DirectivePartyRole', {
  description: 'How a body took part in a directive: its issuer, or a signatory of a coordination program.',
  values: describedValues(['issuer', 'signatory'] as const, (role) =>
    role === 'issuer' ? 'It issued the directive.' : 'It signed the coordination program.',
  ),
});

const DirectivePartyType = builder.objectRef<At<DirectiveParty>>('DirectiveParty').implement({
  description: 'A body that issued or signed a directive.',
  fields: (t) => ({
    role: t.field({ type: PartyRoleEnum, resolve: (p) => p.role }),
    organization: t.field({
      type: OrganizationNode,
      nullable: true,
      resolve: (p, _args, ctx) => loadOne(ctx.loaders.organization, p.organizationId, p.asOf),
    }),
  }),
});

DirectiveNode.implement({
  description: 'A directive: its number/symbol, title, issuing bodies, issue date, validity, the directive it carries out, and its tasks.',
  fields: (t) => ({
    asOf: t.field({ type: DateScalar, resolve: (d) => d.asOf }),
    kind: t.field({ type: DirectiveKindEnum, resolve: (d) => d.kind }),
    kindLabel: t.string({ resolve: (d) => DIRECTIVE_KINDS[d.kind].label }),
    symbol: t.field({
      type: DirectiveSymbolType,
      nullable: true,
      description: 'null for a movement known by name only.',
      resolve: (d) => d.symbol,
    }),
    title: t.exposeString('title'),
    issuedOn: t.field({ type: DateScalar, nullable: true, resolve: (d) => d.issuedOn }),
    validity: t.field({ type: ValidityType, resolve: (d) => d.validity }),
    source: t.field({ type: SourceNode, nullable: true, resolve: sourceOf }),
    implements: t.field({
      type: DirectiveNode,
      nullable: true,
      description: 'The directive this one carries out (a regulation implementing Project 02).',
      resolve: (d, _args, ctx) => loadOne(ctx.loaders.directive, d.implementsId, d.asOf),
    }),
    parties: t.field({
      type: [DirectivePartyType],
      description: 'Its issuers or signatories.',
      resolve: (d) => d.parties.map((p) => at(p, d.asOf)),
    }),
    tasks: t.connection(
      {
        type: TaskNode,
        description: 'The tasks this directive creates.',
        complexity: connectionComplexity,
        resolve: async (d, args, ctx) => pageOf(args, allAt(await ctx.loaders.tasksOfDirective.load(d.id), d.asOf)),
      },
      TaskConnection,
    ),
  }),
});
