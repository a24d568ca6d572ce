import { verifyStore } from '@mttq/core';
import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { refuseCli } from './cli-refusal.js';
import { databaseUrlOf, describeStore, openStoreFromFlags, withStoreFlags, type StoreFlags } from './store-options.js';

/**
 * `mttq verify`: checks every stored row for the invariants the writes keep (see `verifyStore`) and lists each
 * broken one with its records; exits 1 when something is wrong.
 */
export function addVerifyCommand(program: Command): void {
  withStoreFlags(
    program
      .command('verify')
      .summary('kiểm tra các bất biến của dữ liệu đã lưu (check the stored data)')
      .description(
        `Kiểm tra mọi dòng dữ liệu đã lưu theo các bất biến mà các thao tác ghi giữ gìn: số chỗ của chức vụ, giữ trùng chức vụ, thời gian giữ chức vụ nằm trong thời gian của chức vụ và tổ chức, mã đơn vị, bảng bao đóng, chuỗi trạng thái của nhiệm vụ được giao, nhật ký kiểm toán cho mọi bản ghi. (Checks every stored row for the invariants the writes keep.)

Mã thoát (exit status): 0 — không có vi phạm (none); 1 — có vi phạm hoặc không mở được dữ liệu (violations, or the store cannot be opened); 2 — tham số sai (wrong flag).`,
      ),
  )
    .option('--json', 'in kết quả dạng JSON, mỗi vi phạm một dòng (one JSON line per violation)', false)
    .action(verify);
}

async function verify(flags: StoreFlags & { readonly json: boolean }): Promise<void> {
  if (!databaseUrlOf(flags) && !existsSync(flags.db)) {
    refuseCli(`Không tìm thấy tệp dữ liệu ${flags.db} (file not found). Chỉ định tệp bằng --db hoặc PostgreSQL bằng --database-url.`);
  }
  const store = await openStoreFromFlags(flags);
  try {
    const started = performance.now();
    const violations = await verifyStore(store.db);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const where = describeStore(flags);
    if (flags.json) {
      for (const v of violations) console.log(JSON.stringify(v));
    } else if (violations.length === 0) {
      console.log(`${where}: không có vi phạm nào (no violations), kiểm tra trong ${seconds} s.`);
    } else {
      console.log(`${where}: ${violations.length} vi phạm (violations), kiểm tra trong ${seconds} s:`);
      for (const v of violations)
        console.log(`- ${v.check}: ${v.message}${v.records.length ? `\n  bản ghi: ${v.records.join(', ')}` : ''}`);
    }
    if (violations.length > 0) process.exitCode = 1;
  } finally {
    await store.close();
  }
}
