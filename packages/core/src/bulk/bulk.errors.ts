import type { AssignmentWriteError } from '../assignment/assignment.errors.js';
import type { DirectiveWriteError } from '../directive/directive.errors.js';
import type { HoldingWriteError } from '../holding/holding.errors.js';
import type { OrganizationWriteError } from '../organization/organization.errors.js';
import type { EmptyNameError } from '../person/person.errors.js';
import type { TextTooLongError } from '../shared/common.errors.js';
import type { PostWriteError } from '../post/post.errors.js';
import { coreError, messageIn, withTexts, type CoreError } from '../shared/core-error.js';
import type { TaskWriteError } from '../task/task.errors.js';
import type { UnitWriteError } from '../unit/unit.errors.js';
import type { BulkRecordKind, BulkRecordRef } from './bulk-record.js';

export type BulkInvalidIdError = CoreError<'BULK.INVALID_ID', { id: string }>;
export type BulkDuplicateIdError = CoreError<'BULK.DUPLICATE_ID', { id: string }>;
export type BulkInvalidDateError = CoreError<'BULK.INVALID_DATE', { field: string; value: string }>;
export type BulkUnknownValueError = CoreError<'BULK.UNKNOWN_VALUE', { field: string; value: string }>;

/** Every failure one record of a batch can have: those of its one-by-one write, and the bulk checks. */
export type BulkRecordError =
  | UnitWriteError
  | OrganizationWriteError
  | PostWriteError
  | EmptyNameError
  | TextTooLongError
  | HoldingWriteError
  | DirectiveWriteError
  | TaskWriteError
  | AssignmentWriteError
  | BulkInvalidIdError
  | BulkDuplicateIdError
  | BulkInvalidDateError
  | BulkUnknownValueError;

/**
 * A batch refused because of one record: the record's own error (same code and details as its one-by-one
 * write would give), its message prefixed with which record it is, and `record` naming it.
 */
export type BulkLoadError = BulkRecordError & { readonly record: BulkRecordRef };

const KIND_WORDS: { readonly [K in BulkRecordKind]: { readonly vi: string; readonly en: string } } = {
  unit: { vi: 'đơn vị', en: 'unit' },
  person: { vi: 'người', en: 'person' },
  organization: { vi: 'tổ chức', en: 'organization' },
  post: { vi: 'chức vụ', en: 'post' },
  term: { vi: 'nhiệm kỳ', en: 'term' },
  holding: { vi: 'việc giữ chức vụ', en: 'holding' },
  directive: { vi: 'văn bản', en: 'directive' },
  task: { vi: 'nhiệm vụ', en: 'task' },
  assignment: { vi: 'việc giao nhiệm vụ', en: 'assignment' },
};

/** The record's error, naming the record: "Lô dữ liệu bị từ chối ở tổ chức thứ 12 (org_…): …". */
export function atRecord(error: BulkRecordError, record: BulkRecordRef): BulkLoadError {
  const id = record.id ? ` (${record.id})` : '';
  return withTexts(
    { ...error, record },
    {
      vi: `Lô dữ liệu bị từ chối ở ${KIND_WORDS[record.kind].vi} thứ ${record.index + 1}${id}, không ghi bản ghi nào của lô: ${messageIn(error, 'vi')}`,
      en: `The batch was refused at ${KIND_WORDS[record.kind].en} number ${record.index + 1}${id}; no record of the batch was written: ${messageIn(error, 'en')}`,
    },
  );
}

export const invalidId = (id: string): BulkInvalidIdError =>
  coreError(
    'BULK.INVALID_ID',
    {
      vi: `Mã "${id}" không đúng dạng (tiền tố, dấu gạch dưới, rồi chữ, số hoặc . : - _).`,
      en: `The id "${id}" is not well formed (a prefix, an underscore, then letters, digits or . : - _).`,
    },
    { id },
  );

export const duplicateId = (id: string): BulkDuplicateIdError =>
  coreError(
    'BULK.DUPLICATE_ID',
    {
      vi: `Mã ${id} đã có (trong cơ sở dữ liệu hoặc ở một bản ghi trước trong lô).`,
      en: `The id ${id} already exists (in the database or in an earlier record of the batch).`,
    },
    { id },
  );

export const invalidDate = (field: string, value: string): BulkInvalidDateError =>
  coreError(
    'BULK.INVALID_DATE',
    {
      vi: `Ngày "${value}" ở trường ${field} không phải ngày hợp lệ dạng YYYY-MM-DD.`,
      en: `The date "${value}" in the field ${field} is not a valid YYYY-MM-DD date.`,
    },
    { field, value },
  );

export const unknownValue = (field: string, value: string): BulkUnknownValueError =>
  coreError(
    'BULK.UNKNOWN_VALUE',
    {
      vi: `Giá trị "${value}" ở trường ${field} không có trong danh mục.`,
      en: `The value "${value}" in the field ${field} is not in the catalog.`,
    },
    { field, value },
  );
