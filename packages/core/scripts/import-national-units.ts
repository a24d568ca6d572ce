// Loads every province, district and commune of Vietnam in both eras, and the lineage of the 2025 reform,
// into a store: `npx -y pnpm@12.4.2 import:national [--db data/mttq.sqlite] [--batch-size 500]`.
// Progress goes to stderr (one line rewritten in place on a terminal, plain lines otherwise); the counts, the
// data-quality summary and the timing go to stdout. Running it again changes nothing.
import { parseArgs } from 'node:util';
import {
  formatDataQuality,
  importNationalUnits,
  isoDate,
  openStore,
  unitCountsOn,
  type NationalImportProgress,
  type NationalImportReport,
} from '../src/index.js';

const { values } = parseArgs({
  options: {
    db: { type: 'string', default: process.env.MTTQ_DB ?? 'data/mttq.sqlite' },
    'batch-size': { type: 'string', default: '500' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (values.help) {
  console.log('usage: import-national-units [--db data/mttq.sqlite] [--batch-size 500]');
  process.exit(0);
}
const batchSize = Number(values['batch-size']);
if (!Number.isInteger(batchSize) || batchSize < 1) {
  console.error(`--batch-size must be a positive integer, not ${values['batch-size']}`);
  process.exit(2);
}

const tty = process.stderr.isTTY === true;
let lastPhase = '';
function showProgress(p: NationalImportProgress): void {
  const line = `${p.phase.padEnd(20)} ${String(p.done).padStart(6)} / ${p.total}`;
  if (!tty) {
    console.error(line);
    return;
  }
  if (lastPhase && lastPhase !== p.phase) process.stderr.write('\n');
  process.stderr.write(`\r${line}\x1b[K`);
  lastPhase = p.phase;
}

const store = await openStore({ filename: values.db });
try {
  const result = await importNationalUnits(store.db, { batchSize, onProgress: showProgress });
  if (tty) process.stderr.write('\n');
  if (!result.ok) {
    console.error(`Import stopped: ${result.error.code}: ${result.error.message}`);
    console.error('Batches written before the failure are kept; fix the cause and run the import again to resume.');
    process.exitCode = 1;
  } else {
    await printReport(result.value);
  }
} finally {
  await store.close();
}

async function printReport(report: NationalImportReport): Promise<void> {
  console.log(`\nNational units in ${values.db}\n`);
  console.log(`${'phase'.padEnd(20)} ${'rows'.padStart(7)} ${'written'.padStart(8)} ${'present'.padStart(8)}`);
  for (const c of report.counts) {
    console.log(`${c.phase.padEnd(20)} ${String(c.total).padStart(7)} ${String(c.created).padStart(8)} ${String(c.existing).padStart(8)}`);
  }
  console.log('\nUnits in the store by date (every source, the example dataset included):');
  for (const date of [isoDate('2025-06-30'), isoDate('2025-07-01')]) {
    const counts = await unitCountsOn(store.db, date);
    const levels = counts.levels.map((l) => `${l} ${counts.byLevel[l]}`).join(', ');
    console.log(`  ${date}: ${levels}${counts.levels.includes('district') ? '' : ' (no district level)'}`);
  }
  console.log('\nData quality (both packages, every anomaly found):');
  console.log(formatDataQuality(report.quality));
  console.log(`\nDone in ${(report.durationMs / 1000).toFixed(1)} s (${report.unitsPerSecond} units/s written).`);
}
