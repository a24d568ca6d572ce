import { createPerson, getPerson, searchPeople, type Person, type SourceId } from '@mttq/core';
import { actingUnitOf } from '../auth/write-targets.js';
import { AuthError, orThrow } from '../errors/api-error.js';
import type { Context } from '../context.js';
import { AS_OF, dateOf } from './args.js';
import { allAt, at, maybeAt, type At } from './at.js';
import { AssignmentConnection, AssignmentNode, assignedToPage } from './assignment.js';
import { builder } from './builder.js';
import { connectionComplexity, pageOf } from './connection.js';
import { HoldingConnection, HoldingNode } from './holding.js';
import { sortHoldings } from './holding-order.js';
import { loadNodes } from './node-load.js';
import { DateScalar } from './scalars.js';
import { SourceNode, sourceOf } from './source.js';

/** How many matches a people search reads at most. */
const SEARCH_LIMIT = 1000;

/** `Person`: someone who holds or held posts, several at once (kiêm nhiệm). */
export const PersonNode = builder.loadableNodeRef('Person', {
  id: { resolve: (p: At<Person>) => p.id },
  load: (ids: string[], ctx: Context) => loadNodes(ctx.loaders.person, ids, ctx.today),
  sort: (p) => p.id,
});

/** A page of people. */
export const PersonConnection = builder.connectionObject({ type: PersonNode, name: 'PersonConnection' });

PersonNode.implement({
  description: 'A person who holds or held posts, seen on a date. Names are kept as written, with diacritics.',
  fields: (t) => ({
    asOf: t.field({ type: DateScalar, resolve: (p) => p.asOf }),
    fullName: t.exposeString('fullName'),
    source: t.field({ type: SourceNode, nullable: true, resolve: sourceOf }),
    holdings: t.connection(
      {
        type: HoldingNode,
        description: 'The posts this person holds on the date: one person may hold several at once (kiêm nhiệm).',
        complexity: connectionComplexity,
        resolve: async (p, args, ctx) => pageOf(args, allAt(sortHoldings(await ctx.loaders.holdingsOfPerson.load({ id: p.id, date: p.asOf })), p.asOf)),
      },
      HoldingConnection,
    ),
    assignments: t.connection(
      {
        type: AssignmentNode,
        description: 'The tasks given to this person by name, on or before the date. For everything they carry (also through posts held and bodies headed), use Query.tasksOfPerson.',
        complexity: connectionComplexity,
        resolve: (p, args, ctx) => assignedToPage(ctx, p.id, p.asOf, args),
      },
      AssignmentConnection,
    ),
  }),
});

builder.queryFields((t) => ({
  person: t.field({
    type: PersonNode,
    nullable: true,
    description: 'A person by global id, seen on a date.',
    args: { id: t.arg.globalID({ for: PersonNode, required: true }), asOf: t.arg({ type: DateScalar, description: AS_OF }) },
    resolve: async (_root, args, ctx) => maybeAt(await getPerson(ctx.db, args.id.id as Person['id']), dateOf(args, ctx)),
  }),
  searchPeople: t.connection(
    {
      type: PersonNode,
      description: `People whose name contains the query, ignoring diacritics and case ("trieu duc long" finds "Triệu Đức Long"). At most ${SEARCH_LIMIT} matches are read.`,
      args: { query: t.arg.string({ required: true }), asOf: t.arg({ type: DateScalar, description: AS_OF }) },
      complexity: connectionComplexity,
      resolve: async (_root, args, ctx) => pageOf(args, allAt(await searchPeople(ctx.db, args.query, { limit: SEARCH_LIMIT }), dateOf(args, ctx))),
    },
    PersonConnection,
  ),
}));

builder.mutationField('createPerson', (t) =>
  t.field({
    type: PersonNode,
    description:
      'Records a person (PERSON.EMPTY_NAME, TEXT.TOO_LONG: at most 200 characters, SOURCE.NOT_FOUND come back as typed errors). Needs a valid token (any scope); audited under the token’s unit.',
    args: { fullName: t.arg.string({ required: true }), source: t.arg.globalID({ for: SourceNode, required: true }) },
    errors: { types: [AuthError], directResult: true },
    resolve: async (_root, args, ctx) =>
      at(orThrow(await createPerson(ctx.db, { fullName: args.fullName, sourceId: args.source.id as SourceId, unitId: actingUnitOf(ctx) })), ctx.today),
  }),
);
