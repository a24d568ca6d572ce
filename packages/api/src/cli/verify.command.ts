import { messageIn, verifyStore, type Lang } from '@mttq/core';
import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { refuseCli } from './cli-refusal.js';
import { databaseUrlOf, describeStore, openStoreFromFlags, storeFileMissing, withStoreFlags, type StoreFlags } from './store-options.js';

/**
 * `mttq verify`: checks every stored row for the invariants the writes keep (see `verifyStore`) and lists each
 * broken one with its records; exits 1 when something is wrong.
 */
export function addVerifyCommand(program: Command, lang: Lang): void {
  const en = lang === 'en';
  withStoreFlags(
    program
      .command('verify')
      .summary(en ? 'check the stored data' : 'kiểm tra các bất biến của dữ liệu đã lưu')
      .description(
        en
          ? `Checks every stored row for the invariants the writes keep: seats per post, no duplicate holding, holdings within their post and organization, unit codes, the closure table and each assignment's ancestor rows, each assignment's chain of statuses, each person's name history, an audit entry for every record, every index the migrations create.

Exit status: 0 — no violations; 1 — violations, or the store cannot be opened; 2 — wrong flag.`
          : `Kiểm tra mọi dòng dữ liệu đã lưu theo các bất biến mà các thao tác ghi giữ gìn: số chỗ của chức vụ, giữ trùng chức vụ, thời gian giữ chức vụ nằm trong thời gian của chức vụ và tổ chức, mã đơn vị, bảng bao đóng và các đơn vị cấp trên ghi cho từng nhiệm vụ được giao, chuỗi trạng thái của nhiệm vụ được giao, lịch sử họ tên của từng người, nhật ký kiểm toán cho mọi bản ghi, đủ các chỉ mục mà các migration tạo.

Mã thoát: 0 — không có vi phạm; 1 — có vi phạm hoặc không mở được dữ liệu; 2 — tham số sai.`,
      ),
    lang,
  )
    .option('--json', en ? 'one JSON line per violation' : 'in kết quả dạng JSON, mỗi vi phạm một dòng', false)
    .action((flags: StoreFlags & { readonly json: boolean }) => verify(flags, lang));
}

const SAID = {
  vi: {
    none: (where: string, s: string) => `${where}: không có vi phạm nào, kiểm tra trong ${s} s.`,
    some: (where: string, n: number, s: string) => `${where}: ${n} vi phạm, kiểm tra trong ${s} s:`,
    records: 'bản ghi',
  },
  en: {
    none: (where: string, s: string) => `${where}: no violations, checked in ${s} s.`,
    some: (where: string, n: number, s: string) => `${where}: ${n} ${n === 1 ? 'violation' : 'violations'}, checked in ${s} s:`,
    records: 'records',
  },
} as const;

async function verify(flags: StoreFlags & { readonly json: boolean }, lang: Lang): Promise<void> {
  if (!databaseUrlOf(flags) && !existsSync(flags.db)) refuseCli(storeFileMissing(flags));
  const store = await openStoreFromFlags(flags);
  try {
    const started = performance.now();
    const violations = await verifyStore(store.db);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const where = describeStore(flags);
    const said = SAID[lang];
    if (flags.json) {
      for (const v of violations) console.log(JSON.stringify({ check: v.check, message: messageIn(v, lang), records: v.records }));
    } else if (violations.length === 0) {
      console.log(said.none(where, seconds));
    } else {
      console.log(said.some(where, violations.length, seconds));
      for (const v of violations)
        console.log(`- ${v.check}: ${messageIn(v, lang)}${v.records.length ? `\n  ${said.records}: ${v.records.join(', ')}` : ''}`);
    }
    if (violations.length > 0) process.exitCode = 1;
  } finally {
    await store.close();
  }
}
