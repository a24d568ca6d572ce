/**
 * The GraphQL schema over `@mttq/core`. This file only imports the type files (each defines one GraphQL type
 * with its queries, connections, inputs and mutations) and builds the schema.
 */
import { builder } from './builder.js';
import './scalars.js';
import './validity.js';
import './connection.js';
import './catalog/level.enum.js';
import './catalog/unit-kind.enum.js';
import './catalog/organization-type.enum.js';
import './catalog/post-type.enum.js';
import './catalog/directive-kind.enum.js';
import './catalog/task-kind.enum.js';
import './catalog/recurrence.enum.js';
import './catalog/assignment-status.enum.js';
import './errors/base-error.js';
import './errors/not-found-error.js';
import './errors/rule-denied-error.js';
import './errors/seat-taken-error.js';
import './errors/auth-error.js';
import './source.js';
import './unit.js';
import './unit-ref.js';
import './lineage-step.js';
import './parent-change.js';
import './level-count.js';
import './unit-kind-count.js';
import './unit-counts.js';
import './unit.queries.js';
import './organization.js';
import './organization.queries.js';
import './post.js';
import './person.js';
import './popolo.queries.js';
import './holding.js';
import './term.js';
import './holding.mutations.js';
import './directive.js';
import './directive.queries.js';
import './directive.mutations.js';
import './task.js';
import './task.mutations.js';
import './assignment.js';
import './assignment-event.js';
import './progress-report.js';
import './responsibility.js';
import './assignment.queries.js';
import './assignment.mutations.js';
import './person-task.js';
import './assignment-responsibility.js';
import './overdue-at-unit.js';
import './rule-trace.js';
import './assignment-decision.js';
import './rule-pack.js';

builder.queryType({
  description: 'Questions to the model; every one that depends on time takes asOf (default: today). Open to all, unless the server requires a token for reads.',
  authScopes: { reader: true },
});
builder.mutationType({
  description:
    'The writes core offers; expected failures come back as typed errors (… on BaseError { code message }). Every write needs an Authorization: Bearer token whose scope holds what it touches (AuthError otherwise).',
  // Every mutation, including any added later, needs a valid token; those that touch units check the scope too.
  authScopes: { writer: true },
});

/** The executable schema. */
export const schema = builder.toSchema({ sortSchema: true });
import './audit-entry.js';
import './change.subscription.js';
