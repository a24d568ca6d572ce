import { fileURLToPath } from 'node:url';
import { loadExampleDataset, openStore, type ExampleDataset, type Store } from '@mttq/core';
import { userPath } from './cli-args.js';

/** Opens the SQLite file an example works on (in memory when `filename` is `:memory:`), with the example dataset loaded. */
export async function openExampleStore(filename: string): Promise<{ store: Store; ids: ExampleDataset }> {
  const store = await openStore({ filename: userPath(filename) });
  const ids = await loadExampleDataset(store.db);
  return { store, ids };
}

/** The database file examples use unless told otherwise: `MTTQ_DB`, or `data/mttq.sqlite` at the repository root. */
export const DEFAULT_DB = process.env.MTTQ_DB ?? fileURLToPath(new URL('../../../../data/mttq.sqlite', import.meta.url));
