import type { DateTooFarError, InvalidRangeError, NotFoundError } from '../shared/common.errors.js';
import { coreError, type CoreError } from '../shared/core-error.js';
import { formatValidity, type Validity } from '../time/validity.js';
import type { IsoDate } from '../time/iso-date.js';
import type { Term } from './term.js';

/** Someone already holds the only seat (or all seats) of the post over part of the requested days. */
export type SeatTakenError = CoreError<
  'HOLDING.SEAT_TAKEN',
  { postId: string; seats: number; holders: { personId: string; fullName: string; validity: Validity }[] }
>;
export type DuplicateHoldingError = CoreError<'HOLDING.DUPLICATE', { holdingId: string }>;
export type HoldingOutsidePostError = CoreError<'HOLDING.OUTSIDE_POST_VALIDITY', { validity: Validity }>;
export type HoldingEndError = CoreError<'HOLDING.END_OUTSIDE_VALIDITY', { date: IsoDate }>;

/** The term named is another body's, or shares no day with the holding. */
export type HoldingTermMismatchError = CoreError<'HOLDING.TERM_MISMATCH', { termId: string; postId: string }>;

/** The holding cannot end on that day: a task was given to the holder through the post on or after it. */
export type HoldingInUseError = CoreError<'HOLDING.IN_USE', { holdingId: string; assignmentId: string; assignedOn: IsoDate }>;

/** Every expected failure of a holding write. */
export type HoldingWriteError =
  | InvalidRangeError
  | NotFoundError
  | SeatTakenError
  | DuplicateHoldingError
  | HoldingOutsidePostError
  | HoldingEndError
  | HoldingTermMismatchError
  | HoldingInUseError
  | DateTooFarError;

export function seatTaken(
  postName: string,
  seats: number,
  newcomer: { fullName: string; validity: Validity },
  holders: { personId: string; fullName: string; validity: Validity }[],
  postId: string,
): SeatTakenError {
  const who = holders.map((h) => `${h.fullName} ${formatValidity(h.validity)}`).join('; ');
  const limit = seats === 1 ? 'chỉ có một người giữ tại một thời điểm' : `chỉ có tối đa ${seats} người giữ cùng lúc`;
  const limitEn = seats === 1 ? 'is held by one person at a time' : `is held by at most ${seats} people at once`;
  return coreError(
    'HOLDING.SEAT_TAKEN',
    {
      vi: `Chức vụ ${postName} ${limit}: đã có ${who}; không thể giao cho ${newcomer.fullName} ${formatValidity(newcomer.validity)}.`,
      en: `The post ${postName} ${limitEn}: already held by ${who}; it cannot go to ${newcomer.fullName} ${formatValidity(newcomer.validity)}.`,
    },
    { postId, seats, holders },
  );
}

export function duplicateHolding(fullName: string, postName: string, holdingId: string, validity: Validity): DuplicateHoldingError {
  return coreError(
    'HOLDING.DUPLICATE',
    {
      vi: `${fullName} đã giữ chức vụ ${postName} trong khoảng ${formatValidity(validity)}.`,
      en: `${fullName} already holds the post ${postName} during ${formatValidity(validity)}.`,
    },
    { holdingId },
  );
}

export function holdingOutsidePost(postName: string, postValidity: Validity, validity: Validity): HoldingOutsidePostError {
  return coreError(
    'HOLDING.OUTSIDE_POST_VALIDITY',
    {
      vi: `Không thể giữ chức vụ ${postName} ${formatValidity(validity)} ngoài thời gian chức vụ tồn tại ${formatValidity(postValidity)}.`,
      en: `The post ${postName} cannot be held ${formatValidity(validity)} outside the time the post exists ${formatValidity(postValidity)}.`,
    },
    { validity },
  );
}

export function holdingEndOutside(date: IsoDate, validity: Validity): HoldingEndError {
  return coreError(
    'HOLDING.END_OUTSIDE_VALIDITY',
    {
      vi: `Ngày thôi giữ chức vụ ${date} phải nằm trong ${formatValidity(validity)}.`,
      en: `The end date ${date} of the holding must fall within ${formatValidity(validity)}.`,
    },
    { date },
  );
}

/** "Nhiệm kỳ 2015–2020 của Ban Chấp hành Đảng bộ tỉnh Tuyên Quang … không phải nhiệm kỳ của tổ chức có chức vụ …" */
export function holdingTermMismatch(
  term: Term,
  termOwner: string | null,
  why: 'organization' | 'days',
  postName: string,
  postId: string,
  validity: Validity,
): HoldingTermMismatchError {
  const owner = termOwner ? ` của ${termOwner}` : '';
  const ownerEn = termOwner ? ` of ${termOwner}` : '';
  const reason =
    why === 'organization'
      ? `không phải nhiệm kỳ của tổ chức có chức vụ ${postName}`
      : `không có ngày nào chung với việc giữ chức vụ ${postName} ${formatValidity(validity)}`;
  const reasonEn =
    why === 'organization'
      ? `is not a term of the body the post ${postName} belongs to`
      : `shares no day with the holding of the post ${postName} ${formatValidity(validity)}`;
  return coreError(
    'HOLDING.TERM_MISMATCH',
    {
      vi: `Nhiệm kỳ ${term.label}${owner} ${formatValidity(term.validity)} ${reason}.`,
      en: `The term ${term.label}${ownerEn} ${formatValidity(term.validity)} ${reasonEn}.`,
    },
    { termId: term.id, postId },
  );
}

/** "Không thể cho … thôi giữ chức vụ … từ ngày …: nhiệm vụ … đã được giao cho người này qua chức vụ đó ngày …" */
export function holdingInUse(
  fullName: string,
  postName: string,
  date: IsoDate,
  holdingId: string,
  used: { readonly assignmentId: string; readonly taskTitle: string; readonly assignedOn: IsoDate },
): HoldingInUseError {
  return coreError(
    'HOLDING.IN_USE',
    {
      vi:
        `Không thể cho ${fullName} thôi giữ chức vụ ${postName} từ ngày ${date}: nhiệm vụ "${used.taskTitle}" đã được giao cho người này ` +
        `qua chức vụ đó ngày ${used.assignedOn}. Chọn ngày thôi giữ sau ngày đó.`,
      en:
        `${fullName} cannot leave the post ${postName} on ${date}: the task "${used.taskTitle}" was assigned to this person ` +
        `through that post on ${used.assignedOn}. Choose an end date after that day.`,
    },
    { holdingId, assignmentId: used.assignmentId, assignedOn: used.assignedOn },
  );
}
