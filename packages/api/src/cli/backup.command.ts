import { backupSqliteStore, StoreError } from '@mttq/core';
import type { Command } from 'commander';
import { CliRefusal } from './cli-refusal.js';

/**
 * `mttq backup --db FILE --to FILE`: a consistent copy of a SQLite store taken with SQLite's online backup, safe
 * while the server writes. PostgreSQL is backed up with `pg_dump` (docs/deployment.md).
 */
export function addBackupCommand(program: Command): void {
  program
    .command('backup')
    .summary('sao lưu tệp SQLite khi máy chủ vẫn chạy (back up a SQLite store online)')
    .description(
      `Sao lưu nhất quán một tệp SQLite bằng cơ chế sao lưu trực tuyến của SQLite, ngay cả khi máy chủ đang ghi (a consistent copy of a SQLite store, taken while the server writes). PostgreSQL: dùng pg_dump (docs/deployment.md).`,
    )
    .requiredOption('--db <file>', 'tệp SQLite cần sao lưu (the SQLite store)', process.env.MTTQ_DB)
    .requiredOption('--to <file>', 'tệp bản sao (the copy; replaced when it exists)')
    .action(backup);
}

async function backup(flags: { readonly db: string; readonly to: string }): Promise<void> {
  const started = performance.now();
  try {
    const { pages } = await backupSqliteStore(flags.db, flags.to);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`Đã sao lưu ${flags.db} sang ${flags.to}: ${pages} trang trong ${seconds} s (backed up ${pages} pages).`);
  } catch (error) {
    if (error instanceof StoreError) throw new CliRefusal(`${error.code}: ${error.message}`);
    throw error;
  }
}
