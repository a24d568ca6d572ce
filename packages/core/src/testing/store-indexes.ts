import { PostgresAdapter, sql } from 'kysely';
import type { Db } from '../store/database.js';

/**
 * Every index of a store as one line each, `table index definition`, sorted: equal lists mean the same indexes
 * with the same definitions (a fresh load that set some aside must end with the list a normal store has).
 *
 * @example
 * expect(await indexesOf(loaded.db)).toEqual(await indexesOf(normal.db));
 */
export async function indexesOf(db: Db): Promise<string[]> {
  const { rows } =
    db.getExecutor().adapter instanceof PostgresAdapter
      ? await sql<{ line: string }>`
          select tablename || ' ' || indexname || ' ' || indexdef as line from pg_indexes where schemaname = current_schema()`.execute(db)
      : await sql<{ line: string }>`
          select tbl_name || ' ' || name || ' ' || coalesce(sql, '') as line from sqlite_master where type = 'index'`.execute(db);
  return rows.map((r) => r.line).sort();
}
