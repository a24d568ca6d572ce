import { loadExampleDataset, openStore, type ExampleDataset, type Store } from '@mttq/core';

/** Opens the SQLite file an example works on (in memory when `filename` is `:memory:`), with the example dataset loaded. */
export async function openExampleStore(filename: string): Promise<{ store: Store; ids: ExampleDataset }> {
  const store = await openStore({ filename });
  const ids = await loadExampleDataset(store.db);
  return { store, ids };
}

/** The database file examples use unless told otherwise: `MTTQ_DB`, or `data/mttq.sqlite`. */
export const DEFAULT_DB = process.env.MTTQ_DB ?? 'data/mttq.sqlite';
