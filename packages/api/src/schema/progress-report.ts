import type { ProgressReport } from '@mttq/core';
import type { Context } from '../context.js';
import type { At } from './at.js';
import { AssignmentNode } from './assignment.js';
import { builder } from './builder.js';
import { loadNodes, loadOne } from './node-load.js';
import { DateScalar } from './scalars.js';
import { SourceNode, sourceOf } from './source.js';

/** `ProgressReport`: a dated report on an assignment's progress. */
export const ProgressReportNode = builder.loadableNodeRef('ProgressReport', {
  id: { resolve: (r: At<ProgressReport>) => r.id },
  load: (ids: string[], ctx: Context) => loadNodes(ctx.loaders.progressReport, ids, ctx.today),
  sort: (r) => r.id,
});

/** A page of progress reports. */
export const ProgressReportConnection = builder.connectionObject({ type: ProgressReportNode, name: 'ProgressReportConnection' });

ProgressReportNode.implement({
  description: 'A dated progress report on an assignment.',
  fields: (t) => ({
    on: t.field({ type: DateScalar, resolve: (r) => r.on }),
    text: t.exposeString('text'),
    percent: t.exposeInt('percent', { nullable: true, description: 'Share done, 0–100, if given.' }),
    source: t.field({ type: SourceNode, nullable: true, resolve: sourceOf }),
    assignment: t.field({ type: AssignmentNode, nullable: true, resolve: (r, _args, ctx) => loadOne(ctx.loaders.assignment, r.assignmentId, r.asOf) }),
  }),
});
