import { backupSqliteStore, StoreError, type Lang } from '@mttq/core';
import type { Command } from 'commander';
import { CliRefusal, coreRefusal } from './cli-refusal.js';

/**
 * `mttq backup --db FILE --to FILE`: a consistent copy of a SQLite store taken with SQLite's online backup, safe
 * while the server writes. PostgreSQL is backed up with `pg_dump` (docs/deployment.md).
 */
export function addBackupCommand(program: Command, lang: Lang): void {
  const en = lang === 'en';
  program
    .command('backup')
    .summary(en ? 'back up a SQLite store while the server runs' : 'sao lưu tệp SQLite khi máy chủ vẫn chạy')
    .description(
      en
        ? 'Takes a consistent copy of a SQLite store with SQLite’s online backup, even while the server writes. PostgreSQL: use pg_dump (docs/deployment.md).'
        : 'Sao lưu nhất quán một tệp SQLite bằng cơ chế sao lưu trực tuyến của SQLite, ngay cả khi máy chủ đang ghi. PostgreSQL: dùng pg_dump (docs/deployment.md).',
    )
    .requiredOption('--db <file>', en ? 'the SQLite store to back up' : 'tệp SQLite cần sao lưu', process.env.MTTQ_DB)
    .requiredOption('--to <file>', en ? 'the copy; replaced when it exists' : 'tệp bản sao; được thay nếu đã có')
    .action((flags: { readonly db: string; readonly to: string }) => backup(flags, lang));
}

async function backup(flags: { readonly db: string; readonly to: string }, lang: Lang): Promise<void> {
  const started = performance.now();
  try {
    const { pages } = await backupSqliteStore(flags.db, flags.to);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      lang === 'en'
        ? `Backed up ${flags.db} to ${flags.to}: ${pages} pages in ${seconds} s.`
        : `Đã sao lưu ${flags.db} sang ${flags.to}: ${pages} trang trong ${seconds} s.`,
    );
  } catch (error) {
    if (error instanceof StoreError) throw new CliRefusal(coreRefusal(error));
    throw error;
  }
}
