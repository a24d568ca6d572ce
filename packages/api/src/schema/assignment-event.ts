import type { AssignmentEvent } from '@mttq/core';
import type { Context } from '../context.js';
import type { At } from './at.js';
import { AssignmentNode } from './assignment.js';
import { builder } from './builder.js';
import { AssignmentStatusEnum } from './catalog/assignment-status.enum.js';
import { loadNodes, loadOne } from './node-load.js';
import { DateScalar } from './scalars.js';
import { SourceNode, sourceOf } from './source.js';

/** `AssignmentEvent`: a dated change of status of an assignment. */
export const AssignmentEventNode = builder.loadableNodeRef('AssignmentEvent', {
  id: { resolve: (e: At<AssignmentEvent>) => e.id },
  load: (ids: string[], ctx: Context) => loadNodes(ctx.loaders.assignmentEvent, ids, ctx.today),
  sort: (e) => e.id,
});

/** A page of status events. */
export const AssignmentEventConnection = builder.connectionObject({ type: AssignmentEventNode, name: 'AssignmentEventConnection' });

AssignmentEventNode.implement({
  description: 'A dated change of status; registering a breakthrough keeps its content as the note.',
  fields: (t) => ({
    seq: t.exposeInt('seq'),
    status: t.field({ type: AssignmentStatusEnum, resolve: (e) => e.status }),
    on: t.field({ type: DateScalar, resolve: (e) => e.on }),
    note: t.exposeString('note', { nullable: true }),
    source: t.field({ type: SourceNode, nullable: true, resolve: sourceOf }),
    assignment: t.field({ type: AssignmentNode, nullable: true, resolve: (e, _args, ctx) => loadOne(ctx.loaders.assignment, e.assignmentId, e.asOf) }),
  }),
});

