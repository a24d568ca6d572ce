/**
 * The GraphQL schema over `@mttq/core`. This file only imports the type files (each defines one GraphQL type
 * with its queries, connections, inputs and mutations; the refs they point to are in `refs.ts`, so no type
 * file imports another and their order here carries no meaning) and builds the schema.
 */
import { builder } from './builder.js';
import './assignment-decision.js';
import './assignment-reach.queries.js';
import './assignment-event.js';
import './assignment-responsibility.js';
import './assignment.js';
import './assignment.mutations.js';
import './assignment.queries.js';
import './audit-entry.js';
import './change.subscription.js';
import './catalog/assignment-status.enum.js';
import './catalog/directive-kind.enum.js';
import './catalog/level.enum.js';
import './catalog/organization-type.enum.js';
import './catalog/post-type.enum.js';
import './catalog/recurrence.enum.js';
import './catalog/task-kind.enum.js';
import './catalog/unit-kind.enum.js';
import './directive.js';
import './directive.mutations.js';
import './directive.queries.js';
import './errors/auth-error.js';
import './errors/base-error.js';
import './errors/not-found-error.js';
import './errors/rule-denied-error.js';
import './errors/seat-taken-error.js';
import './holding.js';
import './holding.mutations.js';
import './level-count.js';
import './lineage-step.js';
import './organization.js';
import './organization.queries.js';
import './overdue-at-unit.js';
import './parent-change.js';
import './person-task.js';
import './person-name.js';
import './person.js';
import './popolo.queries.js';
import './post.js';
import './progress-report.js';
import './responsibility.js';
import './root.js';
import './rule-pack.js';
import './rule-trace.js';
import './shared/connection.js';
import './shared/scalars.js';
import './source.js';
import './structure/organization.mutations.js';
import './structure/import-batch.mutations.js';
import './structure/person-correct.mutations.js';
import './structure/post.mutations.js';
import './structure/term.mutations.js';
import './structure/unit.mutations.js';
import './structure/unit-end.mutations.js';
import './task.js';
import './task.mutations.js';
import './term.js';
import './unit-counts.js';
import './unit-kind-count.js';
import './unit-ref.js';
import './unit.js';
import './unit.queries.js';
import './validity.js';

/** The executable schema. */
export const schema = builder.toSchema({ sortSchema: true });
