import { sql, type Kysely } from 'kysely';

/**
 * Admin tokens: a token may read what only an administrator should (the audit entries of tokens: their names,
 * scopes and expiries). Existing tokens are not admin tokens. 0 or 1, as SQLite and PostgreSQL both store it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('api_token')
    .addColumn('admin', 'integer', (c) => c.notNull().defaultTo(sql`0`))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('api_token').dropColumn('admin').execute();
}
