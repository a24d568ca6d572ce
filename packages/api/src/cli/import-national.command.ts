import {
  formatDataQuality,
  importNationalUnits,
  isoDate,
  unitCountsOn,
  type Db,
  type Lang,
  type Level,
  type NationalImportPhase,
  type NationalImportProgress,
  type NationalImportReport,
  type Texts,
} from '@mttq/core';
import type { Command } from 'commander';
import { positiveIntegerArgument } from './cli-arguments.js';
import { CliRefusal, coreRefusal } from './cli-refusal.js';
import { describeStore, openStoreFromFlags, withStoreFlags, type StoreFlags } from './store-options.js';

/**
 * `mttq import national`: loads every province, district and commune of Vietnam in both eras, and the lineage of
 * the 2025 reform. Progress goes to stderr; the counts, the data-quality summary and the timing to stdout.
 * Running it again changes nothing.
 */
export function addImportCommand(program: Command, lang: Lang): void {
  const en = lang === 'en';
  const group = program
    .command('import')
    .summary(en ? 'load data into the store' : 'nạp dữ liệu vào kho')
    .description(en ? 'Loads data into the store.' : 'Nạp dữ liệu vào kho.');
  withStoreFlags(
    group
      .command('national')
      .summary(en ? 'every unit of Vietnam in both eras' : 'mọi tỉnh, huyện, xã của Việt Nam ở cả hai thời kỳ')
      .description(
        en
          ? 'Loads every province, district and commune of Vietnam in both eras, and the lineage of the 2025 reform. Running it again changes nothing; an interrupted import resumes when run again.'
          : 'Nạp mọi tỉnh, huyện, xã của Việt Nam ở cả hai thời kỳ và quan hệ kế thừa của cuộc sắp xếp năm 2025. Chạy lại không thay đổi gì; một lần bị dừng thì chạy lại để làm tiếp.',
      ),
    lang,
  )
    .option('--batch-size <rows>', en ? 'rows per write' : 'số dòng mỗi lần ghi', positiveIntegerArgument(lang), 500)
    .action((flags: StoreFlags & { readonly batchSize: number }) => importNational(flags, lang));
}

/** The import's phases as the operator reads them. */
const PHASES: { readonly [P in NationalImportPhase]: Texts } = {
  provincesBefore2025: { vi: 'tỉnh trước 2025', en: 'provinces before 2025' },
  districtsBefore2025: { vi: 'huyện trước 2025', en: 'districts before 2025' },
  communesBefore2025: { vi: 'xã trước 2025', en: 'communes before 2025' },
  provincesFrom2025: { vi: 'tỉnh từ 2025', en: 'provinces from 2025' },
  communesFrom2025: { vi: 'xã từ 2025', en: 'communes from 2025' },
  provinceLineage: { vi: 'kế thừa cấp tỉnh', en: 'province lineage' },
  communeLineage: { vi: 'kế thừa cấp xã', en: 'commune lineage' },
};

async function importNational(flags: StoreFlags & { readonly batchSize: number }, lang: Lang): Promise<void> {
  const store = await openStoreFromFlags(flags);
  const progress = progressPrinter(lang);
  try {
    const result = await importNationalUnits(store.db, { batchSize: flags.batchSize, onProgress: progress.show });
    progress.end();
    if (!result.ok) {
      const why = coreRefusal(result.error);
      throw new CliRefusal({
        vi: `Dừng nạp: ${why.vi} — các lô đã ghi được giữ lại; sửa nguyên nhân rồi chạy lại để làm tiếp.`,
        en: `Import stopped: ${why.en} — the batches written are kept; mend the cause and run again to resume.`,
      });
    }
    await printReport(store.db, describeStore(flags), result.value, lang);
  } finally {
    await store.close();
  }
}

/** One line rewritten in place on a terminal, plain lines otherwise. */
function progressPrinter(lang: Lang): { show(p: NationalImportProgress): void; end(): void } {
  const tty = process.stderr.isTTY === true;
  let lastPhase = '';
  return {
    show(p) {
      const line = `${PHASES[p.phase][lang].padEnd(22)} ${String(p.done).padStart(6)} / ${p.total}`;
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

const LEVEL_NAMES: { readonly [L in Level]: Texts } = {
  province: { vi: 'cấp tỉnh', en: 'provinces' },
  district: { vi: 'cấp huyện', en: 'districts' },
  commune: { vi: 'cấp xã', en: 'communes' },
  residentialArea: { vi: 'khu dân cư', en: 'residential areas' },
};

const REPORT = {
  title: { vi: 'Đơn vị hành chính toàn quốc trong', en: 'National units in' },
  columns: { vi: ['bước', 'số dòng', 'đã ghi', 'đã có'], en: ['phase', 'rows', 'written', 'present'] },
  byDate: {
    vi: 'Đơn vị trong kho theo ngày, mọi nguồn kể cả bộ dữ liệu mẫu:',
    en: 'Units in the store by date, from every source including the example dataset:',
  },
  noDistrict: { vi: ' (không có cấp huyện)', en: ' (no district level)' },
  quality: {
    vi: 'Chất lượng dữ liệu, mọi bất thường của cả hai gói (mã và mô tả theo báo cáo gốc, tiếng Anh):',
    en: 'Data quality, every anomaly found in both packages:',
  },
  done: {
    vi: (s: string, rate: number) => `Xong trong ${s} s (ghi ${rate} đơn vị/s).`,
    en: (s: string, rate: number) => `Done in ${s} s (${rate} units/s written).`,
  },
} as const;

async function printReport(db: Db, where: string, report: NationalImportReport, lang: Lang): Promise<void> {
  const [phase, rows, written, present] = REPORT.columns[lang];
  console.log(`\n${REPORT.title[lang]} ${where}\n`);
  console.log(`${phase.padEnd(22)} ${rows.padStart(8)} ${written.padStart(8)} ${present.padStart(8)}`);
  for (const c of report.counts) {
    console.log(
      `${PHASES[c.phase][lang].padEnd(22)} ${String(c.total).padStart(8)} ${String(c.created).padStart(8)} ${String(c.existing).padStart(8)}`,
    );
  }
  console.log(`\n${REPORT.byDate[lang]}`);
  for (const date of [isoDate('2025-06-30'), isoDate('2025-07-01')]) {
    const counts = await unitCountsOn(db, date);
    const levels = counts.levels.map((l) => `${LEVEL_NAMES[l][lang]} ${counts.byLevel[l]}`).join(', ');
    console.log(`  ${date}: ${levels}${counts.levels.includes('district') ? '' : REPORT.noDistrict[lang]}`);
  }
  console.log(`\n${REPORT.quality[lang]}`);
  console.log(formatDataQuality(report.quality, lang));
  console.log(`\n${REPORT.done[lang]((report.durationMs / 1000).toFixed(1), report.unitsPerSecond)}`);
}
