import { changeCursor, type ChangeRecord } from '@mttq/core';
import { encodeGlobalID } from '@pothos/plugin-relay';
import type { Context } from '../context.js';
import { builder } from './builder.js';
import { UnitNode } from './refs.js';
import { loadOne } from './shared/node-load.js';

/** The GraphQL type of the records whose global id an event can give (the audit's entity types that are nodes). */
const NODE_TYPES: Readonly<Record<string, string>> = {
  unit: 'Unit',
  organization: 'Organization',
  post: 'Post',
  person: 'Person',
  holding: 'Holding',
  term: 'Term',
  directive: 'Directive',
  task: 'Task',
  assignment: 'Assignment',
  source: 'Source',
};

/** `ChangeEvent`: one committed write, as the `changes` subscription streams it. */
export const ChangeEventType = builder.objectRef<ChangeRecord>('ChangeEvent').implement({
  description:
    'One committed write, in commit order: what it did, to which record, where, when and by whom, and the cursor to resume after it.',
  fields: (t) => ({
    cursor: t.string({
      description: 'Give it back as `after` when reconnecting: the stream goes on with the next change, nothing missed and nothing twice.',
      resolve: (c) => changeCursor(c.position),
    }),
    kind: t.exposeString('action', {
      description:
        'What the write did, `<record>.<what>`: `unit.create`, `organization.create`, `organization.end`, `post.create`, `holding.create`, `holding.end`, `person.create`, `directive.create`, `task.create`, `assignment.create`, `assignment.status.done`, `bulk.load`…',
    }),
    entityType: t.exposeString('entityType', {
      description: '`unit`, `organization`, `post`, `holding`, `person`, `directive`, `task`, `assignment`…',
    }),
    entityId: t.exposeString('entityId', { description: 'The id of the record in the store.' }),
    recordId: t.id({
      nullable: true,
      description: 'The global id of the record, for `node(id:)`; empty for records that are not nodes (a batch, a lineage link).',
      resolve: (c) => (NODE_TYPES[c.entityType] ? encodeGlobalID(NODE_TYPES[c.entityType]!, c.entityId) : null),
    }),
    unit: t.field({
      type: UnitNode,
      nullable: true,
      description: 'The unit the write concerns, seen on the subscription’s date.',
      resolve: (c, _args, ctx: Context) => loadOne(ctx.loaders.unit, c.unitId, ctx.today),
    }),
    committedAt: t.exposeString('at', { description: 'When the write was recorded, just before its commit (ISO timestamp).' }),
    actor: t.exposeString('actor', {
      description: '`token:<id>` for a write made with an API token, `system` for the project’s own loaders.',
    }),
  }),
});
