import { PostgresAdapter, sql } from 'kysely';
import type { Db } from '../store/database.js';
import { openStore } from '../store/open-store.js';
import { violation, type StoreViolation } from './store-violation.js';

/** An index a store must have: its name and its table. */
interface ExpectedIndex {
  readonly name: string;
  readonly table: string;
}

let reference: Promise<readonly ExpectedIndex[]> | undefined;

/**
 * The indexes the migrations create by name (those SQLite makes itself for primary keys and unique
 * constraints aside: their names differ between the databases), read once per process from a fresh
 * in-memory store: the migrations are the one list of them, on either database.
 */
function expectedIndexes(): Promise<readonly ExpectedIndex[]> {
  reference ??= (async () => {
    const fresh = await openStore();
    try {
      const { rows } = await sql<ExpectedIndex>`
        select name, tbl_name as "table" from sqlite_master where type = 'index' and sql is not null order by tbl_name, name`.execute(
        fresh.db,
      );
      return rows;
    } finally {
      await fresh.close();
    }
  })();
  return reference;
}

/**
 * Every index the migrations create is there. A missing one leaves answers right but slow (a national table
 * read whole where a range was meant); a bulk load killed before it built the indexes it had set aside is
 * one cause, and `openStore` builds those again.
 */
export async function verifyIndexes(db: Db): Promise<StoreViolation[]> {
  const { rows } =
    db.getExecutor().adapter instanceof PostgresAdapter
      ? await sql<{ name: string }>`select indexname as name from pg_indexes where schemaname = current_schema()`.execute(db)
      : await sql<{ name: string }>`select name from sqlite_master where type = 'index'`.execute(db);
  const present = new Set(rows.map((r) => r.name));
  return (await expectedIndexes())
    .filter((index) => !present.has(index.name))
    .map(({ name, table }) =>
      violation(
        'STORE.INDEX_MISSING',
        {
          vi: `Bảng ${table} thiếu chỉ mục ${name}: kết quả vẫn đúng nhưng những truy vấn cần chỉ mục này phải đọc cả bảng. Mở lại cơ sở dữ liệu sẽ dựng lại các chỉ mục mà một lần nạp hàng loạt bị ngắt giữa chừng đã tạm gỡ; chỉ mục khác cần được tạo lại theo migration.`,
          en: `The table ${table} lacks its index ${name}: answers stay right, but the queries that need it read the whole table. Open the store again to build the indexes an interrupted bulk load set aside; create any other one again from the migrations.`,
        },
        [table, name],
      ),
    );
}
