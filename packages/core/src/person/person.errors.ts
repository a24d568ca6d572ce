import type { DateTooFarError, NotFoundError, TextTooLongError } from '../shared/common.errors.js';
import { coreError, type CoreError } from '../shared/core-error.js';
import type { IsoDate } from '../time/iso-date.js';
import { formatValidity, type Validity } from '../time/validity.js';

export type EmptyNameError = CoreError<'PERSON.EMPTY_NAME'>;
export type SameNameError = CoreError<'PERSON.SAME_NAME', { name: string }>;
export type NameDateOutsideError = CoreError<'PERSON.DATE_OUTSIDE_PERIOD', { date: IsoDate; current: Validity }>;

/** Every expected failure of `correctPerson`. */
export type CorrectPersonError = NotFoundError | EmptyNameError | TextTooLongError | SameNameError | NameDateOutsideError | DateTooFarError;

export const emptyName = (): EmptyNameError =>
  coreError('PERSON.EMPTY_NAME', { vi: 'Họ và tên không được để trống.', en: 'The full name must not be empty.' });

/** "Tên mới “Tăng Thị Dương” trùng với tên hiện tại…" */
export function sameName(name: string): SameNameError {
  return coreError(
    'PERSON.SAME_NAME',
    {
      vi: `Tên mới “${name}” trùng với tên hiện tại: không có gì để sửa.`,
      en: `The new name “${name}” is the current name already: there is nothing to correct.`,
    },
    { name },
  );
}

/** A change of name dated where the current name does not hold: on or before its first day. */
export function nameDateOutside(name: string, current: Validity, date: IsoDate): NameDateOutsideError {
  return coreError(
    'PERSON.DATE_OUTSIDE_PERIOD',
    {
      vi: `Ngày đổi tên ${date} nằm ngoài thời gian của tên hiện tại “${name}” ${formatValidity(current)}: tên mới phải bắt đầu sau ngày đầu tiên của tên hiện tại.`,
      en: `The date of the change ${date} lies outside the time of the current name “${name}” ${formatValidity(current)}: the new name must begin after the first day of the current one.`,
    },
    { date, current },
  );
}
