import { AssignmentNode, ProgressReportNode, SourceNode } from './refs.js';
import { loadOne } from './shared/node-load.js';
import { DateScalar } from './shared/scalars.js';
import { sourceOf } from './shared/source-of.js';

ProgressReportNode.implement({
  description: 'A dated progress report on an assignment.',
  fields: (t) => ({
    on: t.field({ type: DateScalar, resolve: (r) => r.on }),
    text: t.exposeString('text'),
    percent: t.exposeInt('percent', { nullable: true, description: 'Share done, 0–100, if given.' }),
    source: t.field({ type: SourceNode, nullable: true, resolve: sourceOf }),
    assignment: t.field({
      type: AssignmentNode,
      nullable: true,
      resolve: (r, _args, ctx) => loadOne(ctx.loaders.assignment, r.assignmentId, r.asOf),
    }),
  }),
});
