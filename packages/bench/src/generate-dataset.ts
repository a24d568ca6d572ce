/**
 * Writes the synthetic national dataset (core's seeded generator) into a SQLite file or a PostgreSQL database,
 * for the HTTP benchmarks to reuse with `--db` / `--database-url`. Until core's bulk loader lands, this goes
 * through core's write functions (≈ 3,600 rows/s on SQLite, slower on PostgreSQL): keep the size small.
 *
 * @example
 * npx tsx --conditions=source packages/bench/src/generate-dataset.ts --db /tmp/mttq-60x30.sqlite --communes 60 --areas 30
 */
import { existsSync } from 'node:fs';
import { benchArgs } from './bench-args.js';
import { openStore } from '@mttq/core';
import { generate } from './dataset.js';

const values = benchArgs(
  'npx tsx --conditions=source packages/bench/src/generate-dataset.ts',
  'Writes a generated dataset into a SQLite file for the benchmarks.',
  {
    db: { type: 'string' },
    'database-url': { type: 'string' },
    communes: { type: 'string', default: '60' },
    areas: { type: 'string', default: '30' },
    seed: { type: 'string', default: '20250701' },
  },
);
const log = (line: string) => process.stderr.write(`${line}\n`);
if (!values.db && !values['database-url']) throw new Error('give --db <sqlite file> or --database-url <postgres url>');
if (values.db && existsSync(values.db)) throw new Error(`${values.db} exists: the generator writes a fresh dataset`);
const store = await openStore(values['database-url'] ? { url: values['database-url'] } : { filename: values.db });
try {
  await generate(store, { communes: Number(values.communes), areasPerCommune: Number(values.areas), seed: Number(values.seed) }, log);
} finally {
  await store.close();
}
