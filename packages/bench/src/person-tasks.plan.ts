import Database from 'better-sqlite3';
import pg from 'pg';
import { openStore, tasksOfPersonPage, type IsoDate, type PersonId } from '@mttq/core';

/**
 * The query plan of the statement that reads page one of a person's tasks, as it ran (text and parameters
 * caught by `onQuery`): SQLite's `EXPLAIN QUERY PLAN` as a tree, or PostgreSQL's `EXPLAIN ANALYZE`.
 *
 * @example
 * console.log(await pagePlan({ filename: '/tmp/bench.sqlite' }, personId, isoDate('2026-06-01')));
 */
export async function pagePlan(where: { filename: string } | { url: string }, personId: PersonId, date: IsoDate): Promise<string> {
  const seen: { sql: string; parameters: readonly unknown[] }[] = [];
  const store = await openStore({ ...where, onQuery: (q) => seen.push(q) });
  try {
    await tasksOfPersonPage(store.db, personId, date, { first: 20 });
  } finally {
    await store.close();
  }
  const page = seen.find((q) => q.sql.includes('union all'));
  if (!page) throw new Error('no page statement was seen');
  if ('url' in where) {
    const client = new pg.Client({ connectionString: where.url });
    await client.connect();
    try {
      const plan = await client.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, COSTS OFF) ${page.sql}`, [...page.parameters]);
      return plan.rows.map((r) => r['QUERY PLAN']).join('\n');
    } finally {
      await client.end();
    }
  }
  const sqlite = new Database(where.filename, { readonly: true });
  try {
    const rows = sqlite.prepare(`EXPLAIN QUERY PLAN ${page.sql}`).all(...page.parameters) as {
      id: number;
      parent: number;
      detail: string;
    }[];
    const depth = new Map<number, number>([[0, -1]]);
    return rows
      .map((r) => {
        const d = (depth.get(r.parent) ?? 0) + 1;
        depth.set(r.id, d);
        return `${'  '.repeat(d)}${r.detail}`;
      })
      .join('\n');
  } finally {
    sqlite.close();
  }
}
