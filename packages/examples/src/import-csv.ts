/**
 * Your own province: imports units, organizations, posts, people and holdings from CSV files (see
 * templates/README.md). Nothing is written when any row is invalid.
 *
 *   pnpm --filter @mttq/examples import-csv                      # the templates in packages/examples/templates
 *   pnpm --filter @mttq/examples import-csv --dir my-province    # a folder of yours
 */
import { fileURLToPath } from 'node:url';
import { formatRowError } from './lib/csv-files.js';
import { importCsvFolder } from './lib/csv-import.js';
import { exampleArgs, userPath } from './lib/cli-args.js';
import { DEFAULT_DB, openExampleStore } from './lib/open-example-store.js';

const TEMPLATES = fileURLToPath(new URL('../templates', import.meta.url));

const { values } = exampleArgs({ db: { type: 'string', default: DEFAULT_DB }, dir: { type: 'string', default: TEMPLATES } });
const { store } = await openExampleStore(values.db);
try {
  const result = await importCsvFolder(store.db, userPath(values.dir));
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
