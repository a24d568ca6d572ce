import type { Database, Db } from '../store/database.js';

/** Every table of a store, found once per handle (views and Kysely's own tables aside). */
const tablesOf = new WeakMap<Db, Promise<string[]>>();

/**
 * The number of rows of each table, by table name: of the tables named, or of every table of the store. Equal
 * before and after means nothing was written; after minus before is what a load wrote.
 *
 * @example
 * const before = await tableCounts(store.db);
 * await refusedWrite();
 * expect(await tableCounts(store.db)).toEqual(before);
 * const { audit_log } = await tableCounts(store.db, ['audit_log']);
 */
export async function tableCounts(db: Db, tables?: readonly (keyof Database & string)[]): Promise<Record<string, number>> {
  const names = tables ?? (await allTables(db));
  const counts: Record<string, number> = {};
  for (const table of names) {
    const row = await db
      .selectFrom(table as keyof Database)
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    counts[table] = Number((row as { n: number | string | bigint }).n);
  }
  return counts;
}

function allTables(db: Db): Promise<string[]> {
  let tables = tablesOf.get(db);
  if (!tables) {
    tables = db.introspection.getTables().then((found) =>
      found
        .filter((t) => !t.isView)
        .map((t) => t.name)
        .sort(),
    );
    tablesOf.set(db, tables);
  }
  return tables;
}
