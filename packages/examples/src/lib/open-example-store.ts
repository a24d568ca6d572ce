import { fileURLToPath } from 'node:url';
import { loadExampleDataset, openStore, type ExampleDataset, type Store } from '@mttq/core';
import { userPath } from './cli-args.js';
import { refuse } from './example-refusal.js';

/**
 * Opens the SQLite file an example works on (in memory when `filename` is `:memory:`), with the example dataset
 * loaded (loading it again changes nothing). A store that cannot be opened is a refusal: one line, exit 1.
 */
export async function openExampleStore(filename: string): Promise<{ store: Store; ids: ExampleDataset }> {
  const path = userPath(filename);
  let store: Store;
  try {
    store = await openStore({ filename: path });
  } catch (error) {
    const why = (error as Error).message;
    return refuse({ vi: `Không mở được tệp dữ liệu ${path}: ${why}`, en: `Cannot open the store ${path}: ${why}` });
  }
  try {
    return { store, ids: await loadExampleDataset(store.db) };
  } catch (error) {
    await store.close();
    throw error;
  }
}

/**
 * The examples' own database, apart from the server's `data/mttq.sqlite`: `data/examples.sqlite` at the repository
 * root, unless `MTTQ_EXAMPLES_DB` or `--db` says otherwise.
 */
export const DEFAULT_DB = fileURLToPath(new URL('../../../../data/examples.sqlite', import.meta.url));

/** {@link DEFAULT_DB} as the help shows it. */
export const DEFAULT_DB_SHOWN = 'data/examples.sqlite';
