import { createPerson, getPerson, searchPeoplePage, type Person, type PersonMatch } from '@mttq/core';
import { actingUnitOf } from '../auth/write-targets.js';
import { AuthError, orThrow } from '../errors/api-error.js';
import { builder } from './builder.js';
import { AssignmentConnection, HoldingConnection } from './connections.js';
import { PersonNameType } from './person-name.js';
import { AssignmentNode, HoldingNode, PersonNode, SourceNode } from './refs.js';
import { AS_OF, dateOf } from './shared/args.js';
import { assignedToPage } from './shared/assignment-reads.js';
import { allAt, at, maybeAt, type At } from './shared/at.js';
import { connectionComplexity, pageOf } from './shared/connection.js';
import { sortHoldings } from './shared/holding-order.js';
import { forwardPage, keysetConnection } from './shared/keyset-connection.js';
import { DateScalar } from './shared/scalars.js';
import { sourceOf } from './shared/source-of.js';

PersonNode.implement({
  description: 'A person who holds or held posts, seen on a date. Names are kept as written, with diacritics.',
  fields: (t) => ({
    asOf: t.field({ type: DateScalar, resolve: (p) => p.asOf }),
    fullName: t.exposeString('fullName', { description: 'The current name (see names for the former ones and corrected spellings).' }),
    names: t.field({
      type: [PersonNameType],
      description:
        'Every name on record, by first day: the names borne (the current one open-ended) and the spellings corrected away. A person never corrected has one, their name on every day.',
      resolve: async (p, _args, ctx) => allAt(await ctx.loaders.namesOf.load(p), p.asOf),
    }),
    source: t.field({ type: SourceNode, nullable: true, resolve: sourceOf }),
    holdings: t.connection(
      {
        type: HoldingNode,
        description: 'The posts this person holds on the date: one person may hold several at once (kiêm nhiệm).',
        complexity: connectionComplexity,
        resolve: async (p, args, ctx) =>
          pageOf(args, allAt(sortHoldings(await ctx.loaders.holdingsOfPerson.load({ id: p.id, date: p.asOf })), p.asOf)),
      },
      HoldingConnection,
    ),
    assignments: t.connection(
      {
        type: AssignmentNode,
        description:
          'The tasks given to this person by name, on or before the date. For everything they carry (also through posts held and bodies headed), use Query.tasksOfPerson.',
        complexity: connectionComplexity,
        resolve: (p, args, ctx) => assignedToPage(ctx, p.id, p.asOf, args),
      },
      AssignmentConnection,
    ),
  }),
});

/** The name that matched a search: the current one, or the former name or spelling core reports. */
function matchedNameOf(node: string | At<Person> | At<PersonMatch>): string {
  // searchPeople's edges carry the people core found, never bare ids.
  if (typeof node === 'string') throw new Error(`PersonSearchEdge without its person (${node})`);
  return 'matchedName' in node ? node.matchedName : node.fullName;
}

/** A page of people found by name, each edge saying which of their names matched. */
const PersonSearchConnection = builder.connectionObject(
  { type: PersonNode, name: 'PersonSearchConnection' },
  {
    name: 'PersonSearchEdge',
    fields: (t) => ({
      matchedName: t.string({
        description:
          'The name that matched: the current one, or a former name or corrected spelling on record (an old register spelled it so).',
        resolve: (edge) => matchedNameOf(edge.node),
      }),
    }),
  },
);

builder.queryFields((t) => ({
  person: t.field({
    type: PersonNode,
    nullable: true,
    description: 'A person by global id, seen on a date.',
    args: { id: t.arg.globalID({ for: PersonNode, required: true }), asOf: t.arg({ type: DateScalar, description: AS_OF }) },
    resolve: async (_root, args, ctx) => maybeAt(await getPerson(ctx.db, args.id.id), dateOf(args, ctx)),
  }),
  searchPeople: t.connection(
    {
      type: PersonNode,
      description:
        'People whose name contains the query, ignoring diacritics and case ("trieu duc long" finds "Triệu Đức Long"); a former name or a corrected spelling finds the person too, and each edge says which name matched. Ordered by current name without diacritics, then id; paged in the database with after/endCursor (forward only), every match counted in totalCount.',
      args: { query: t.arg.string({ required: true }), asOf: t.arg({ type: DateScalar, description: AS_OF }) },
      complexity: connectionComplexity,
      resolve: async (_root, args, ctx) => {
        const page = forwardPage(args);
        return keysetConnection(args, await searchPeoplePage(ctx.db, args.query, page), (person) => at(person, dateOf(args, ctx)));
      },
    },
    PersonSearchConnection,
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
      at(orThrow(await createPerson(ctx.db, { fullName: args.fullName, sourceId: args.source.id, unitId: actingUnitOf(ctx) })), ctx.today),
  }),
);
