import { DIRECTIVE_KINDS, type Directive, type DirectiveParty, type DirectiveSymbol } from '@mttq/core';
import type { Context } from '../context.js';
import { allAt, at, type At } from './at.js';
import { builder } from './builder.js';
import { DirectiveKindEnum } from './catalog/directive-kind.enum.js';
import { connectionComplexity, pageOf } from './connection.js';
import { loadNodes, loadOne } from './node-load.js';
import { OrganizationNode } from './organization.js';
import { DateScalar } from './scalars.js';
import { SourceNode, sourceOf } from './source.js';
import { TaskConnection, TaskNode } from './task.js';
import { ValidityType } from './validity.js';

/** `Directive`: an Đề án, Nghị quyết, Quy chế, Chương trình phối hợp…, or a movement. */
export const DirectiveNode = builder.loadableNodeRef('Directive', {
  id: { resolve: (d: At<Directive>) => d.id },
  load: (ids: string[], ctx: Context) => loadNodes(ctx.loaders.directive, ids, ctx.today),
  sort: (d) => d.id,
});

/** A page of directives. */
export const DirectiveConnection = builder.connectionObject({ type: DirectiveNode, name: 'DirectiveConnection' });

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
  values: ['issuer', 'signatory'] as const,
});

const DirectivePartyType = builder.objectRef<At<DirectiveParty>>('DirectiveParty').implement({
  description: 'A body that issued or signed a directive.',
  fields: (t) => ({
    role: t.field({ type: PartyRoleEnum, resolve: (p) => p.role }),
    organization: t.field({ type: OrganizationNode, nullable: true, resolve: (p, _args, ctx) => loadOne(ctx.loaders.organization, p.organizationId, p.asOf) }),
  }),
});

DirectiveNode.implement({
  description: 'A directive: its number/symbol, title, issuing bodies, issue date, validity, the directive it carries out, and its tasks.',
  fields: (t) => ({
    asOf: t.field({ type: DateScalar, resolve: (d) => d.asOf }),
    kind: t.field({ type: DirectiveKindEnum, resolve: (d) => d.kind }),
    kindLabel: t.string({ resolve: (d) => DIRECTIVE_KINDS[d.kind].label }),
    symbol: t.field({ type: DirectiveSymbolType, nullable: true, description: 'null for a movement known by name only.', resolve: (d) => d.symbol }),
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
    parties: t.field({ type: [DirectivePartyType], description: 'Its issuers or signatories.', resolve: (d) => d.parties.map((p) => at(p, d.asOf)) }),
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
