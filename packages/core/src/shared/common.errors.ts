import type { IsoDate } from '../time/iso-date.js';
import { formatValidity, type Validity } from '../time/validity.js';
import { coreError, type CoreError } from './core-error.js';
import { textsOf, type Texts } from './lang.js';

/** A validity whose end is not after its start. */
export type InvalidRangeError = CoreError<'VALIDITY.INVALID_RANGE', { validity: Validity }>;

/** "Khoảng hiệu lực không hợp lệ…" */
export function invalidRange(what: string | Texts, validity: Validity): InvalidRangeError {
  const { vi, en } = textsOf(what);
  return coreError(
    'VALIDITY.INVALID_RANGE',
    {
      vi: `Khoảng hiệu lực của ${vi} không hợp lệ ${formatValidity(validity)}: ngày kết thúc phải sau ngày bắt đầu.`,
      en: `The validity of ${en} is invalid ${formatValidity(validity)}: the end must come after the start.`,
    },
    { validity },
  );
}

/** A record named by id that does not exist. */
export type NotFoundError = CoreError<
  | 'UNIT.NOT_FOUND'
  | 'ORGANIZATION.NOT_FOUND'
  | 'POST.NOT_FOUND'
  | 'PERSON.NOT_FOUND'
  | 'TERM.NOT_FOUND'
  | 'SOURCE.NOT_FOUND'
  | 'HOLDING.NOT_FOUND'
  | 'DIRECTIVE.NOT_FOUND'
  | 'TASK.NOT_FOUND'
  | 'ASSIGNMENT.NOT_FOUND',
  { id: string }
>;

const WHAT: { readonly [C in NotFoundError['code']]: Texts } = {
  'UNIT.NOT_FOUND': { vi: 'đơn vị hành chính', en: 'administrative unit' },
  'ORGANIZATION.NOT_FOUND': { vi: 'tổ chức', en: 'organization' },
  'POST.NOT_FOUND': { vi: 'chức vụ', en: 'post' },
  'PERSON.NOT_FOUND': { vi: 'người', en: 'person' },
  'TERM.NOT_FOUND': { vi: 'nhiệm kỳ', en: 'term' },
  'SOURCE.NOT_FOUND': { vi: 'nguồn', en: 'source' },
  'HOLDING.NOT_FOUND': { vi: 'việc giữ chức vụ', en: 'holding' },
  'DIRECTIVE.NOT_FOUND': { vi: 'văn bản', en: 'directive' },
  'TASK.NOT_FOUND': { vi: 'nhiệm vụ', en: 'task' },
  'ASSIGNMENT.NOT_FOUND': { vi: 'việc giao nhiệm vụ', en: 'assignment' },
};

/** "Không tìm thấy tổ chức có mã org_…" */
export function notFound(code: NotFoundError['code'], id: string): NotFoundError {
  return coreError(code, { vi: `Không tìm thấy ${WHAT[code].vi} có mã ${id}.`, en: `No ${WHAT[code].en} has the id ${id}.` }, { id });
}

/** A stored text longer than its kind allows (see `TEXT_LIMITS`). */
export type TextTooLongError = CoreError<'TEXT.TOO_LONG', { field: string; limit: number; length: number }>;

/** "Trường fullName dài 208000 ký tự, vượt quá giới hạn 200 ký tự." */
export function textTooLong(field: string, limit: number, length: number): TextTooLongError {
  return coreError(
    'TEXT.TOO_LONG',
    {
      vi: `Trường ${field} dài ${length} ký tự, vượt quá giới hạn ${limit} ký tự.`,
      en: `The field ${field} is ${length} characters long, over the limit of ${limit} characters.`,
    },
    { field, limit, length },
  );
}

/** An event dated after today plus the allowed horizon (see `WriteClock`). */
export type DateTooFarError = CoreError<'DATE.TOO_FAR', { field: string; date: IsoDate; latest: IsoDate }>;

/** "Ngày 9999-12-30 (on) quá xa trong tương lai: chỉ được ghi sự kiện đến ngày …" */
export function dateTooFar(field: string, date: IsoDate, latest: IsoDate): DateTooFarError {
  return coreError(
    'DATE.TOO_FAR',
    {
      vi: `Ngày ${date} (${field}) quá xa trong tương lai: chỉ được ghi sự kiện đến ngày ${latest}.`,
      en: `The date ${date} (${field}) is too far in the future: events may be recorded up to ${latest}.`,
    },
    { field, date, latest },
  );
}
