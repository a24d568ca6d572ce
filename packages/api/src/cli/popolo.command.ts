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
  type Lang,
  type PopoloImportError,
  type Texts,
  type Unit,
} from '@mttq/core';
import type { Command } from 'commander';
import { dateArgument } from './cli-arguments.js';
import { coreRefusal, refuseCli } from './cli-refusal.js';
import { databaseUrlOf, describeStore, openStoreFromFlags, storeFileMissing, withStoreFlags, type StoreFlags } from './store-options.js';

interface ExportFlags extends StoreFlags {
  readonly under: string;
  readonly asOf: IsoDate;
  readonly out?: string;
}

/**
 * `mttq popolo export|import`: a unit subtree on a date as a Popolo 1.0.1 document (JSON), and such a
 * document loaded back into an empty store.
 */
export function addPopoloCommand(program: Command, lang: Lang): void {
  const en = lang === 'en';
  const popolo = program
    .command('popolo')
    .summary(en ? 'export and import Popolo documents' : 'xuất, nhập dữ liệu dạng Popolo')
    .description(
      en
        ? 'Exports a unit subtree on a date as a Popolo 1.0.1 document (JSON), and imports such a document into an empty store.'
        : 'Xuất một cây đơn vị vào một ngày thành tài liệu Popolo 1.0.1 (JSON), và nhập tài liệu đó vào một kho trống.',
    );
  withStoreFlags(
    popolo.command('export').description(
      en
        ? `Exports the subtree under a unit on a date: areas, organizations, posts, the people holding them and the source of each record.

Exit status: 0 — exported; 1 — unit not found, or the store cannot be opened; 2 — wrong flag.`
        : `Xuất cây đơn vị dưới một đơn vị vào một ngày: khu vực, tổ chức, chức vụ, người giữ chức vụ và nguồn của từng bản ghi.

Mã thoát: 0 — đã xuất; 1 — không tìm thấy đơn vị hoặc không mở được dữ liệu; 2 — tham số sai.`,
    ),
    lang,
  )
    .requiredOption(
      '--under <code>',
      en ? 'official unit code (read on --as-of) or unit id (unit_…)' : 'mã đơn vị (đọc theo ngày --as-of) hoặc mã unit_…',
    )
    .requiredOption('--as-of <date>', en ? 'the date, YYYY-MM-DD' : 'ngày, dạng YYYY-MM-DD', dateArgument(lang))
    .option('--out <file>', en ? 'write to a file instead of stdout' : 'ghi ra tệp thay vì đầu ra chuẩn')
    .action((flags: ExportFlags) => exportCommand(flags, lang));
  withStoreFlags(
    popolo.command('import').description(
      en
        ? `Imports a Popolo document (made by "mttq popolo export") into an empty store, all or nothing.

Exit status: 0 — imported; 1 — the store is not empty, the document is invalid, or a record is refused; 2 — wrong flag.`
        : `Nhập một tài liệu Popolo (do "mttq popolo export" tạo) vào một kho trống, toàn bộ hoặc không gì cả.

Mã thoát: 0 — đã nhập; 1 — kho không trống, tài liệu không hợp lệ hoặc một bản ghi bị từ chối; 2 — tham số sai.`,
    ),
    lang,
  )
    .argument('<file>', en ? 'a Popolo JSON file' : 'tệp JSON Popolo')
    .action((file: string, flags: StoreFlags) => importCommand(file, flags, lang));
}

async function exportCommand(flags: ExportFlags, lang: Lang): Promise<void> {
  if (!databaseUrlOf(flags) && !existsSync(flags.db)) refuseCli(storeFileMissing(flags));
  const store = await openStoreFromFlags(flags);
  try {
    const unit = await unitNamed(store.db, flags.under, flags.asOf);
    const doc = await exportPopolo(store.db, unit.id, flags.asOf);
    if (!doc.ok) refuseCli(coreRefusal(doc.error));
    const text = `${JSON.stringify(doc.value, null, 2)}\n`;
    if (!flags.out) {
      process.stdout.write(text);
      return;
    }
    writeFileSync(resolve(flags.out), text);
    const d = doc.value;
    console.log(
      lang === 'en'
        ? `${unit.fullName} on ${flags.asOf} → ${flags.out}: ${d.areas.length} areas, ${d.organizations.length} organizations, ${d.posts.length} posts, ${d.persons.length} persons, ${d.memberships.length} memberships.`
        : `${unit.fullName} ngày ${flags.asOf} → ${flags.out}: ${d.areas.length} khu vực, ${d.organizations.length} tổ chức, ${d.posts.length} chức vụ, ${d.persons.length} người, ${d.memberships.length} lần giữ chức vụ.`,
    );
  } finally {
    await store.close();
  }
}

async function importCommand(file: string, flags: StoreFlags, lang: Lang): Promise<void> {
  if (!existsSync(file)) refuseCli({ vi: `Không tìm thấy tệp ${file}.`, en: `No file ${file}.` });
  let document: unknown;
  try {
    document = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    const why = (error as Error).message;
    refuseCli({ vi: `Tệp ${file} không phải JSON hợp lệ: ${why}`, en: `The file ${file} is not valid JSON: ${why}` });
  }
  const store = await openStoreFromFlags(flags, 1);
  try {
    const result = await runAs({ id: 'admin:popolo-import' }, () => importPopolo(store.db, document));
    if (!result.ok) refuseCli(describeRefusal(result.error));
    const r = result.value;
    console.log(
      lang === 'en'
        ? `${describeStore(flags)}: imported ${r.areas} areas, ${r.organizations} organizations, ${r.posts} posts, ${r.persons} persons, ${r.memberships} memberships, ${r.terms} terms, ${r.sources} sources; audit: ${r.load.batchId}.`
        : `${describeStore(flags)}: đã nhập ${r.areas} khu vực, ${r.organizations} tổ chức, ${r.posts} chức vụ, ${r.persons} người, ${r.memberships} lần giữ chức vụ, ${r.terms} nhiệm kỳ, ${r.sources} nguồn; nhật ký kiểm toán: ${r.load.batchId}.`,
    );
  } finally {
    await store.close();
  }
}

/** A unit by official code on the date, or by its id (`unit_…`); a refusal otherwise. */
async function unitNamed(db: Db, raw: string, date: IsoDate): Promise<Unit> {
  const id = parseId('unit', raw);
  if (id) {
    return (
      (await getUnit(db, id)) ??
      refuseCli({ vi: `UNIT.NOT_FOUND: Không tìm thấy đơn vị hành chính có mã ${id}.`, en: `UNIT.NOT_FOUND: No unit with the id ${id}.` })
    );
  }
  const found = await findUnitByCode(db, raw, date);
  if (!found.ok) refuseCli(coreRefusal(found.error));
  return found.value;
}

function describeRefusal(error: PopoloImportError): Texts {
  const said = coreRefusal(error);
  if (!('record' in error) || !error.record) return said;
  const record = `${error.record.kind} #${error.record.index}${error.record.id ? ` ${error.record.id}` : ''}`;
  return { vi: `${said.vi} (bản ghi: ${record})`, en: `${said.en} (record: ${record})` };
}
