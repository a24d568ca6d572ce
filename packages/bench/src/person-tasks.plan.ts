import Database from 'better-sqlite3';
import pg from 'pg';
import { openStore, tasksOfPersonPage, type IsoDate, type PersonId } from '@mttq/core';

interface Seen {
  readonly sql: string;
  readonly parameters: readonly unknown[];
}

/**
 * The query plans of the statements that read page one of a person's tasks and count them, as they ran (text
 * and parameters caught by `onQuery`): SQLite's `EXPLAIN QUERY PLAN` as a tree, or PostgreSQL's
 * `EXPLAIN ANALYZE` (with its planning and execution times).
 *
 * @example
 * console.log(await pagePlan({ filename: '/tmp/bench.sqlite' }, personId, isoDate('2026-06-01')));
 */
export async function pagePlan(where: { filename: string } | { url: string }, personId: PersonId, date: IsoDate): Promise<string> {
  const seen: Seen[] = [];
  const store = await openStore({ ...where, onQuery: (q) => seen.push(q) });
  try {
    await tasksOfPersonPage(store.db, personId, date, { first: 20 });
  } finally {
    await store.close();
  }
  const page = seen.find((q) => q.sql.includes('union all'));
  const count = seen.find((q) => q.sql.includes('count(*)'));
  if (!page) throw new Error('no page statement was seen');
  const plan = 'url' in where ? (q: Seen) => postgresPlan(where.url, q) : (q: Seen) => sqlitePlan(where.filename, q);
  const parts = [`page statement (page one, first 20; ${page.sql.length} characters of SQL):`, await plan(page)];
  if (count) parts.push('', `count statement (${count.sql.length} characters of SQL):`, await plan(count));
  return parts.join('\n');
}

async function postgresPlan(url: string, q: Seen): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // Twice on one connection, the second shown: the first planning on a new connection also fills its catalog
    // caches, which the store's pooled connections have long done.
    const explain = () => client.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, COSTS OFF) ${q.sql}`, [...q.parameters]);
    await explain();
    return (await explain()).rows.map((r) => r['QUERY PLAN']).join('\n');
  } finally {
    await client.end();
  }
}

function sqlitePlan(filename: string, q: Seen): string {
  const sqlite = new Database(filename, { readonly: true });
  try {
    const rows = sqlite.prepare(`EXPLAIN QUERY PLAN ${q.sql}`).all(...q.parameters) as { id: number; parent: number; detail: string }[];
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
