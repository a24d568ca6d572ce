// A fresh load (`openBulkLoader` with `deferIndexes`) drops the secondary indexes of the tables it fills and
// builds them at close(). A process that dies between the two must not leave a store without them for good:
// the indexes set aside are recorded in the transaction that drops them, verifyStore names each missing one,
// and the next openStore builds them again. The crash is simulated by dropping the store's handle without
// closing the loader, then opening the same database again.
import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import {
  DEFAULT_RULE_PACK,
  createSource,
  messageIn,
  openBulkLoader,
  openStore,
  stableId,
  unwrap,
  verifyStore,
  type Db,
  type PersonId,
  type Store,
} from '../src/index.js';
import {
  indexesOf,
  openFreshStore,
  runId,
  runPostgresAdmin,
  SYNTHETIC_BENCH_SOURCE,
  testDialect,
  testPostgresUrl,
  withDatabase,
} from '../src/testing/index.js';
import { sqliteFile } from './workers/example-database.js';

/** A database that can be closed and opened again: a SQLite file, or a PostgreSQL database of its own. */
interface Reopenable {
  open(): Promise<Store>;
  remove(): Promise<void>;
}

const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanup.length > 0) await cleanup.pop()!();
});

async function reopenable(): Promise<Reopenable> {
  if (testDialect() === 'sqlite') {
    const file = sqliteFile();
    cleanup.push(() => file.remove());
    return file;
  }
  const name = `mttq_test_${runId()}_${process.pid}_${randomBytes(4).toString('hex')}`;
  await runPostgresAdmin(`CREATE DATABASE ${name} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'`);
  cleanup.push(() => runPostgresAdmin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
  const url = withDatabase(testPostgresUrl(), name);
  return { open: () => openStore({ url, poolSize: 2 }), remove: async () => {} };
}

async function opened(database: Reopenable): Promise<Store> {
  const store = await database.open();
  cleanup.push(() => store.close());
  return store;
}

const names = (lines: readonly string[]) => lines.map((line) => line.split(' ')[1]!);

/** The indexes of a store created normally: what every store must end with. */
async function normalIndexes(): Promise<string[]> {
  const normal = await openFreshStore();
  try {
    return await indexesOf(normal.db);
  } finally {
    await normal.close();
  }
}

async function setAsideRecords(db: Db): Promise<string[]> {
  const { rows } = await sql<{ name: string }>`select name from bulk_index_aside order by name`.execute(db);
  return rows.map((r) => r.name);
}

const personId = (key: string) => stableId<PersonId>('person', `nap-ngat-${key}`);
const person = (key: string) => ({ id: personId(key), fullName: `Người Nạp Ngắt ${key}`, sourceId: SYNTHETIC_BENCH_SOURCE.id });

/** Opens a fresh-load session on the store and loads one batch, which commits with the indexes set aside; never closed. */
async function loadWithoutClosing(db: Db): Promise<void> {
  unwrap(await createSource(db, SYNTHETIC_BENCH_SOURCE));
  const loader = openBulkLoader(db, { rulePack: DEFAULT_RULE_PACK, deferIndexes: true });
  expect((await loader.load({ people: [person('mot'), person('hai')] })).ok).toBe(true);
}

describe('a fresh load killed before close()', () => {
  it('leaves its set-aside indexes recorded, verifyStore names each missing one, and the next openStore builds them', async () => {
    const expected = await normalIndexes();
    const database = await reopenable();
    const first = await database.open();
    await loadWithoutClosing(first.db);
    const during = names(await indexesOf(first.db));
    const missing = names(expected).filter((name) => !during.includes(name));
    expect(missing).toContain('assignment_task');
    expect(missing).toContain('organization_unit');
    // Recorded in the transaction that dropped them: exactly the missing ones.
    expect(await setAsideRecords(first.db)).toEqual([...missing].sort());

    const violations = (await verifyStore(first.db)).filter((v) => v.check === 'STORE.INDEX_MISSING');
    expect(violations.map((v) => v.records[1]).sort()).toEqual([...missing].sort());
    const task = violations.find((v) => v.records[1] === 'assignment_task')!;
    expect(task.records).toEqual(['assignment', 'assignment_task']);
    expect(task.message).toContain('Bảng assignment thiếu chỉ mục assignment_task');
    expect(messageIn(task, 'en')).toContain('The table assignment lacks its index assignment_task');

    // The process dies: the loader's close() never runs.
    await first.close();

    const again = await opened(database);
    expect(await indexesOf(again.db)).toEqual(expected);
    expect(await setAsideRecords(again.db)).toEqual([]);
    expect(await verifyStore(again.db)).toEqual([]);
    expect((await again.db.selectFrom('person').select('id').orderBy('id').execute()).map((p) => p.id)).toEqual([
      personId('hai'),
      personId('mot'),
    ]);
  });

  it('builds them once when the store is opened again while the load still runs, and close() then has nothing left to build', async () => {
    const expected = await normalIndexes();
    const database = await reopenable();
    const loading = await opened(database);
    unwrap(await createSource(loading.db, SYNTHETIC_BENCH_SOURCE));
    const loader = openBulkLoader(loading.db, { rulePack: DEFAULT_RULE_PACK, deferIndexes: true });
    expect((await loader.load({ people: [person('mot')] })).ok).toBe(true);
    expect(await indexesOf(loading.db)).not.toEqual(expected);

    const other = await opened(database);
    expect(await indexesOf(other.db)).toEqual(expected);
    expect((await loader.load({ people: [person('hai')] })).ok).toBe(true);
    await loader.close();
    expect(await indexesOf(loading.db)).toEqual(expected);
    expect(await verifyStore(loading.db)).toEqual([]);
  });

  it('is told apart from a store that lost an index another way: verifyStore names it, and opening does not invent it', async () => {
    const database = await reopenable();
    const store = await database.open();
    await sql`drop index organization_parent`.execute(store.db);
    const found = await verifyStore(store.db);
    expect(found.map((v) => [v.check, v.records])).toEqual([['STORE.INDEX_MISSING', ['organization', 'organization_parent']]]);
    await store.close();
    const again = await opened(database);
    expect(names(await indexesOf(again.db))).not.toContain('organization_parent');
    expect((await verifyStore(again.db)).map((v) => v.check)).toEqual(['STORE.INDEX_MISSING']);
  });
});
