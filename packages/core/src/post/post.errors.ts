import type { InvalidRangeError, NotFoundError, TextTooLongError } from '../shared/common.errors.js';
import { coreError, type CoreError } from '../shared/core-error.js';
import { formatValidity, type Validity } from '../time/validity.js';
import type { Organization } from '../organization/organization.js';

export type PostOutsideOrganizationError = CoreError<'POST.OUTSIDE_ORGANIZATION_VALIDITY', { validity: Validity }>;
export type InvalidSeatsError = CoreError<'POST.INVALID_SEATS', { seats: number }>;

/** Every expected failure of a post write. */
export type PostWriteError = InvalidRangeError | NotFoundError | PostOutsideOrganizationError | InvalidSeatsError | TextTooLongError;

export function postOutsideOrganization(title: string, org: Organization, validity: Validity): PostOutsideOrganizationError {
  return coreError(
    'POST.OUTSIDE_ORGANIZATION_VALIDITY',
    { vi: `Chức vụ ${title} ${formatValidity(validity)} không thể tồn tại ngoài thời gian hoạt động của ${org.name} ${formatValidity(org.validity)}.`, en: `The post ${title} ${formatValidity(validity)} cannot exist outside the time ${org.name} is active ${formatValidity(org.validity)}.` },
    { validity },
  );
}

export function invalidSeats(seats: number): InvalidSeatsError {
  return coreError('POST.INVALID_SEATS', { vi: `Số người giữ cùng lúc phải là số nguyên dương (nhận được ${seats}).`, en: `The number of people holding the post at once must be a positive integer (got ${seats}).` }, { seats });
}
