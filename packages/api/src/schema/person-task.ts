import { tasksOfPersonPage, type ResponsibilityPath } from '@mttq/core';
import { primeHeldPosts } from '../loaders/held-post.prime.js';
import { builder } from './builder.js';
import { AssignmentNode, type AssignmentShape, PersonNode } from './refs.js';
import { fromPath, type ResponsibilityShape, ResponsibilityType } from './responsibility.js';
import { AS_OF, dateOf } from './shared/args.js';
import { fromView } from './shared/assignment-reads.js';
import { connectionComplexity } from './shared/connection.js';
import { forwardPage, keysetConnection } from './shared/keyset-connection.js';
import { selectsField } from './shared/selects-field.js';
import { DateScalar } from './shared/scalars.js';

interface PersonTaskShape {
  readonly assignment: AssignmentShape;
  readonly paths: readonly ResponsibilityShape[];
}

/** `PersonTask`: a task a person carries on a date, and every path by which it reaches them. */
const PersonTaskType = builder.objectRef<PersonTaskShape>('PersonTask').implement({
  description: 'A task a person carries on a date, and every path by which it reaches them (by name, through a post, as head).',
  fields: (t) => ({
    assignment: t.field({ type: AssignmentNode, resolve: (p) => p.assignment }),
    paths: t.field({ type: [ResponsibilityType], resolve: (p) => [...p.paths] }),
  }),
});

const PersonTaskConnection = builder.connectionObject({ type: PersonTaskType, name: 'PersonTaskConnection' });

builder.queryField('tasksOfPerson', (t) =>
  t.connection(
    {
      type: PersonTaskType,
      description:
        'Every task a person carries on a date: given to them by name, to a post they hold that day, or to an organization they head that day — each with the path. Work from an earlier period stays while still open. Ordered by assignment date, then id; paged in the database with after/endCursor (forward only), every task counted in totalCount.',
      args: { person: t.arg.globalID({ for: PersonNode, required: true }), asOf: t.arg({ type: DateScalar, description: AS_OF }) },
      complexity: connectionComplexity,
      resolve: async (_root, args, ctx, info) => {
        const date = dateOf(args, ctx);
        const personId = args.person.id;
        // The total costs a count of every task in force: read only when the query selects it.
        const count = selectsField(info, 'totalCount');
        const page = await tasksOfPersonPage(ctx.db, personId, date, { ...forwardPage(args), count });
        // The paths carry the holdings with their person, post, organization and unit: no statement for those.
        if (page.ok)
          primeHeldPosts(
            ctx.loaders,
            page.value.items.flatMap((task) => task.paths.flatMap(heldOf)),
          );
        return keysetConnection(args, page, (task) => ({
          assignment: fromView(ctx, task.view, date),
          paths: task.paths.map((p) => fromPath(personId, p, date)),
        }));
      },
    },
    PersonTaskConnection,
  ),
);

function heldOf(path: ResponsibilityPath) {
  return path.kind === 'direct' ? [] : [path.held];
}
