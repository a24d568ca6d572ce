import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, type OpenStoreOptions, type Store } from '@mttq/core';
import { generateNationalDataset } from '@mttq/core/testing';

/** Where a benchmark's dataset is: an already-loaded SQLite file or PostgreSQL database, or one to generate. */
export interface DatasetArgs {
  /** A SQLite file holding a loaded dataset. */
  readonly db?: string;
  /** A PostgreSQL URL of a loaded dataset. */
  readonly databaseUrl?: string;
  /** When neither is given: generate this many communes into a temporary SQLite file. */
  readonly communes: number;
  readonly areasPerCommune: number;
  readonly seed: number;
}

/** A dataset ready to be opened by several processes, and how to remove it when it was made for this run. */
export interface Dataset {
  /** What `openStore` takes to open it (no `onQuery`: add your own). */
  readonly store: Pick<OpenStoreOptions, 'filename' | 'url'>;
  /** One line for the report: where it is and what size. */
  readonly label: string;
  readonly dispose: () => void;
}

/**
 * Opens the dataset named by `--db` / `--database-url`, or generates a small one (core's seeded generator)
 * into a temporary SQLite file when neither is given.
 *
 * @example
 * const dataset = await prepareDataset({ db: '/tmp/national.sqlite', communes: 60, areasPerCommune: 30, seed: 20250701 });
 */
export async function prepareDataset(args: DatasetArgs, log: (line: string) => void): Promise<Dataset> {
  if (args.databaseUrl) return { store: { url: args.databaseUrl }, label: `PostgreSQL ${redact(args.databaseUrl)}`, dispose: () => {} };
  if (args.db) return { store: { filename: args.db }, label: `SQLite ${args.db}`, dispose: () => {} };
  const dir = mkdtempSync(join(tmpdir(), 'mttq-bench-api-'));
  const filename = join(dir, 'dataset.sqlite');
  log(`no --db or --database-url: generating ${args.communes} communes × ${args.areasPerCommune} areas into ${filename}`);
  const store = await openStore({ filename });
  try {
    await generate(store, args, log);
  } finally {
    await store.close();
  }
  return {
    store: { filename },
    label: `SQLite ${filename} (generated: ${args.communes} communes × ${args.areasPerCommune} areas, seed ${args.seed})`,
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Writes the synthetic national dataset of the given size into an open store, with progress every few seconds. */
export async function generate(
  store: Store,
  args: Pick<DatasetArgs, 'communes' | 'areasPerCommune' | 'seed'>,
  log: (line: string) => void,
): Promise<void> {
  let last = 0;
  const dataset = await generateNationalDataset(store.db, {
    seed: args.seed,
    communes: args.communes,
    areasPerCommune: args.areasPerCommune,
    peoplePerUnit: 4,
    assignmentsPerUnit: 2,
    onProgress: (p) => {
      const now = performance.now();
      if (p.done === p.total || now - last > 5000) {
        log(`  generate ${p.phase} ${p.done}/${p.total}`);
        last = now;
      }
    },
  });
  log(
    `generated ${dataset.communes.length} communes, ${dataset.areas.length} areas, ${dataset.people.length} people, ${dataset.rowsWritten} rows in ${(dataset.durationMs / 1000).toFixed(1)} s`,
  );
}

function redact(url: string): string {
  const u = new URL(url);
  u.password = '';
  return u.toString();
}
