// A fresh load (`openBulkLoader` with `deferIndexes`, as the national generator loads an empty store) sets
// aside the secondary indexes of the tables it alone fills and builds them once at the end: it must end with
// the very indexes of a store created normally, the same rows as a load that keeps its indexes, nothing
// half-written after a refused batch, and verifyStore clean.
import { afterEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_RULE_PACK,
  createSource,
  createUnits,
  isoDate,
  openBulkLoader,
  stableId,
  unwrap,
  validity,
  verifyStore,
  type Db,
  type PersonId,
  type Store,
  type UnitId,
} from '../src/index.js';
import { generateNationalDataset, indexesOf, openFreshStore, SYNTHETIC_BENCH_SOURCE } from '../src/testing/index.js';

const SIZE = { seed: 11, communes: 3, areasPerCommune: 2, peoplePerUnit: 3, assignmentsPerUnit: 3 } as const;
/** The tables a load writes (the audit log aside: its entries carry the time and the batch's id). */
const LOADED = [
  'admin_unit',
  'unit_parent',
  'unit_closure',
  'person',
  'organization',
  'post',
  'term',
  'holding',
  'directive',
  'directive_party',
  'task',
  'assignment',
  'assignment_event',
] as const;

const opened: Store[] = [];
afterEach(async () => {
  for (const store of opened.splice(0)) await store.close();
});

async function fresh(): Promise<Store> {
  const store = await openFreshStore();
  opened.push(store);
  return store;
}

/** Every row of the loaded tables, in key order, as text. */
async function contents(db: Db): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const table of LOADED) {
    const rows = await db.selectFrom(table).selectAll().execute();
    out[table] = rows.map((r) => JSON.stringify(Object.entries(r).sort(([a], [b]) => (a < b ? -1 : 1)))).sort();
  }
  return out;
}

describe('a fresh national load with indexes built at the end', () => {
  it('ends with the indexes of a store created normally, the same rows as a load keeping its indexes, and verifyStore clean', async () => {
    const normal = await fresh();
    const expected = await indexesOf(normal.db);
    const deferredStore = await fresh();
    const keptStore = await fresh();
    await generateNationalDataset(deferredStore.db, { ...SIZE, deferIndexes: true });
    await generateNationalDataset(keptStore.db, { ...SIZE, deferIndexes: false });
    expect(await indexesOf(deferredStore.db)).toEqual(expected);
    expect(await indexesOf(keptStore.db)).toEqual(expected);
    const loaded = await contents(deferredStore.db);
    expect(loaded.assignment!.length).toBeGreaterThan(0);
    expect(loaded).toEqual(await contents(keptStore.db));
    expect(await verifyStore(deferredStore.db)).toEqual([]);
    expect(await verifyStore(keptStore.db)).toEqual([]);
  }, 120_000);

  it('drops indexes only of empty tables, keeps those the loader reads through, and builds them on close', async () => {
    const store = await fresh();
    const expected = await indexesOf(store.db);
    const loader = openBulkLoader(store.db, { rulePack: DEFAULT_RULE_PACK, deferIndexes: true });
    const source = await sourceOf(store.db);
    try {
      const loaded = await loader.load({ people: [person('mot', source)] });
      expect(loaded.ok).toBe(true);
      const during = await indexesOf(store.db);
      const names = during.map((line) => line.split(' ')[1]);
      // Set aside: the assignment's and the organization's; kept: those the loader reads through, and unique ones.
      expect(names).not.toContain('assignment_task');
      expect(names).not.toContain('organization_unit');
      expect(names).toContain('holding_person');
      expect(names).toContain('holding_post');
      expect(names).toContain('unit_closure_descendant');
      expect(names).toContain('audit_log_seq_unique');
    } finally {
      await loader.close();
    }
    expect(await indexesOf(store.db)).toEqual(expected);
  });

  it("keeps the indexes of a table that already holds rows, and today's path without the option", async () => {
    const store = await fresh();
    const expected = await indexesOf(store.db);
    const source = await sourceOf(store.db);
    unwrap(
      await createUnits(store.db, [
        {
          id: stableId<UnitId>('unit', 'nap-moi'),
          code: '98',
          kind: 'tinh',
          name: 'Nạp Mới',
          validity: validity(isoDate('2025-07-01')),
          sourceId: source,
        },
      ]),
    );
    const plain = openBulkLoader(store.db, { rulePack: DEFAULT_RULE_PACK });
    try {
      expect((await plain.load({ people: [person('mot', source)] })).ok).toBe(true);
      expect(await indexesOf(store.db)).toEqual(expected);
    } finally {
      await plain.close();
    }
    const loader = openBulkLoader(store.db, { rulePack: DEFAULT_RULE_PACK, deferIndexes: true });
    try {
      expect((await loader.load({ people: [person('hai', source)] })).ok).toBe(true);
      const names = (await indexesOf(store.db)).map((line) => line.split(' ')[1]);
      // A province has no parent: unit_parent is empty, and loses its indexes like the assignments'.
      for (const aside of ['assignment_task', 'unit_parent_parent']) expect(names).not.toContain(aside);
      // The unit and its closure row are stored: their tables keep their indexes.
      for (const kept of ['admin_unit_level', 'unit_closure_ancestor']) expect(names).toContain(kept);
    } finally {
      await loader.close();
    }
    expect(await indexesOf(store.db)).toEqual(expected);
  });

  it('leaves an empty store with all its indexes when the first batch is refused in the middle', async () => {
    const store = await fresh();
    const expected = await indexesOf(store.db);
    const source = await sourceOf(store.db);
    const loader = openBulkLoader(store.db, { rulePack: DEFAULT_RULE_PACK, deferIndexes: true });
    try {
      const refused = await loader.load({ people: [person('mot', source), person('mot', source), person('ba', source)] });
      expect(refused.ok).toBe(false);
      if (!refused.ok) expect(refused.error.code).toBe('BULK.DUPLICATE_ID');
      expect(await indexesOf(store.db)).toEqual(expected);
      expect(await rowCount(store.db)).toBe(0);
    } finally {
      await loader.close();
    }
    expect(await indexesOf(store.db)).toEqual(expected);
    expect(await rowCount(store.db)).toBe(0);
  });

  it('keeps the batches loaded before a refused one, not the refused one, and ends with all indexes', async () => {
    const store = await fresh();
    const expected = await indexesOf(store.db);
    const source = await sourceOf(store.db);
    const loader = openBulkLoader(store.db, { rulePack: DEFAULT_RULE_PACK, deferIndexes: true });
    try {
      expect((await loader.load({ people: [person('mot', source)] })).ok).toBe(true);
      const refused = await loader.load({ people: [person('hai', source), person('mot', source)] });
      expect(refused.ok).toBe(false);
    } finally {
      await loader.close();
    }
    expect(await indexesOf(store.db)).toEqual(expected);
    const people = await store.db.selectFrom('person').select('id').execute();
    expect(people.map((p) => p.id)).toEqual([personId('mot')]);
    expect(await verifyStore(store.db)).toEqual([]);
  });
});

const personId = (key: string) => stableId<PersonId>('person', `nap-moi-${key}`);

function person(key: string, sourceId: typeof SYNTHETIC_BENCH_SOURCE.id) {
  return { id: personId(key), fullName: `Người Nạp ${key}`, sourceId };
}

/** The synthetic source, recorded the ordinary way (outside the loader: its table is not one the load fills). */
async function sourceOf(db: Db): Promise<typeof SYNTHETIC_BENCH_SOURCE.id> {
  unwrap(await createSource(db, SYNTHETIC_BENCH_SOURCE));
  return SYNTHETIC_BENCH_SOURCE.id;
}

async function rowCount(db: Db): Promise<number> {
  let n = 0;
  for (const table of LOADED) n += (await db.selectFrom(table).selectAll().execute()).length;
  return n;
}
