import { findDirectivesBySymbol, getDirective, searchDirectives, type DirectiveId } from '@mttq/core';
import { AS_OF, dateOf } from './args.js';
import { allAt, maybeAt } from './at.js';
import { builder } from './builder.js';
import { DirectiveKindEnum } from './catalog/directive-kind.enum.js';
import { connectionComplexity, pageOf } from './connection.js';
import { DirectiveConnection, DirectiveNode } from './directive.js';
import { DateScalar } from './scalars.js';

/** How many matches a directive search reads at most. */
const SEARCH_LIMIT = 1000;

builder.queryFields((t) => ({
  directive: t.field({
    type: DirectiveNode,
    nullable: true,
    description: 'A directive by global id, seen on a date.',
    args: { id: t.arg.globalID({ for: DirectiveNode, required: true }), asOf: t.arg({ type: DateScalar, description: AS_OF }) },
    resolve: async (_root, args, ctx) => maybeAt(await getDirective(ctx.db, args.id.id as DirectiveId), dateOf(args, ctx)),
  }),
  directivesBySymbol: t.field({
    type: [DirectiveNode],
    description: 'Directives whose number/symbol is the one given, as written ("02-ĐA/TU", with or without "Số", any Unicode form), or whose number, type and issuer match.',
    args: { symbol: t.arg.string({ required: true }), asOf: t.arg({ type: DateScalar, description: AS_OF }) },
    complexity: { field: 1, multiplier: 2 },
    resolve: async (_root, args, ctx) => allAt(await findDirectivesBySymbol(ctx.db, args.symbol), dateOf(args, ctx)),
  }),
  searchDirectives: t.connection(
    {
      type: DirectiveNode,
      description: `Directives whose symbol or title contains the query, ignoring diacritics and case, optionally of one kind. At most ${SEARCH_LIMIT} matches are read.`,
      args: { query: t.arg.string({ required: true }), kind: t.arg({ type: DirectiveKindEnum }), asOf: t.arg({ type: DateScalar, description: AS_OF }) },
      complexity: connectionComplexity,
      resolve: async (_root, args, ctx) =>
        pageOf(args, allAt(await searchDirectives(ctx.db, args.query, { kind: args.kind ?? undefined, limit: SEARCH_LIMIT }), dateOf(args, ctx))),
    },
    DirectiveConnection,
  ),
}));
