import type { NotFoundError, TextTooLongError } from '../shared/common.errors.js';
import { coreError, type CoreError } from '../shared/core-error.js';

export type SourceEmptyTitleError = CoreError<'SOURCE.EMPTY_TITLE'>;
/** A url source without its url, or a document source without its citation. */
export type SourceIncompleteError = CoreError<'SOURCE.INCOMPLETE', { field: 'url' | 'citation' }>;
/** A url that is not an absolute http(s) address (`javascript:…`, `file:…`, `data:…`). */
export type SourceUrlInvalidError = CoreError<'SOURCE.URL_INVALID', { url: string }>;

/** Every expected failure of a source write. */
export type SourceWriteError = SourceEmptyTitleError | SourceIncompleteError | SourceUrlInvalidError | TextTooLongError | NotFoundError;

export const sourceEmptyTitle = (): SourceEmptyTitleError =>
  coreError('SOURCE.EMPTY_TITLE', { vi: 'Tên nguồn không được để trống.', en: 'The title of a source must not be empty.' });

export const sourceIncomplete = (field: 'url' | 'citation'): SourceIncompleteError =>
  coreError(
    'SOURCE.INCOMPLETE',
    field === 'url'
      ? { vi: 'Nguồn loại url cần có địa chỉ (url).', en: 'A source of kind url needs its address (url).' }
      : { vi: 'Nguồn loại document cần có trích dẫn (citation).', en: 'A source of kind document needs its citation (citation).' },
    { field },
  );

export const sourceUrlInvalid = (url: string): SourceUrlInvalidError =>
  coreError(
    'SOURCE.URL_INVALID',
    {
      vi: `Địa chỉ nguồn phải là một địa chỉ http:// hoặc https:// đầy đủ (nhận được "${url.slice(0, 100)}").`,
      en: `The address of a source must be a full http:// or https:// address (got "${url.slice(0, 100)}").`,
    },
    { url: url.slice(0, 100) },
  );
