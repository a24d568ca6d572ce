import type { AssignmentWriteError } from '../assignment/assignment.errors.js';
import type { DirectiveWriteError } from '../directive/directive.errors.js';
import type { HoldingWriteError } from '../holding/holding.errors.js';
import type { OrganizationWriteError } from '../organization/organization.errors.js';
import type { EmptyNameError } from '../person/person.repository.js';
import type { TextTooLongError } from '../shared/common.errors.js';
import type { PostWriteError } from '../post/post.errors.js';
import { coreError, type CoreError } from '../shared/core-error.js';
import type { TaskWriteError } from '../task/task.repository.js';
import type { UnitWriteError } from '../unit/unit.errors.js';
import type { BulkRecordKind, BulkRecordRef } from './bulk-batch.js';

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

const KIND_WORDS: { readonly [K in BulkRecordKind]: string } = {
  unit: 'đơn vị',
  person: 'người',
  organization: 'tổ chức',
  post: 'chức vụ',
  term: 'nhiệm kỳ',
  holding: 'việc giữ chức vụ',
  directive: 'văn bản',
  task: 'nhiệm vụ',
  assignment: 'việc giao nhiệm vụ',
};

/** The record's error, naming the record: "Lô dữ liệu bị từ chối ở tổ chức thứ 12 (org_…): …". */
export function atRecord(error: BulkRecordError, record: BulkRecordRef): BulkLoadError {
  const which = `${KIND_WORDS[record.kind]} thứ ${record.index + 1}${record.id ? ` (${record.id})` : ''}`;
  return { ...error, message: `Lô dữ liệu bị từ chối ở ${which}, không ghi bản ghi nào của lô: ${error.message}`, record };
}

export const invalidId = (id: string): BulkInvalidIdError =>
  coreError('BULK.INVALID_ID', `Mã "${id}" không đúng dạng (tiền tố, dấu gạch dưới, rồi chữ, số hoặc . : - _).`, { id });

export const duplicateId = (id: string): BulkDuplicateIdError =>
  coreError('BULK.DUPLICATE_ID', `Mã ${id} đã có (trong cơ sở dữ liệu hoặc ở một bản ghi trước trong lô).`, { id });

export const invalidDate = (field: string, value: string): BulkInvalidDateError =>
  coreError('BULK.INVALID_DATE', `Ngày "${value}" ở trường ${field} không phải ngày hợp lệ dạng YYYY-MM-DD.`, { field, value });

export const unknownValue = (field: string, value: string): BulkUnknownValueError =>
  coreError('BULK.UNKNOWN_VALUE', `Giá trị "${value}" ở trường ${field} không có trong danh mục.`, { field, value });
