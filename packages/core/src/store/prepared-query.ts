import type { CompiledQuery, Compilable } from 'kysely';
import type { Db } from './database.js';

/** Where a compiled query's parameter comes from: an argument of the call, or a value fixed when it was built. */
type ParameterSource = { readonly arg: number } | { readonly value: unknown };

interface Template {
  readonly compiled: CompiledQuery;
  readonly sources: readonly ParameterSource[];
}

const PLACEHOLDER = '\u0000mttq-arg:';

/**
 * A query built with Kysely once per database kind, then run with new arguments: the query builder and
 * compiler (object trees, parsing, SQL text) run on the first call only, and the SQL text stays the same,
 * so SQLite's statement cache reuses one prepared statement.
 *
 * `build` receives a placeholder for each argument and must pass each one on as a plain value (a `where`
 * operand, a `limit`) — not inspect it, not put it in an `in` list, not make it `null`: the compiled SQL must
 * have the same shape whatever the arguments. Declare every argument without a default, so `build.length`
 * counts them. An argument written into the SQL text instead of passed as a parameter is a bug, reported on
 * first use.
 *
 * @example
 * const holdingsOf = preparedQuery((db, personId: PersonId, date: IsoDate) =>
 *   db.selectFrom('holding').selectAll().where('person_id', '=', personId).where('valid_from', '<=', date));
 * const rows = await holdingsOf(db, personId, isoDate('2023-06-01'));
 */
export function preparedQuery<A extends unknown[], R>(build: (db: Db, ...args: A) => Compilable<R>): (db: Db, ...args: A) => Promise<R[]> {
  const arity = build.length - 1;
  // The compiled SQL depends only on the dialect, so one template per adapter (one per store) serves the
  // store's handle and every transaction on it.
  const templates = new WeakMap<object, Template>();
  return async (db, ...args) => {
    const adapter = db.getExecutor().adapter;
    let template = templates.get(adapter);
    if (!template) {
      template = compileTemplate(db, build, arity);
      templates.set(adapter, template);
    }
    const parameters = template.sources.map((s) => ('arg' in s ? args[s.arg] : s.value));
    const result = await db.executeQuery<R>({ ...template.compiled, parameters } as CompiledQuery<R>);
    return result.rows;
  };
}

function compileTemplate<A extends unknown[], R>(db: Db, build: (db: Db, ...args: A) => Compilable<R>, arity: number): Template {
  const placeholders = Array.from({ length: arity }, (_, i) => `${PLACEHOLDER}${i}`);
  const compiled = build(db, ...(placeholders as A)).compile();
  if (compiled.sql.includes(PLACEHOLDER))
    throw new Error(`preparedQuery: an argument was written into the SQL text instead of passed as a parameter: ${compiled.sql}`);
  const sources = compiled.parameters.map((p): ParameterSource =>
    typeof p === 'string' && p.startsWith(PLACEHOLDER) ? { arg: Number(p.slice(PLACEHOLDER.length)) } : { value: p },
  );
  return { compiled, sources };
}
