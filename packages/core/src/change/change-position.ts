import { PostgresAdapter, sql } from 'kysely';
import type { Db } from '../store/database.js';

/** The notification channel every committed write is announced on (PostgreSQL `LISTEN`/`NOTIFY`). */
export const CHANGE_CHANNEL = 'mttq_changes';

/** The key of the transaction-scoped advisory lock that orders feed positions by commit (any fixed bigint). */
const FEED_LOCK_KEY = 7_243_105_311;

/**
 * Claims `count` consecutive feed positions for the entries the current write records, as the last thing it
 * does before its commit; returns the first.
 *
 * Readers follow the feed by asking for positions above the last one they saw, so a position must never
 * become visible after a larger one. On PostgreSQL a sequence alone does not promise that: values are drawn
 * before commit, and a transaction that draws 7 can commit after one that drew 8 — a reader that saw 8 would
 * skip 7 forever. So the position is drawn under a transaction-scoped advisory lock, held until the write
 * commits (PostgreSQL makes a transaction visible before it releases its locks): whoever draws next has
 * waited for the previous holder to commit or roll back, and positions become visible in their order. A
 * rolled-back write leaves a gap, never a late arrival. Only the last instant of each write is serialized:
 * the lock is taken after its work and checks, just before the audit rows are inserted. The same transaction
 * sends `NOTIFY`, which PostgreSQL delivers only once it commits (see `watchChanges`).
 *
 * SQLite has one writer at a time (every transaction begins IMMEDIATE), so `max + 1` read inside the write
 * is already in commit order.
 */
export async function claimFeedPositions(trx: Db, count: number): Promise<number> {
  if (trx.getExecutor().adapter instanceof PostgresAdapter) {
    await sql`SELECT pg_advisory_xact_lock(${sql.lit(FEED_LOCK_KEY)}), pg_notify(${CHANGE_CHANNEL}, '')`.execute(trx);
    const { rows } = await sql<{ last: string }>`SELECT setval('audit_log_seq', nextval('audit_log_seq') + ${count - 1}) AS last`.execute(
      trx,
    );
    return Number(rows[0]!.last) - count + 1;
  }
  const row = await trx
    .selectFrom('audit_log')
    .select((eb) => eb.fn.max('seq').as('last'))
    .executeTakeFirst();
  return Number(row?.last ?? 0) + 1;
}
