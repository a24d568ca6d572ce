import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  exportPopolo,
  findUnitByCode,
  getUnit,
  importPopolo,
  parseId,
  runAs,
  type Db,
  type IsoDate,
  type PopoloImportError,
  type Unit,
} from '@mttq/core';
import type { Command } from 'commander';
import { dateArgument } from './cli-arguments.js';
import { refuseCli } from './cli-refusal.js';
import { databaseUrlOf, describeStore, openStoreFromFlags, withStoreFlags, type StoreFlags } from './store-options.js';

interface ExportFlags extends StoreFlags {
  readonly under: string;
  readonly asOf: IsoDate;
  readonly out?: string;
}

/**
 * `mttq popolo export|import`: a unit subtree on a date as a Popolo 1.0.1 document (JSON), and such a
 * document loaded back into an empty store.
 */
export function addPopoloCommand(program: Command): void {
  const popolo = program
    .command('popolo')
    .summary('xuất, nhập dữ liệu dạng Popolo (export and import Popolo documents)')
    .description(
      'Xuất một cây đơn vị vào một ngày thành tài liệu Popolo 1.0.1 (JSON), và nhập tài liệu đó vào một kho trống. (Exports a unit subtree on a date as a Popolo 1.0.1 document, and imports one into an empty store.)',
    );
  withStoreFlags(
    popolo.command('export').description(
      `Xuất cây đơn vị dưới một đơn vị vào một ngày: khu vực, tổ chức, chức vụ, người giữ chức vụ và nguồn của từng bản ghi. (Exports the subtree under a unit on a date.)

Mã thoát (exit status): 0 — đã xuất (exported); 1 — không tìm thấy đơn vị hoặc không mở được dữ liệu (unit not found, or the store cannot be opened); 2 — tham số sai (wrong flag).`,
    ),
  )
    .requiredOption('--under <code>', 'mã đơn vị (đọc theo ngày --as-of) hoặc mã unit_… (unit code, read on --as-of, or unit id)')
    .requiredOption('--as-of <date>', 'ngày YYYY-MM-DD (the date)', dateArgument)
    .option('--out <file>', 'ghi ra tệp thay vì đầu ra chuẩn (write to a file instead of stdout)')
    .action(exportCommand);
  withStoreFlags(
    popolo.command('import').description(
      `Nhập một tài liệu Popolo (do "mttq popolo export" tạo) vào một kho trống, toàn bộ hoặc không gì cả. (Imports a Popolo document into an empty store, all or nothing.)

Mã thoát (exit status): 0 — đã nhập (imported); 1 — kho không trống, tài liệu không hợp lệ hoặc một bản ghi bị từ chối (store not empty, invalid document, or a record refused); 2 — tham số sai (wrong flag).`,
    ),
  )
    .argument('<file>', 'tệp JSON Popolo (a Popolo JSON file)')
    .action(importCommand);
}

async function exportCommand(flags: ExportFlags): Promise<void> {
  if (!databaseUrlOf(flags) && !existsSync(flags.db))
    refuseCli(`Không tìm thấy tệp dữ liệu ${flags.db} (file not found). Chỉ định tệp bằng --db hoặc PostgreSQL bằng --database-url.`);
  const store = await openStoreFromFlags(flags);
  try {
    const unit = await unitNamed(store.db, flags.under, flags.asOf);
    const doc = await exportPopolo(store.db, unit.id, flags.asOf);
    if (!doc.ok) refuseCli(`${doc.error.code}: ${doc.error.message}`);
    const text = `${JSON.stringify(doc.value, null, 2)}\n`;
    if (!flags.out) {
      process.stdout.write(text);
      return;
    }
    writeFileSync(resolve(flags.out), text);
    const d = doc.value;
    console.log(
      `${unit.fullName} ngày ${flags.asOf} → ${flags.out}: ${d.areas.length} khu vực (areas), ${d.organizations.length} tổ chức (organizations), ${d.posts.length} chức vụ (posts), ${d.persons.length} người (persons), ${d.memberships.length} lần giữ chức vụ (memberships).`,
    );
  } finally {
    await store.close();
  }
}

async function importCommand(file: string, flags: StoreFlags): Promise<void> {
  if (!existsSync(file)) refuseCli(`Không tìm thấy tệp ${file} (file not found).`);
  let document: unknown;
  try {
    document = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    refuseCli(`Tệp ${file} không phải JSON hợp lệ (not valid JSON): ${(error as Error).message}`);
  }
  const store = await openStoreFromFlags(flags, 1);
  try {
    const result = await runAs({ id: 'admin:popolo-import' }, () => importPopolo(store.db, document));
    if (!result.ok) refuseCli(describeRefusal(result.error));
    const r = result.value;
    console.log(
      `${describeStore(flags)}: đã nhập (imported) ${r.areas} khu vực, ${r.organizations} tổ chức, ${r.posts} chức vụ, ${r.persons} người, ${r.memberships} lần giữ chức vụ, ${r.terms} nhiệm kỳ, ${r.sources} nguồn; nhật ký kiểm toán (audit): ${r.load.batchId}.`,
    );
  } finally {
    await store.close();
  }
}

/** A unit by official code on the date, or by its id (`unit_…`); a refusal otherwise. */
async function unitNamed(db: Db, raw: string, date: IsoDate): Promise<Unit> {
  const id = parseId('unit', raw);
  if (id) return (await getUnit(db, id)) ?? refuseCli(`UNIT.NOT_FOUND: Không tìm thấy đơn vị hành chính có mã ${id} (unit not found).`);
  const found = await findUnitByCode(db, raw, date);
  if (!found.ok) refuseCli(`${found.error.code}: ${found.error.message}`);
  return found.value;
}

function describeRefusal(error: PopoloImportError): string {
  const record =
    'record' in error && error.record
      ? ` (bản ghi — record: ${error.record.kind} #${error.record.index}${error.record.id ? ` ${error.record.id}` : ''})`
      : '';
  return `${error.code}: ${error.message}${record}`;
}
