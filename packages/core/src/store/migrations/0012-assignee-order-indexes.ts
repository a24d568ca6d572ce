import type { Kysely } from 'kysely';

const ASSIGNEE_COLUMNS = [
  ['assignment_assignee_person', 'assignee_person_id'],
  ['assignment_assignee_post', 'assignee_post_id'],
  ['assignment_assignee_org', 'assignee_org_id'],
] as const;

/**
 * The assignments of one assignee in page order: each single-column assignee index becomes
 * `(assignee, assigned_on, id)`, so a person's tasks page (`tasksOfPersonPage`) walks each path's index in
 * order and stops after the page, instead of reading and sorting every assignment that reaches the person.
 * The new index serves every lookup the old one did (same leading column). The status of an assignment on a
 * date (its last event on or before it) is read from a covering index of the events, not from their rows:
 * a person's total counts it for each of their thousands of assignments.
 */
export async function up(db: Kysely<any>): Promise<void> {
  for (const [name, column] of ASSIGNEE_COLUMNS) {
    await db.schema.dropIndex(name).execute();
    await db.schema.createIndex(name).on('assignment').columns([column, 'assigned_on', 'id']).execute();
  }
  await db.schema
    .createIndex('assignment_event_status_on')
    .on('assignment_event')
    .columns(['assignment_id', 'seq', 'on_date', 'status'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('assignment_event_status_on').execute();
  for (const [name, column] of ASSIGNEE_COLUMNS) {
    await db.schema.dropIndex(name).execute();
    await db.schema.createIndex(name).on('assignment').column(column).execute();
  }
}
