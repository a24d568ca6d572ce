/**
 * The refs of the node types, declared apart from their implementations (Pothos's advice for types that
 * refer to each other): a type file imports the refs it points to from here and implements its own
 * (`UnitNode.implement(…)` in `unit.ts`), so no type file imports another and no import order matters.
 * The unions of node types (`Assigner`, `Assignee`) are declared here too.
 * Each ref parses the inner id of a global id into its branded id (`idParser`), once, where it enters.
 */
import type {
  Assignment,
  AssignmentEvent,
  AssignmentStatus,
  Directive,
  Holding,
  Organization,
  Person,
  Post,
  ProgressReport,
  Source,
  Task,
  Term,
  Unit,
} from '@mttq/core';
import type { Context } from '../context.js';
import { builder } from './builder.js';
import type { At } from './shared/at.js';
import { idParser } from './shared/global-id.js';
import { loadNodes } from './shared/node-load.js';

/** An assignment seen on a date; `statusOn` is set when the read that found it already knew its status that day. */
export type AssignmentShape = At<Assignment> & { readonly statusOn?: AssignmentStatus };

/** `Unit`: an administrative unit or residential area, seen on a date. */
export const UnitNode = builder.loadableNodeRef('Unit', {
  id: { resolve: (u: At<Unit>) => u.id, parse: idParser('unit') },
  load: (ids, ctx: Context) => loadNodes(ctx.loaders.unit, ids, ctx.today),
  sort: (u) => u.id,
});

/** `Organization`: a body sitting at a unit (a Front committee, a Women's Union branch…), seen on a date. */
export const OrganizationNode = builder.loadableNodeRef('Organization', {
  id: { resolve: (o: At<Organization>) => o.id, parse: idParser('org') },
  load: (ids, ctx: Context) => loadNodes(ctx.loaders.organization, ids, ctx.today),
  sort: (o) => o.id,
});

/** `Post`: a seat in one organization (the Chair of the Chiêm Hóa Front committee), apart from its holders. */
export const PostNode = builder.loadableNodeRef('Post', {
  id: { resolve: (p: At<Post>) => p.id, parse: idParser('post') },
  load: (ids, ctx: Context) => loadNodes(ctx.loaders.post, ids, ctx.today),
  sort: (p) => p.id,
});

/** `Person`: someone who holds or held posts, several at once (kiêm nhiệm). */
export const PersonNode = builder.loadableNodeRef('Person', {
  id: { resolve: (p: At<Person>) => p.id, parse: idParser('person') },
  load: (ids, ctx: Context) => loadNodes(ctx.loaders.person, ids, ctx.today),
  sort: (p) => p.id,
});

/** `Holding`: a person holding a post over a validity, within a term. */
export const HoldingNode = builder.loadableNodeRef('Holding', {
  id: { resolve: (h: At<Holding>) => h.id, parse: idParser('holding') },
  load: (ids, ctx: Context) => loadNodes(ctx.loaders.holding, ids, ctx.today),
  sort: (h) => h.id,
});

/** `Term`: a term of office (nhiệm kỳ) such as 2020–2025. */
export const TermNode = builder.loadableNodeRef('Term', {
  id: { resolve: (term: At<Term>) => term.id, parse: idParser('term') },
  load: (ids, ctx: Context) => loadNodes(ctx.loaders.term, ids, ctx.today),
  sort: (term) => term.id,
});

/** `Source`: where a record came from. Every unit, organization, post, person, holding, directive and assignment names one. */
export const SourceNode = builder.loadableNodeRef('Source', {
  id: { resolve: (s: At<Source>) => s.id, parse: idParser('src') },
  load: (ids, ctx: Context) => loadNodes(ctx.loaders.source, ids, ctx.today),
  sort: (s) => s.id,
});

/** `Directive`: an Đề án, Nghị quyết, Quy chế, Chương trình phối hợp…, or a movement. */
export const DirectiveNode = builder.loadableNodeRef('Directive', {
  id: { resolve: (d: At<Directive>) => d.id, parse: idParser('dir') },
  load: (ids, ctx: Context) => loadNodes(ctx.loaders.directive, ids, ctx.today),
  sort: (d) => d.id,
});

/** `Task`: a task a directive creates, recurring over periods. */
export const TaskNode = builder.loadableNodeRef('Task', {
  id: { resolve: (task: At<Task>) => task.id, parse: idParser('task') },
  load: (ids, ctx: Context) => loadNodes(ctx.loaders.task, ids, ctx.today),
  sort: (task) => task.id,
});

/** `Assignment`: a task given, for one period, by an assigner to an assignee, and the rule that allowed it. */
export const AssignmentNode = builder.loadableNodeRef('Assignment', {
  id: { resolve: (a: AssignmentShape) => a.id, parse: idParser('asg') },
  load: (ids, ctx: Context): Promise<AssignmentShape[]> => loadNodes(ctx.loaders.assignment, ids, ctx.today),
  sort: (a) => a.id,
});

/** `AssignmentEvent`: a dated change of status of an assignment. */
export const AssignmentEventNode = builder.loadableNodeRef('AssignmentEvent', {
  id: { resolve: (e: At<AssignmentEvent>) => e.id, parse: idParser('evt') },
  load: (ids, ctx: Context) => loadNodes(ctx.loaders.assignmentEvent, ids, ctx.today),
  sort: (e) => e.id,
});

/** `ProgressReport`: a dated report on an assignment's progress. */
export const ProgressReportNode = builder.loadableNodeRef('ProgressReport', {
  id: { resolve: (r: At<ProgressReport>) => r.id, parse: idParser('rep') },
  load: (ids, ctx: Context) => loadNodes(ctx.loaders.progressReport, ids, ctx.today),
  sort: (r) => r.id,
});

/** `Assigner`: an organization or a post. */
export const AssignerUnion = builder.unionType('Assigner', {
  description: 'Who assigns: an organization, or a post.',
  types: () => [OrganizationNode, PostNode],
  resolveType: (value) => ('organizationId' in value ? 'Post' : 'Organization'),
});

/** `Assignee`: an organization, a post or a person. */
export const AssigneeUnion = builder.unionType('Assignee', {
  description: 'Who is assigned: an organization, a post (whoever holds it), or a person.',
  types: () => [OrganizationNode, PostNode, PersonNode],
  resolveType: (value) => ('organizationId' in value ? 'Post' : 'unitId' in value ? 'Organization' : 'Person'),
});
