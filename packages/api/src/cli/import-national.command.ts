import {
  formatDataQuality,
  importNationalUnits,
  isoDate,
  unitCountsOn,
  type Db,
  type NationalImportProgress,
  type NationalImportReport,
} from '@mttq/core';
import type { Command } from 'commander';
import { positiveIntegerArgument } from './cli-arguments.js';
import { CliRefusal } from './cli-refusal.js';
import { describeStore, openStoreFromFlags, withStoreFlags, type StoreFlags } from './store-options.js';

/**
 * `mttq import national`: loads every province, district and commune of Vietnam in both eras, and the lineage of
 * the 2025 reform. Progress goes to stderr; the counts, the data-quality summary and the timing to stdout.
 * Running it again changes nothing.
 */
export function addImportCommand(program: Command): void {
  const group = program
    .command('import')
    .summary('nạp dữ liệu vào kho (load data into the store)')
    .description('Nạp dữ liệu vào kho (load data into the store).');
  withStoreFlags(
    group
      .command('national')
      .summary('mọi tỉnh, huyện, xã của Việt Nam ở cả hai thời kỳ (every unit of Vietnam in both eras)')
      .description(
        `Nạp mọi tỉnh, huyện, xã của Việt Nam ở cả hai thời kỳ và quan hệ kế thừa của cuộc sắp xếp năm 2025 (every province, district and commune of Vietnam in both eras, and the lineage of the 2025 reform). Chạy lại không thay đổi gì (running it again changes nothing); một lần bị dừng thì chạy lại để làm tiếp (an interrupted import resumes).`,
      ),
  )
    .option('--batch-size <rows>', 'số dòng mỗi lần ghi (rows per write)', positiveIntegerArgument, 500)
    .action(importNational);
}

async function importNational(flags: StoreFlags & { readonly batchSize: number }): Promise<void> {
  const store = await openStoreFromFlags(flags);
  const progress = progressPrinter();
  try {
    const result = await importNationalUnits(store.db, { batchSize: flags.batchSize, onProgress: progress.show });
    progress.end();
    if (!result.ok) {
      throw new CliRefusal(
        `Dừng nạp (import stopped): ${result.error.code}: ${result.error.message} — các lô đã ghi được giữ lại; sửa nguyên nhân rồi chạy lại để làm tiếp (written batches are kept; run again to resume).`,
      );
    }
    await printReport(store.db, describeStore(flags), result.value);
  } finally {
    await store.close();
  }
}

/** One line rewritten in place on a terminal, plain lines otherwise. */
function progressPrinter(): { show(p: NationalImportProgress): void; end(): void } {
  const tty = process.stderr.isTTY === true;
  let lastPhase = '';
  return {
    show(p) {
      const line = `${p.phase.padEnd(20)} ${String(p.done).padStart(6)} / ${p.total}`;
      if (!tty) {
        console.error(line);
        return;
      }
      if (lastPhase && lastPhase !== p.phase) process.stderr.write('\n');
      process.stderr.write(`\r${line}\x1b[K`);
      lastPhase = p.phase;
    },
    end() {
      if (tty) process.stderr.write('\n');
    },
  };
}

async function printReport(db: Db, where: string, report: NationalImportReport): Promise<void> {
  console.log(`\nĐơn vị hành chính toàn quốc trong ${where} (national units)\n`);
  console.log(`${'phase'.padEnd(20)} ${'rows'.padStart(7)} ${'written'.padStart(8)} ${'present'.padStart(8)}`);
  for (const c of report.counts) {
    console.log(`${c.phase.padEnd(20)} ${String(c.total).padStart(7)} ${String(c.created).padStart(8)} ${String(c.existing).padStart(8)}`);
  }
  console.log('\nĐơn vị trong kho theo ngày, mọi nguồn kể cả bộ dữ liệu mẫu (units in the store by date, every source):');
  for (const date of [isoDate('2025-06-30'), isoDate('2025-07-01')]) {
    const counts = await unitCountsOn(db, date);
    const levels = counts.levels.map((l) => `${l} ${counts.byLevel[l]}`).join(', ');
    console.log(`  ${date}: ${levels}${counts.levels.includes('district') ? '' : ' (không có cấp huyện — no district level)'}`);
  }
  console.log('\nChất lượng dữ liệu, mọi bất thường của cả hai gói (data quality, every anomaly found):');
  console.log(formatDataQuality(report.quality));
  console.log(`\nXong trong ${(report.durationMs / 1000).toFixed(1)} s (${report.unitsPerSecond} đơn vị/s — units/s written).`);
}
