import { afterEach } from 'vitest';
import { loadExampleDataset, type Db, type ExampleDataset, type Store } from '@mttq/core';
import { openFreshExampleStore } from '@mttq/core/testing';

const open: Store[] = [];
afterEach(async () => {
  while (open.length > 0) await open.pop()!.close();
});

/** A fresh in-memory store with the example dataset, closed after the test. */
export async function exampleStore(): Promise<{ db: Db; ids: ExampleDataset }> {
  const store = await openFreshExampleStore();
  open.push(store);
  return { db: store.db, ids: await loadExampleDataset(store.db) };
}
