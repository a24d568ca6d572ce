import { findDirectivesBySymbol, getDirective, searchDirectivesPage } from '@mttq/core';
import { builder } from './builder.js';
import { DirectiveKindEnum } from './catalog/directive-kind.enum.js';
import { DirectiveConnection } from './connections.js';
import { DirectiveNode } from './refs.js';
import { AS_OF, dateOf } from './shared/args.js';
import { allAt, at, maybeAt } from './shared/at.js';
import { connectionComplexity } from './shared/connection.js';
import { forwardPage, keysetConnection } from './shared/keyset-connection.js';
import { DateScalar } from './shared/scalars.js';

builder.queryFields((t) => ({
  directive: t.field({
    type: DirectiveNode,
    nullable: true,
    description: 'A directive by global id, seen on a date.',
    args: { id: t.arg.globalID({ for: DirectiveNode, required: true }), asOf: t.arg({ type: DateScalar, description: AS_OF }) },
    resolve: async (_root, args, ctx) => maybeAt(await getDirective(ctx.db, args.id.id), dateOf(args, ctx)),
  }),
  directivesBySymbol: t.field({
    type: [DirectiveNode],
    description:
      'Directives whose number/symbol is the one given, as written ("02-ĐA/TU", with or without "Số", any Unicode form), or whose number, type and issuer match.',
    args: { symbol: t.arg.string({ required: true }), asOf: t.arg({ type: DateScalar, description: AS_OF }) },
    complexity: { field: 1, multiplier: 2 },
    resolve: async (_root, args, ctx) => allAt(await findDirectivesBySymbol(ctx.db, args.symbol), dateOf(args, ctx)),
  }),
  searchDirectives: t.connection(
    {
      type: DirectiveNode,
      description:
        'Directives whose symbol or title contains the query, ignoring diacritics and case ("02-DA/TU" finds 02-ĐA/TU), optionally of one kind. Ordered by symbol and title without diacritics, then id; paged in the database with after/endCursor (forward only), every match counted in totalCount.',
      args: {
        query: t.arg.string({ required: true }),
        kind: t.arg({ type: DirectiveKindEnum }),
        asOf: t.arg({ type: DateScalar, description: AS_OF }),
      },
      complexity: connectionComplexity,
      resolve: async (_root, args, ctx) => {
        const page = forwardPage(args);
        const found = await searchDirectivesPage(ctx.db, args.query, { kind: args.kind ?? undefined }, page);
        return keysetConnection(args, found, (directive) => at(directive, dateOf(args, ctx)));
      },
    },
    DirectiveConnection,
  ),
}));
