import type SQLite from 'better-sqlite3';
import type { SqliteDatabase, SqliteStatement } from 'kysely';

/** Statements kept per connection: every distinct query text core issues fits with room to spare. */
export const DEFAULT_STATEMENT_CACHE_SIZE = 500;

/**
 * The SQLite connection as Kysely's `SqliteDialect` sees it, with `prepare` memoized by SQL text in a
 * bounded least-recently-used cache. Kysely's driver prepares every query anew, and SQLite's prepare (parse
 * and plan) costs as much as running a small indexed query; a cached statement only binds new parameters.
 * A statement still being iterated (a streamed query not yet finished) is busy and cannot run again until
 * it ends: a query with the same text then gets a fresh statement of its own.
 *
 * @example
 * new SqliteDialect({ database: withStatementCache(new SQLite('data/mttq.sqlite')) })
 */
export function withStatementCache(database: SQLite.Database, capacity = DEFAULT_STATEMENT_CACHE_SIZE): SqliteDatabase {
  // A Map iterates in insertion order: re-inserting on use keeps the least recently used entry first.
  const cache = new Map<string, CachedStatement>();
  return {
    close: () => database.close(),
    prepare(sql: string): SqliteStatement {
      const cached = cache.get(sql);
      if (cached && !cached.busy) {
        cache.delete(sql);
        cache.set(sql, cached);
        return cached;
      }
      const statement = new CachedStatement(database.prepare(sql));
      if (cached) return statement;
      cache.set(sql, statement);
      if (cache.size > capacity) cache.delete(cache.keys().next().value!);
      return statement;
    },
  };
}

/**
 * A prepared statement that reads rows as arrays and builds each row object from a literal compiled for its
 * columns: better-sqlite3 builds row objects one property at a time, which costs more than reading the row.
 */
class CachedStatement implements SqliteStatement {
  readonly reader: boolean;
  readonly #statement: SQLite.Statement;
  readonly #toObject: ((values: readonly unknown[]) => Record<string, unknown>) | undefined;

  constructor(statement: SQLite.Statement) {
    this.#statement = statement;
    this.reader = statement.reader;
    if (statement.reader) {
      statement.raw(true);
      this.#toObject = rowBuilder(statement.columns().map((c) => c.name));
    }
  }

  get busy(): boolean {
    return this.#statement.busy;
  }

  all(parameters: readonly unknown[]): unknown[] {
    const rows = this.#statement.all(parameters) as unknown[][];
    const toObject = this.#toObject!;
    for (let i = 0; i < rows.length; i++) (rows as unknown[])[i] = toObject(rows[i]!);
    return rows;
  }

  run(parameters: readonly unknown[]): { changes: number | bigint; lastInsertRowid: number | bigint } {
    return this.#statement.run(parameters);
  }

  *iterate(parameters: readonly unknown[]): IterableIterator<unknown> {
    const toObject = this.#toObject!;
    for (const row of this.#statement.iterate(parameters) as IterableIterator<unknown[]>) yield toObject(row);
  }
}

/**
 * A function turning a row's values into an object keyed by column name, as better-sqlite3 would (a later
 * column of the same name wins): an object literal of one fixed shape, which V8 builds in one step.
 */
function rowBuilder(names: readonly string[]): (values: readonly unknown[]) => Record<string, unknown> {
  const last = new Map(names.map((name, i) => [name, i]));
  // A computed key defines an own property even for `__proto__`, which a plain literal key would not.
  const fields = [...last].map(([name, i]) =>
    name === '__proto__' ? `[${JSON.stringify(name)}]: v[${i}]` : `${JSON.stringify(name)}: v[${i}]`,
  );
  // The source holds only column names, each quoted by JSON.stringify.
  return new Function('v', `return { ${fields.join(', ')} };`) as (values: readonly unknown[]) => Record<string, unknown>;
}
