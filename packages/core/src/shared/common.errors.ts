import type { IsoDate } from '../time/iso-date.js';
import { formatValidity, type Validity } from '../time/validity.js';
import { coreError, type CoreError } from './core-error.js';

/** A validity whose end is not after its start. */
export type InvalidRangeError = CoreError<'VALIDITY.INVALID_RANGE', { validity: Validity }>;

/** "Khoảng hiệu lực không hợp lệ…" */
export function invalidRange(what: string, validity: Validity): InvalidRangeError {
  return coreError(
    'VALIDITY.INVALID_RANGE',
    `Khoảng hiệu lực của ${what} không hợp lệ ${formatValidity(validity)}: ngày kết thúc phải sau ngày bắt đầu.`,
    { validity },
  );
}

/** A record named by id that does not exist. */
export type NotFoundError = CoreError<
  'UNIT.NOT_FOUND' | 'ORGANIZATION.NOT_FOUND' | 'POST.NOT_FOUND' | 'PERSON.NOT_FOUND' | 'TERM.NOT_FOUND' | 'SOURCE.NOT_FOUND' | 'HOLDING.NOT_FOUND'
    | 'DIRECTIVE.NOT_FOUND'
    | 'TASK.NOT_FOUND'
    | 'ASSIGNMENT.NOT_FOUND',
  { id: string }
>;

const WHAT = {
  'UNIT.NOT_FOUND': 'đơn vị hành chính',
  'ORGANIZATION.NOT_FOUND': 'tổ chức',
  'POST.NOT_FOUND': 'chức vụ',
  'PERSON.NOT_FOUND': 'người',
  'TERM.NOT_FOUND': 'nhiệm kỳ',
  'SOURCE.NOT_FOUND': 'nguồn',
  'HOLDING.NOT_FOUND': 'việc giữ chức vụ',
  'DIRECTIVE.NOT_FOUND': 'văn bản',
  'TASK.NOT_FOUND': 'nhiệm vụ',
  'ASSIGNMENT.NOT_FOUND': 'việc giao nhiệm vụ',
} as const;

/** "Không tìm thấy tổ chức có mã org_…" */
export function notFound(code: NotFoundError['code'], id: string): NotFoundError {
  return coreError(code, `Không tìm thấy ${WHAT[code]} có mã ${id}.`, { id });
}

/** A stored text longer than its kind allows (see `TEXT_LIMITS`). */
export type TextTooLongError = CoreError<'TEXT.TOO_LONG', { field: string; limit: number; length: number }>;

/** "Trường fullName dài 208000 ký tự, vượt quá giới hạn 200 ký tự." */
export function textTooLong(field: string, limit: number, length: number): TextTooLongError {
  return coreError('TEXT.TOO_LONG', `Trường ${field} dài ${length} ký tự, vượt quá giới hạn ${limit} ký tự.`, { field, limit, length });
}

/** An event dated after today plus the allowed horizon (see `WriteClock`). */
export type DateTooFarError = CoreError<'DATE.TOO_FAR', { field: string; date: IsoDate; latest: IsoDate }>;

/** "Ngày 9999-12-30 (on) quá xa trong tương lai: chỉ được ghi sự kiện đến ngày …" */
export function dateTooFar(field: string, date: IsoDate, latest: IsoDate): DateTooFarError {
  return coreError('DATE.TOO_FAR', `Ngày ${date} (${field}) quá xa trong tương lai: chỉ được ghi sự kiện đến ngày ${latest}.`, { field, date, latest });
}
