import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Lang, Texts } from '@mttq/core';
import { LANG } from './example-lang.js';
import { parse } from 'csv-parse/sync';

/** One data row of a CSV file, with the line it starts on (the header is line 1). */
export interface CsvRow {
  readonly file: string;
  readonly line: number;
  readonly values: Readonly<Record<string, string>>;
}

/** A problem with one field of one row: `units.csv:3: kind: …`. */
export interface RowError {
  readonly file: string;
  readonly line: number;
  /** A column name, or what stands for the whole file or its header, in both languages. */
  readonly field: string | Texts;
  readonly message: Texts;
}

/** `units.csv:3: kind: "huyenn" không phải loại đơn vị`, in the given language. */
export const rowErrorIn = (e: RowError, lang: Lang) =>
  `${e.file}:${e.line}: ${typeof e.field === 'string' ? e.field : e.field[lang]}: ${e.message[lang]}`;

/** A row error in the language of the run (safe to pass to `map`). */
export const formatRowError = (e: RowError) => rowErrorIn(e, LANG);

/** The five files of an import, in the order they are written. */
export const CSV_FILES = {
  units: ['key', 'code', 'kind', 'name', 'parent', 'valid_from', 'valid_to', 'source'],
  organizations: ['key', 'type', 'unit', 'parent', 'name', 'valid_from', 'valid_to', 'source'],
  posts: ['key', 'organization', 'type', 'title', 'seats', 'source'],
  people: ['key', 'full_name', 'source'],
  holdings: ['person', 'post', 'valid_from', 'valid_to', 'term', 'source'],
} as const;

export type CsvFileName = keyof typeof CSV_FILES;

/**
 * Why a folder cannot be imported from, in one line, or undefined when it can: it must exist, be a folder, and
 * hold at least one of the five files.
 */
export function csvFolderProblem(dir: string): Texts | undefined {
  if (!existsSync(dir)) return { vi: `Không có thư mục ${dir}.`, en: `No folder ${dir}.` };
  if (!statSync(dir).isDirectory()) {
    return {
      vi: `${dir} không phải thư mục; --dir cần thư mục chứa các tệp CSV.`,
      en: `${dir} is not a folder; --dir takes the folder of the CSV files.`,
    };
  }
  const names = Object.keys(CSV_FILES).map((name) => `${name}.csv`);
  if (!names.some((file) => existsSync(join(dir, file))))
    return { vi: `Thư mục ${dir} không có tệp nào trong ${names.join(', ')}.`, en: `The folder ${dir} holds none of ${names.join(', ')}.` };
  return undefined;
}

/**
 * Reads the import files of a folder (a missing file counts as empty), checking each header. Values are
 * trimmed and NFC-normalized.
 */
export function readCsvFolder(dir: string): { rows: Record<CsvFileName, CsvRow[]>; errors: RowError[] } {
  const rows = { units: [], organizations: [], posts: [], people: [], holdings: [] } as Record<CsvFileName, CsvRow[]>;
  const errors: RowError[] = [];
  for (const [name, columns] of Object.entries(CSV_FILES) as [CsvFileName, readonly string[]][]) {
    const file = `${name}.csv`;
    const path = join(dir, file);
    if (!existsSync(path)) continue;
    let records: { record: Record<string, string>; info: { lines: number } }[];
    try {
      records = parse(readFileSync(path, 'utf8'), { columns: true, bom: true, skip_empty_lines: true, info: true, trim: true });
    } catch (error) {
      errors.push({
        file,
        line: (error as { lines?: number }).lines ?? 1,
        field: { vi: '(tệp)', en: '(file)' },
        message: { vi: `không đọc được CSV: ${(error as Error).message}`, en: `cannot read the CSV: ${(error as Error).message}` },
      });
      continue;
    }
    const header = records[0] ? Object.keys(records[0].record) : columns;
    const missing = columns.filter((c) => !header.includes(c));
    if (missing.length > 0) {
      errors.push({
        file,
        line: 1,
        field: { vi: '(tiêu đề)', en: '(header)' },
        message: { vi: `thiếu cột ${missing.join(', ')}`, en: `missing columns ${missing.join(', ')}` },
      });
      continue;
    }
    rows[name] = records.map(({ record, info }) => ({
      file,
      line: info.lines,
      values: Object.fromEntries(Object.entries(record).map(([k, v]) => [k, v.normalize('NFC')])),
    }));
  }
  return { rows, errors };
}
