import { afterEach } from 'vitest';
import {
  createSource,
  isoDate,
  unwrap,
  loadExampleDataset,
  validity,
  type Db,
  type ExampleDataset,
  type SourceId,
  type Store,
} from '../src/index.js';
import { openFreshExampleStore, openFreshStore } from '../src/testing/index.js';

const open: Store[] = [];

afterEach(async () => {
  while (open.length > 0) await open.pop()!.close();
});

/** A fresh store on the database under test (in-memory SQLite, or a new PostgreSQL database), closed after the test. */
export async function freshStore(): Promise<Store> {
  const store = await openFreshStore();
  open.push(store);
  return store;
}

/** A fresh in-memory store holding the example dataset. */
export async function exampleStore(): Promise<{ db: Db; ids: ExampleDataset }> {
  const store = await openFreshExampleStore();
  open.push(store);
  const ids = await loadExampleDataset(store.db);
  return { db: store.db, ids };
}

/** Row counts of every table: "nothing was written" is the same counts before and after. */
export { tableCounts } from '../src/testing/index.js';

/** Until the 2025 reform, and from it. */
export const BEFORE = validity(null, isoDate('2025-07-01'));
export const FROM = validity(isoDate('2025-07-01'), null);

/** A fresh empty store with one synthetic source to cite. */
export async function storeWithSource(): Promise<{ db: Db; sourceId: SourceId }> {
  const store = await freshStore();
  const source = unwrap(await createSource(store.db, { kind: 'synthetic', title: 'Thử nghiệm' }));
  return { db: store.db, sourceId: source.id };
}
