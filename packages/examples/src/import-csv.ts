/**
 * Your own province: imports units, organizations, posts, people and holdings from CSV files (see
 * templates/README.md). Nothing is written when any row is invalid.
 *
 *   pnpm --filter @mttq/examples import-csv -- --dir templates
 */
import { parseArgs } from 'node:util';
import { formatRowError } from './lib/csv-files.js';
import { importCsvFolder } from './lib/csv-import.js';
import { DEFAULT_DB, openExampleStore } from './lib/open-example-store.js';

const { values } = parseArgs({ options: { db: { type: 'string', default: DEFAULT_DB }, dir: { type: 'string', default: 'templates' } } });
const { store } = await openExampleStore(values.db);
try {
  const result = await importCsvFolder(store.db, values.dir);
  if (result.ok) {
    console.log(`Đã nhập: ${Object.entries(result.counts).map(([file, n]) => `${file}.csv ${n} dòng`).join(', ')}.`);
  } else {
    console.error(`Không nhập gì: ${result.errors.length} lỗi.`);
    for (const error of result.errors) console.error(`  ${formatRowError(error)}`);
    process.exitCode = 1;
  }
} finally {
  await store.close();
}
