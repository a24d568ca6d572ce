import type { InvalidRangeError, NotFoundError } from '../shared/common.errors.js';
import { coreError, type CoreError } from '../shared/core-error.js';
import { formatValidity, type Validity } from '../time/validity.js';
import type { IsoDate } from '../time/iso-date.js';

/** Someone already holds the only seat (or all seats) of the post over part of the requested days. */
export type SeatTakenError = CoreError<
  'HOLDING.SEAT_TAKEN',
  { postId: string; seats: number; holders: { personId: string; fullName: string; validity: Validity }[] }
>;
export type DuplicateHoldingError = CoreError<'HOLDING.DUPLICATE', { holdingId: string }>;
export type HoldingOutsidePostError = CoreError<'HOLDING.OUTSIDE_POST_VALIDITY', { validity: Validity }>;
export type HoldingEndError = CoreError<'HOLDING.END_OUTSIDE_VALIDITY', { date: IsoDate }>;

/** Every expected failure of a holding write. */
export type HoldingWriteError = InvalidRangeError | NotFoundError | SeatTakenError | DuplicateHoldingError | HoldingOutsidePostError | HoldingEndError;

export function seatTaken(
  postName: string,
  seats: number,
  newcomer: { fullName: string; validity: Validity },
  holders: { personId: string; fullName: string; validity: Validity }[],
  postId: string,
): SeatTakenError {
  const who = holders.map((h) => `${h.fullName} ${formatValidity(h.validity)}`).join('; ');
  const limit = seats === 1 ? 'chỉ có một người giữ tại một thời điểm' : `chỉ có tối đa ${seats} người giữ cùng lúc`;
  return coreError(
    'HOLDING.SEAT_TAKEN',
    `Chức vụ ${postName} ${limit}: đã có ${who}; không thể giao cho ${newcomer.fullName} ${formatValidity(newcomer.validity)}.`,
    { postId, seats, holders },
  );
}

export function duplicateHolding(fullName: string, postName: string, holdingId: string, validity: Validity): DuplicateHoldingError {
  return coreError(
    'HOLDING.DUPLICATE',
    `${fullName} đã giữ chức vụ ${postName} trong khoảng ${formatValidity(validity)}.`,
    { holdingId },
  );
}

export function holdingOutsidePost(postName: string, postValidity: Validity, validity: Validity): HoldingOutsidePostError {
  return coreError(
    'HOLDING.OUTSIDE_POST_VALIDITY',
    `Không thể giữ chức vụ ${postName} ${formatValidity(validity)} ngoài thời gian chức vụ tồn tại ${formatValidity(postValidity)}.`,
    { validity },
  );
}

export function holdingEndOutside(date: IsoDate, validity: Validity): HoldingEndError {
  return coreError('HOLDING.END_OUTSIDE_VALIDITY', `Ngày thôi giữ chức vụ ${date} phải nằm trong ${formatValidity(validity)}.`, { date });
}
