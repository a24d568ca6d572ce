import type { NotFoundError, TextTooLongError } from '../shared/common.errors.js';
import { coreError, type CoreError } from '../shared/core-error.js';

export type SourceEmptyTitleError = CoreError<'SOURCE.EMPTY_TITLE'>;
/** A url source without its url, or a document source without its citation. */
export type SourceIncompleteError = CoreError<'SOURCE.INCOMPLETE', { field: 'url' | 'citation' }>;
/** A url that is not an absolute http(s) address (`javascript:…`, `file:…`, `data:…`). */
export type SourceUrlInvalidError = CoreError<'SOURCE.URL_INVALID', { url: string }>;

/** Every expected failure of a source write. */
export type SourceWriteError = SourceEmptyTitleError | SourceIncompleteError | SourceUrlInvalidError | TextTooLongError | NotFoundError;

export const sourceEmptyTitle = (): SourceEmptyTitleError => coreError('SOURCE.EMPTY_TITLE', 'Tên nguồn không được để trống.');

export const sourceIncomplete = (field: 'url' | 'citation'): SourceIncompleteError =>
  coreError(
    'SOURCE.INCOMPLETE',
    field === 'url' ? 'Nguồn loại url cần có địa chỉ (url).' : 'Nguồn loại document cần có trích dẫn (citation).',
    { field },
  );

export const sourceUrlInvalid = (url: string): SourceUrlInvalidError =>
  coreError('SOURCE.URL_INVALID', `Địa chỉ nguồn phải là một địa chỉ http:// hoặc https:// đầy đủ (nhận được "${url.slice(0, 100)}").`, { url: url.slice(0, 100) });
