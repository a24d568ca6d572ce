import type { Holding, IsoDate, ResponsibilityPath } from '@mttq/core';
import type { Context } from '../context.js';
import { builder } from './builder.js';
import { describedValues } from './catalog/described-values.js';
import { type AssignmentShape, HoldingNode, PersonNode } from './refs.js';
import { at } from './shared/at.js';
import { sortHoldings } from './shared/holding-order.js';
import { loadOne } from './shared/node-load.js';

/** One way a task reaches a person: named directly, through a post they hold, or as head of the organization. */
export interface ResponsibilityShape {
  readonly personId: string;
  readonly path: ResponsibilityPath['kind'];
  readonly holding: Holding | null;
  readonly asOf: IsoDate;
}

const PATH_DESCRIPTIONS = {
  direct: 'The task was given to the person by name.',
  post: 'The task was given to a post the person holds that day.',
  headOf: 'The task was given to an organization the person heads that day.',
} as const;

/** `ResponsibilityPathKind`: DIRECT, POST, HEAD_OF. */
export const ResponsibilityPathKindEnum = builder.enumType('ResponsibilityPathKind', {
  description: 'How a task reaches a person on a date.',
  values: describedValues(['direct', 'post', 'headOf'] as const, (kind) => PATH_DESCRIPTIONS[kind]),
});

/** The shape of a core responsibility path for a person, on a date. */
export function fromPath(personId: string, path: ResponsibilityPath, asOf: IsoDate): ResponsibilityShape {
  return { personId, path: path.kind, holding: path.kind === 'direct' ? null : path.held.holding, asOf };
}

/** `Responsibility`: a person and how the task reaches them. */
export const ResponsibilityType = builder.objectRef<ResponsibilityShape>('Responsibility').implement({
  description: 'A person responsible for a task on a date, and the path by which it reaches them.',
  fields: (t) => ({
    path: t.field({ type: ResponsibilityPathKindEnum, resolve: (r) => r.path }),
    person: t.field({ type: PersonNode, nullable: true, resolve: (r, _args, ctx) => loadOne(ctx.loaders.person, r.personId, r.asOf) }),
    holding: t.field({
      type: HoldingNode,
      nullable: true,
      description: 'The holding that makes the path (none for a task given by name).',
      resolve: (r) => (r.holding ? at(r.holding, r.asOf) : null),
    }),
  }),
});

/**
 * The people responsible for an assignment on the date it is seen on, through DataLoaders: the person named,
 * the holders of the post, or the heads of the organization (as core's `responsibleFor` decides).
 */
export async function responsibleForAssignment(a: AssignmentShape, _args: object, ctx: Context): Promise<ResponsibilityShape[]> {
  const date = a.asOf;
  switch (a.assignee.kind) {
    case 'person':
      return [{ personId: a.assignee.id, path: 'direct', holding: null, asOf: date }];
    case 'post': {
      const holders = sortHoldings(await ctx.loaders.holdingsOfPost.load({ id: a.assignee.id, date }));
      return holders.map((h) => ({ personId: h.personId, path: 'post', holding: h, asOf: date }));
    }
    case 'organization': {
      const held = await ctx.loaders.holdingsOfOrganization.load({ id: a.assignee.id, date });
      const posts = await ctx.loaders.post.loadMany(held.map((h) => h.postId));
      const heads = held.filter((_h, i) => {
        const post = posts[i];
        return post !== undefined && !(post instanceof Error) && post.heads;
      });
      return sortHoldings(heads).map((h): ResponsibilityShape => ({ personId: h.personId, path: 'headOf', holding: h, asOf: date }));
    }
  }
}
