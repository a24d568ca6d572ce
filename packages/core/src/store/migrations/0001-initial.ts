import type { Kysely } from 'kysely';

/** Units, their parent links and closure, organizations, posts, people, terms, holdings, sources. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('source')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('url', 'text')
    .addColumn('citation', 'text')
    .addColumn('note', 'text')
    .execute();

  await db.schema
    .createTable('admin_unit')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('code', 'text')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('full_name', 'text', (c) => c.notNull())
    .addColumn('search_key', 'text', (c) => c.notNull())
    .addColumn('valid_from', 'text', (c) => c.notNull())
    .addColumn('valid_to', 'text', (c) => c.notNull())
    .addColumn('source_id', 'text', (c) => c.notNull().references('source.id'))
    .execute();
  await db.schema.createIndex('admin_unit_code').on('admin_unit').columns(['code', 'valid_from']).execute();
  await db.schema.createIndex('admin_unit_level').on('admin_unit').columns(['level', 'valid_from']).execute();

  await db.schema
    .createTable('unit_parent')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('unit_id', 'text', (c) => c.notNull().references('admin_unit.id'))
    .addColumn('parent_id', 'text', (c) => c.notNull().references('admin_unit.id'))
    .addColumn('valid_from', 'text', (c) => c.notNull())
    .addColumn('valid_to', 'text', (c) => c.notNull())
    .addColumn('source_id', 'text', (c) => c.notNull().references('source.id'))
    .execute();
  await db.schema.createIndex('unit_parent_unit').on('unit_parent').columns(['unit_id', 'valid_from']).execute();
  await db.schema.createIndex('unit_parent_parent').on('unit_parent').columns(['parent_id', 'valid_from']).execute();

  await db.schema
    .createTable('unit_closure')
    .addColumn('ancestor_id', 'text', (c) => c.notNull().references('admin_unit.id'))
    .addColumn('descendant_id', 'text', (c) => c.notNull().references('admin_unit.id'))
    .addColumn('depth', 'integer', (c) => c.notNull())
    .addColumn('valid_from', 'text', (c) => c.notNull())
    .addColumn('valid_to', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('unit_closure_ancestor').on('unit_closure').columns(['ancestor_id', 'valid_from', 'valid_to']).execute();
  await db.schema.createIndex('unit_closure_descendant').on('unit_closure').columns(['descendant_id', 'valid_from']).execute();

  await db.schema
    .createTable('organization')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('unit_id', 'text', (c) => c.notNull().references('admin_unit.id'))
    .addColumn('parent_id', 'text', (c) => c.references('organization.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('search_key', 'text', (c) => c.notNull())
    .addColumn('valid_from', 'text', (c) => c.notNull())
    .addColumn('valid_to', 'text', (c) => c.notNull())
    .addColumn('end_reason', 'text')
    .addColumn('merged_into_id', 'text', (c) => c.references('organization.id'))
    .addColumn('source_id', 'text', (c) => c.notNull().references('source.id'))
    .execute();
  await db.schema.createIndex('organization_unit').on('organization').columns(['unit_id', 'type']).execute();
  await db.schema.createIndex('organization_parent').on('organization').column('parent_id').execute();

  await db.schema
    .createTable('post')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organization.id'))
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('seats', 'integer')
    .addColumn('valid_from', 'text', (c) => c.notNull())
    .addColumn('valid_to', 'text', (c) => c.notNull())
    .addColumn('source_id', 'text', (c) => c.notNull().references('source.id'))
    .execute();
  await db.schema.createIndex('post_organization').on('post').column('organization_id').execute();

  await db.schema
    .createTable('person')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('full_name', 'text', (c) => c.notNull())
    .addColumn('search_key', 'text', (c) => c.notNull())
    .addColumn('source_id', 'text', (c) => c.notNull().references('source.id'))
    .execute();

  await db.schema
    .createTable('term')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', (c) => c.references('organization.id'))
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('valid_from', 'text', (c) => c.notNull())
    .addColumn('valid_to', 'text', (c) => c.notNull())
    .addColumn('source_id', 'text', (c) => c.notNull().references('source.id'))
    .execute();

  await db.schema
    .createTable('holding')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('person_id', 'text', (c) => c.notNull().references('person.id'))
    .addColumn('post_id', 'text', (c) => c.notNull().references('post.id'))
    .addColumn('term_id', 'text', (c) => c.references('term.id'))
    .addColumn('valid_from', 'text', (c) => c.notNull())
    .addColumn('valid_to', 'text', (c) => c.notNull())
    .addColumn('source_id', 'text', (c) => c.notNull().references('source.id'))
    .execute();
  await db.schema.createIndex('holding_person').on('holding').columns(['person_id', 'valid_from']).execute();
  await db.schema.createIndex('holding_post').on('holding').columns(['post_id', 'valid_from']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['holding', 'term', 'person', 'post', 'organization', 'unit_closure', 'unit_parent', 'admin_unit', 'source']) {
    await db.schema.dropTable(table).execute();
  }
}
