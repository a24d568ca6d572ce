import type { Db } from '@mttq/core';

const tablesOf = new WeakMap<Db, Promise<string[]>>();

/** The number of rows of every table of the store, by table name: equal before and after means nothing was written. */
export async function rowCounts(db: Db): Promise<Record<string, number>> {
  let tables = tablesOf.get(db);
  if (!tables) {
    tables = db.introspection.getTables().then((found) => found.map((table) => table.name).sort());
    tablesOf.set(db, tables);
  }
  const counts: Record<string, number> = {};
  for (const table of await tables) {
    const row = await db
      .selectFrom(table as never)
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    counts[table] = Number((row as { n: number | string | bigint }).n);
  }
  return counts;
}
