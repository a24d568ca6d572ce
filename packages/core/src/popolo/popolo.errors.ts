import type { BulkLoadError } from '../bulk/bulk.errors.js';
import { coreError, type CoreError } from '../shared/core-error.js';
import type { Texts } from '../shared/lang.js';
import { problemList, type ProblemList } from '../shared/problem-list.js';
import type { SourceWriteError } from '../source/source.errors.js';

/** An import into a store that already holds records: a Popolo document is loaded into an empty store only. */
export type PopoloStoreNotEmptyError = CoreError<'POPOLO.STORE_NOT_EMPTY', { table: string }>;

/** A document that does not read as a Popolo export: every problem, each with its path (`problemsIn` picks a language). */
export type PopoloInvalidDocumentError = CoreError<'POPOLO.INVALID_DOCUMENT', ProblemList>;

/** Every expected failure of a Popolo import: the document's, the store's, or a record refused by the bulk loader. */
export type PopoloImportError = PopoloStoreNotEmptyError | PopoloInvalidDocumentError | SourceWriteError | BulkLoadError;

/** "Kho dữ liệu đã có dữ liệu (bảng source)…" */
export function popoloStoreNotEmpty(table: string): PopoloStoreNotEmptyError {
  return coreError(
    'POPOLO.STORE_NOT_EMPTY',
    {
      vi: `Kho dữ liệu đã có dữ liệu (bảng ${table}): tài liệu Popolo chỉ được nhập vào một kho trống.`,
      en: `The store already holds data (table ${table}): a Popolo document is imported only into an empty store.`,
    },
    { table },
  );
}

/** "Tài liệu Popolo không hợp lệ: …" with the first five problems, each naming its path, in both languages. */
export function popoloInvalidDocument(problems: readonly Texts[]): PopoloInvalidDocumentError {
  const shown = (lang: keyof Texts) =>
    problems
      .slice(0, 5)
      .map((p) => p[lang])
      .join(' ');
  const more = problems.length > 5 ? ` (+${problems.length - 5})` : '';
  return coreError(
    'POPOLO.INVALID_DOCUMENT',
    { vi: `Tài liệu Popolo không hợp lệ: ${shown('vi')}${more}`, en: `The Popolo document is not valid: ${shown('en')}${more}` },
    problemList(problems),
  );
}
