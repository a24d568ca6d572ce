import type { InvalidRangeError, NotFoundError, TextTooLongError } from '../shared/common.errors.js';
import { coreError, type CoreError } from '../shared/core-error.js';
import { formatValidity, type Validity } from '../time/validity.js';
import type { IsoDate } from '../time/iso-date.js';
import type { Post } from './post.js';
import type { Organization } from '../organization/organization.js';
import { ORGANIZATION_TYPES, type OrganizationType } from '../catalog/organization-type.js';
import { POST_TYPES, type PostType } from '../catalog/post-type.js';

export type PostOutsideOrganizationError = CoreError<'POST.OUTSIDE_ORGANIZATION_VALIDITY', { validity: Validity }>;
export type InvalidSeatsError = CoreError<'POST.INVALID_SEATS', { seats: number }>;

/** Every expected failure of a post write. */
export type PostWriteError =
  InvalidRangeError | NotFoundError | PostOutsideOrganizationError | InvalidSeatsError | TextTooLongError | PostTypeNotAllowedError;

export function postOutsideOrganization(title: string, org: Organization, validity: Validity): PostOutsideOrganizationError {
  return coreError(
    'POST.OUTSIDE_ORGANIZATION_VALIDITY',
    {
      vi: `Chức vụ ${title} ${formatValidity(validity)} không thể tồn tại ngoài thời gian hoạt động của ${org.name} ${formatValidity(org.validity)}.`,
      en: `The post ${title} ${formatValidity(validity)} cannot exist outside the time ${org.name} is active ${formatValidity(org.validity)}.`,
    },
    { validity },
  );
}

export function invalidSeats(seats: number): InvalidSeatsError {
  return coreError(
    'POST.INVALID_SEATS',
    {
      vi: `Số người giữ cùng lúc phải là số nguyên dương (nhận được ${seats}).`,
      en: `The number of people holding the post at once must be a positive integer (got ${seats}).`,
    },
    { seats },
  );
}

export type PostTypeNotAllowedError = CoreError<
  'POST.TYPE_NOT_ALLOWED',
  { postType: PostType; organizationType: OrganizationType; allowed: readonly PostType[] }
>;

/** A post of a type the organization's type does not have, with the types it has. */
export function postTypeNotAllowed(type: PostType, org: Organization, allowed: readonly PostType[]): PostTypeNotAllowedError {
  const labels = (lang: 'vi' | 'en') => allowed.map((t) => (lang === 'vi' ? POST_TYPES[t].label : POST_TYPES[t].english)).join(', ');
  return coreError(
    'POST.TYPE_NOT_ALLOWED',
    {
      vi: `${ORGANIZATION_TYPES[org.type].label} không có chức vụ ${POST_TYPES[type].label}: ${org.name} chỉ có thể có ${labels('vi')}.`,
      en: `A ${ORGANIZATION_TYPES[org.type].english} has no ${POST_TYPES[type].english} post: ${org.name} may only have ${labels('en')}.`,
    },
    { postType: type, organizationType: org.type, allowed },
  );
}

export type PostAlreadyEndedError = CoreError<'POST.ALREADY_ENDED', { validTo: string | null }>;
export type PostEndBeforeStartError = CoreError<'POST.END_BEFORE_START', { date: IsoDate }>;
export type PostInUseError = CoreError<'POST.IN_USE', { postId: string; assignmentId: string; assignedOn: IsoDate }>;
/** Every expected failure of ending a post. */
export type PostEndError = NotFoundError | PostAlreadyEndedError | PostEndBeforeStartError | PostInUseError;

export function postAlreadyEnded(post: Post): PostAlreadyEndedError {
  return coreError(
    'POST.ALREADY_ENDED',
    {
      vi: `Chức vụ ${post.title} đã kết thúc từ ${post.validity.validTo}.`,
      en: `The post ${post.title} has already ended, on ${post.validity.validTo}.`,
    },
    { validTo: post.validity.validTo },
  );
}

export function postEndBeforeStart(post: Post, date: IsoDate): PostEndBeforeStartError {
  return coreError(
    'POST.END_BEFORE_START',
    {
      vi: `Chức vụ ${post.title} không thể kết thúc ngày ${date}, trước ngày bắt đầu ${post.validity.validFrom}.`,
      en: `The post ${post.title} cannot end on ${date}, before it began on ${post.validity.validFrom}.`,
    },
    { date },
  );
}

/** "Chức vụ … không thể kết thúc từ ngày …: nhiệm vụ … đã được giao … ngày …" */
export function postInUse(
  post: Post,
  date: IsoDate,
  used: { readonly assignmentId: string; readonly taskTitle: string; readonly assignedOn: IsoDate },
): PostInUseError {
  return coreError(
    'POST.IN_USE',
    {
      vi: `Chức vụ ${post.title} không thể kết thúc từ ngày ${date}: nhiệm vụ "${used.taskTitle}" đã được giao bởi, cho hoặc qua chức vụ này ngày ${used.assignedOn}. Chọn ngày kết thúc sau ngày đó.`,
      en: `The post ${post.title} cannot end on ${date}: the task "${used.taskTitle}" was assigned by, to or through this post on ${used.assignedOn}. Choose an end date after that day.`,
    },
    { postId: post.id, assignmentId: used.assignmentId, assignedOn: used.assignedOn },
  );
}
