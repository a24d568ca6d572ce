import { PostgresAdapter, sql, type Kysely } from 'kysely';

/**
 * The change feed: every audit entry gets `seq`, its position in commit order (see `claimFeedPositions`).
 * Entries recorded before are numbered in the order the log lists them, `(at, id)`. On PostgreSQL the
 * positions come from the sequence `audit_log_seq`, drawn under a transaction-scoped advisory lock; SQLite has
 * one writer at a time and numbers them `max(seq) + 1`.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('audit_log').addColumn('seq', 'bigint').execute();
  await sql`UPDATE audit_log SET seq = numbered.n
    FROM (SELECT id, row_number() OVER (ORDER BY at, id) AS n FROM audit_log) AS numbered
    WHERE audit_log.id = numbered.id`.execute(db);
  await db.schema.createIndex('audit_log_seq_unique').on('audit_log').column('seq').unique().execute();
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    await sql`CREATE SEQUENCE audit_log_seq AS bigint MINVALUE 1`.execute(db);
    await sql`SELECT setval('audit_log_seq', max(seq)) FROM audit_log HAVING max(seq) IS NOT NULL`.execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  if (db.getExecutor().adapter instanceof PostgresAdapter) await sql`DROP SEQUENCE audit_log_seq`.execute(db);
  await db.schema.dropIndex('audit_log_seq_unique').execute();
  await db.schema.alterTable('audit_log').dropColumn('seq').execute();
}
