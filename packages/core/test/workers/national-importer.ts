// An importer process for the crash test: runs core's national import into a store and prints one stdout
// line per committed batch, `progress <phase> <done> <total>` (progress is reported after the batch's
// transaction has committed), then `done` when the import has finished.
//
//   node --import tsx --conditions=source packages/core/test/workers/national-importer.ts --db FILE [--batch-size 500]
//   … --url postgres://…
import { parseArgs } from 'node:util';
import { importNationalUnits, openStore } from '../../src/index.js';

const { values } = parseArgs({
  options: {
    db: { type: 'string' },
    url: { type: 'string' },
    'batch-size': { type: 'string', default: '500' },
  },
});
if (!values.db === !values.url) {
  console.error('usage: national-importer (--db FILE | --url URL) [--batch-size N]');
  process.exit(2);
}

const store = await openStore(values.url ? { url: values.url, poolSize: 2 } : { filename: values.db! });
try {
  const result = await importNationalUnits(store.db, {
    batchSize: Number(values['batch-size']),
    onProgress: (p) => process.stdout.write(`progress ${p.phase} ${p.done} ${p.total}\n`),
  });
  if (!result.ok) {
    console.error(`import stopped: ${result.error.code}: ${result.error.message}`);
    process.exitCode = 1;
  } else {
    process.stdout.write('done\n');
  }
} finally {
  await store.close();
}
