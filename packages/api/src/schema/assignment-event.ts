import { AssignmentStatusEnum } from './catalog/assignment-status.enum.js';
import { AssignmentEventNode, AssignmentNode, SourceNode } from './refs.js';
import { loadOne } from './shared/node-load.js';
import { DateScalar } from './shared/scalars.js';
import { sourceOf } from './shared/source-of.js';

AssignmentEventNode.implement({
  description: 'A dated change of status; registering a breakthrough keeps its content as the note.',
  fields: (t) => ({
    seq: t.exposeInt('seq'),
    status: t.field({ type: AssignmentStatusEnum, resolve: (e) => e.status }),
    on: t.field({ type: DateScalar, resolve: (e) => e.on }),
    note: t.exposeString('note', { nullable: true }),
    source: t.field({ type: SourceNode, nullable: true, resolve: sourceOf }),
    assignment: t.field({
      type: AssignmentNode,
      nullable: true,
      resolve: (e, _args, ctx) => loadOne(ctx.loaders.assignment, e.assignmentId, e.asOf),
    }),
  }),
});
