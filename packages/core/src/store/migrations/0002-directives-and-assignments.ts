import type { Kysely } from 'kysely';

/** Directives and their issuers, tasks, assignments with their status events and progress reports. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('directive')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('symbol', 'text')
    .addColumn('symbol_number', 'text')
    .addColumn('symbol_type', 'text')
    .addColumn('symbol_issuer', 'text')
    .addColumn('symbol_year', 'integer')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('search_key', 'text', (c) => c.notNull())
    .addColumn('issued_on', 'text')
    .addColumn('valid_from', 'text', (c) => c.notNull())
    .addColumn('valid_to', 'text', (c) => c.notNull())
    .addColumn('implements_id', 'text', (c) => c.references('directive.id'))
    .addColumn('source_id', 'text', (c) => c.notNull().references('source.id'))
    .execute();
  await db.schema.createIndex('directive_symbol').on('directive').column('symbol').execute();

  await db.schema
    .createTable('directive_party')
    .addColumn('directive_id', 'text', (c) => c.notNull().references('directive.id'))
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organization.id'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('directive_party_pk', ['directive_id', 'organization_id'])
    .execute();
  await db.schema.createIndex('directive_party_organization').on('directive_party').column('organization_id').execute();

  await db.schema
    .createTable('task')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('directive_id', 'text', (c) => c.notNull().references('directive.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('search_key', 'text', (c) => c.notNull())
    .addColumn('recurrence', 'text', (c) => c.notNull())
    .addColumn('valid_from', 'text', (c) => c.notNull())
    .addColumn('valid_to', 'text', (c) => c.notNull())
    .addColumn('source_id', 'text', (c) => c.notNull().references('source.id'))
    .execute();
  await db.schema.createIndex('task_directive').on('task').column('directive_id').execute();

  await db.schema
    .createTable('assignment')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('task_id', 'text', (c) => c.notNull().references('task.id'))
    .addColumn('period_key', 'text', (c) => c.notNull())
    .addColumn('period_from', 'text', (c) => c.notNull())
    .addColumn('period_to', 'text', (c) => c.notNull())
    .addColumn('assigner_org_id', 'text', (c) => c.notNull().references('organization.id'))
    .addColumn('assigner_post_id', 'text', (c) => c.references('post.id'))
    .addColumn('assignee_kind', 'text', (c) => c.notNull())
    .addColumn('assignee_org_id', 'text', (c) => c.references('organization.id'))
    .addColumn('assignee_post_id', 'text', (c) => c.references('post.id'))
    .addColumn('assignee_person_id', 'text', (c) => c.references('person.id'))
    .addColumn('assignee_via_post_id', 'text', (c) => c.references('post.id'))
    .addColumn('assignee_unit_id', 'text', (c) => c.notNull().references('admin_unit.id'))
    .addColumn('place_unit_id', 'text', (c) => c.references('admin_unit.id'))
    .addColumn('assigned_on', 'text', (c) => c.notNull())
    .addColumn('due_on', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('rule_pack_id', 'text', (c) => c.notNull())
    .addColumn('rule_id', 'text', (c) => c.notNull())
    .addColumn('source_id', 'text', (c) => c.notNull().references('source.id'))
    .execute();
  await db.schema.createIndex('assignment_task').on('assignment').column('task_id').execute();
  await db.schema.createIndex('assignment_assignee_org').on('assignment').column('assignee_org_id').execute();
  await db.schema.createIndex('assignment_assignee_post').on('assignment').column('assignee_post_id').execute();
  await db.schema.createIndex('assignment_assignee_person').on('assignment').column('assignee_person_id').execute();
  await db.schema.createIndex('assignment_assignee_unit').on('assignment').columns(['assignee_unit_id', 'assigned_on']).execute();
  await db.schema.createIndex('assignment_place_unit').on('assignment').columns(['place_unit_id', 'assigned_on']).execute();
  await db.schema.createIndex('assignment_order').on('assignment').columns(['assigned_on', 'id']).execute();

  await db.schema
    .createTable('assignment_event')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('assignment_id', 'text', (c) => c.notNull().references('assignment.id'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('on_date', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('source_id', 'text', (c) => c.notNull().references('source.id'))
    .addUniqueConstraint('assignment_event_seq', ['assignment_id', 'seq'])
    .execute();

  await db.schema
    .createTable('progress_report')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('assignment_id', 'text', (c) => c.notNull().references('assignment.id'))
    .addColumn('reported_on', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('percent', 'integer')
    .addColumn('source_id', 'text', (c) => c.notNull().references('source.id'))
    .execute();
  await db.schema.createIndex('progress_report_assignment').on('progress_report').columns(['assignment_id', 'reported_on']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['progress_report', 'assignment_event', 'assignment', 'task', 'directive_party', 'directive']) {
    await db.schema.dropTable(table).execute();
  }
}
