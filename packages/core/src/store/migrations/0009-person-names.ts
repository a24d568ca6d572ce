import { sql, type Kysely } from 'kysely';

/**
 * A person's names over time (`person_name`): the names they bore, each with its validity (kind `name`), and
 * the spellings corrected away (kind `misspelling`, with the validity they had been recorded with). The person
 * row keeps the current name, so every read of `person` stays as it was. No backfill: a person without rows
 * has one name, their current one, on every day; `correctPerson` writes the first rows. At most one current
 * name per person (its open end stored as 9999-12-31), stated to the database.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('person_name')
    .addColumn('person_id', 'text', (c) => c.notNull().references('person.id'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('search_key', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('valid_from', 'text', (c) => c.notNull())
    .addColumn('valid_to', 'text', (c) => c.notNull())
    .addColumn('source_id', 'text', (c) => c.notNull().references('source.id'))
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('person_name_pk', ['person_id', 'seq'])
    .execute();
  await sql`CREATE UNIQUE INDEX person_name_current ON person_name (person_id) WHERE kind = 'name' AND valid_to = '9999-12-31'`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('person_name').execute();
}
