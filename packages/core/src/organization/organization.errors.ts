import { LEVEL_ENGLISH, LEVEL_LABELS, type Level } from '../catalog/level.js';
import type { OrganizationCatalog } from '../catalog/organization-catalog.js';
import { ORGANIZATION_TYPES, type OrganizationType } from '../catalog/organization-type.js';
import type { InvalidRangeError, NotFoundError, TextTooLongError } from '../shared/common.errors.js';
import { coreError, type CoreError } from '../shared/core-error.js';
import type { IsoDate } from '../time/iso-date.js';
import { formatValidity, type Validity } from '../time/validity.js';
import type { Unit } from '../unit/unit.js';
import type { Organization } from './organization.js';

/** `catalog` is the key of the era's catalog whose rule refused the write (`until-2025`, `from-2025`). */
export type TypeNotAllowedAtLevelError = CoreError<
  'ORGANIZATION.TYPE_NOT_ALLOWED_AT_LEVEL',
  { type: OrganizationType; level: Level; catalog: string }
>;
export type ParentRequiredError = CoreError<'ORGANIZATION.PARENT_REQUIRED', { type: OrganizationType; catalog: string }>;
export type ParentTypeNotAllowedError = CoreError<
  'ORGANIZATION.PARENT_TYPE_NOT_ALLOWED',
  { type: OrganizationType; parentType: OrganizationType; catalog: string }
>;
export type ParentElsewhereError = CoreError<'ORGANIZATION.PARENT_ELSEWHERE', { parentId: string }>;
export type OutsideUnitValidityError = CoreError<'ORGANIZATION.OUTSIDE_UNIT_VALIDITY', { validity: Validity }>;
export type OutsideParentValidityError = CoreError<'ORGANIZATION.OUTSIDE_PARENT_VALIDITY', { validity: Validity }>;
export type AlreadyEndedError = CoreError<'ORGANIZATION.ALREADY_ENDED', { validTo: IsoDate | null }>;
export type EndBeforeStartError = CoreError<'ORGANIZATION.END_BEFORE_START', { date: IsoDate }>;
export type MergedIntoInvalidError = CoreError<'ORGANIZATION.MERGED_INTO_INVALID', { successorId: string }>;

/** Every expected failure of an organization write. */
/** The body cannot end on that day: a task was given by or to it (or one of its sub-bodies or posts) on or after it. */
export type OrganizationInUseError = CoreError<
  'ORGANIZATION.IN_USE',
  { organizationId: string; assignmentId: string; assignedOn: IsoDate }
>;

export type OrganizationWriteError =
  | InvalidRangeError
  | NotFoundError
  | TypeNotAllowedAtLevelError
  | ParentRequiredError
  | ParentTypeNotAllowedError
  | ParentElsewhereError
  | OutsideUnitValidityError
  | OutsideParentValidityError
  | AlreadyEndedError
  | EndBeforeStartError
  | MergedIntoInvalidError
  | OrganizationInUseError
  | TextTooLongError;

const typeLabel = (type: OrganizationType) => ORGANIZATION_TYPES[type].label;
const typeEnglish = (type: OrganizationType) => ORGANIZATION_TYPES[type].english;

/** The catalog named in English, by its key (its Vietnamese name and legal source are in Vietnamese only). */
const catalogEnglish = (catalog: OrganizationCatalog) =>
  catalog.key === 'until-2025'
    ? 'the catalog of organizations until 2025-06-30'
    : catalog.key === 'from-2025'
      ? 'the catalog of organizations from 2025-07-01'
      : `the catalog of organizations "${catalog.key}"`;

/** "Không thể lập Ban Dân vận tại …: theo Danh mục tổ chức từ 1/7/2025, loại tổ chức này không còn / chỉ có ở …" */
export function typeNotAllowedAtLevel(type: OrganizationType, unit: Unit, catalog: OrganizationCatalog): TypeNotAllowedAtLevelError {
  const levels = catalog.types[type]?.levels.map((l) => LEVEL_LABELS[l]).join(', ');
  const levelsEn = catalog.types[type]?.levels.map((l) => LEVEL_ENGLISH[l]).join(', ');
  const where = levels ? `loại tổ chức này chỉ có ở ${levels}` : 'loại tổ chức này không có trong danh mục';
  const whereEn = levelsEn ? `this type of body exists only at ${levelsEn}` : 'this type of body is not in the catalog';
  return coreError(
    'ORGANIZATION.TYPE_NOT_ALLOWED_AT_LEVEL',
    {
      vi: `Không thể lập ${typeLabel(type)} tại ${unit.fullName} (${LEVEL_LABELS[unit.level]}): theo ${catalog.name.charAt(0).toLowerCase()}${catalog.name.slice(1)}, ${where} (${catalog.source}).`,
      en: `Cannot set up a ${typeEnglish(type)} at ${unit.fullName} (${LEVEL_ENGLISH[unit.level]}): under ${catalogEnglish(catalog)}, ${whereEn}.`,
    },
    { type, level: unit.level, catalog: catalog.key },
  );
}

export function parentRequired(type: OrganizationType, catalog: OrganizationCatalog): ParentRequiredError {
  const parents = catalog.types[type]?.parentTypes ?? [];
  return coreError(
    'ORGANIZATION.PARENT_REQUIRED',
    {
      vi: `${typeLabel(type)} phải thuộc một tổ chức: ${parents.map(typeLabel).join(' hoặc ')}.`,
      en: `A ${typeEnglish(type)} must belong to a body: ${parents.map(typeEnglish).join(' or ')}.`,
    },
    { type, catalog: catalog.key },
  );
}

/** "Hội Nông dân không thể thuộc … : theo danh mục tổ chức đến 30/6/2025, …" — the era and its legal basis say why. */
export function parentTypeNotAllowed(
  type: OrganizationType,
  parent: Organization,
  catalog: OrganizationCatalog,
): ParentTypeNotAllowedError {
  const parents = catalog.types[type]?.parentTypes ?? [];
  const rule =
    parents.length > 0
      ? `${typeLabel(type)} chỉ có thể thuộc ${parents.map(typeLabel).join(' hoặc ')}`
      : `${typeLabel(type)} không thuộc tổ chức nào`;
  const ruleEn =
    parents.length > 0
      ? `a ${typeEnglish(type)} can only belong to a ${parents.map(typeEnglish).join(' or ')}`
      : `a ${typeEnglish(type)} belongs to no body`;
  return coreError(
    'ORGANIZATION.PARENT_TYPE_NOT_ALLOWED',
    {
      vi: `${typeLabel(type)} không thể thuộc ${parent.name} (${typeLabel(parent.type)}): theo ${catalog.name.charAt(0).toLowerCase()}${catalog.name.slice(1)}, ${rule} (${catalog.source}).`,
      en: `A ${typeEnglish(type)} cannot belong to ${parent.name} (${typeEnglish(parent.type)}): under ${catalogEnglish(catalog)}, ${ruleEn}.`,
    },
    { type, parentType: parent.type, catalog: catalog.key },
  );
}

export function parentElsewhere(type: OrganizationType, unit: Unit, parent: Organization): ParentElsewhereError {
  return coreError(
    'ORGANIZATION.PARENT_ELSEWHERE',
    {
      vi: `${typeLabel(type)} tại ${unit.fullName} chỉ có thể thuộc một tổ chức ở chính đơn vị này hoặc ở đơn vị trực tiếp cấp trên; ${parent.name} không ở đó.`,
      en: `${typeEnglish(type)} at ${unit.fullName} can only belong to a body at this unit or at the unit directly above it; ${parent.name} is not there.`,
    },
    { parentId: parent.id },
  );
}

export function outsideUnitValidity(name: string, unit: Unit, validity: Validity): OutsideUnitValidityError {
  return coreError(
    'ORGANIZATION.OUTSIDE_UNIT_VALIDITY',
    {
      vi: `${name} ${formatValidity(validity)} không thể tồn tại ngoài thời gian tồn tại của ${unit.fullName} ${formatValidity(unit.validity)}.`,
      en: `${name} ${formatValidity(validity)} cannot exist outside the existence of ${unit.fullName} ${formatValidity(unit.validity)}.`,
    },
    { validity },
  );
}

export function outsideParentValidity(name: string, parent: Organization, validity: Validity): OutsideParentValidityError {
  return coreError(
    'ORGANIZATION.OUTSIDE_PARENT_VALIDITY',
    {
      vi: `${name} ${formatValidity(validity)} không thể tồn tại ngoài thời gian tồn tại của ${parent.name} ${formatValidity(parent.validity)}.`,
      en: `${name} ${formatValidity(validity)} cannot exist outside the existence of ${parent.name} ${formatValidity(parent.validity)}.`,
    },
    { validity },
  );
}

export function alreadyEnded(org: Organization): AlreadyEndedError {
  return coreError(
    'ORGANIZATION.ALREADY_ENDED',
    {
      vi: `${org.name} đã kết thúc hoạt động từ ${org.validity.validTo}.`,
      en: `${org.name} has already ended, on ${org.validity.validTo}.`,
    },
    { validTo: org.validity.validTo },
  );
}

export function endBeforeStart(org: Organization, date: IsoDate): EndBeforeStartError {
  return coreError(
    'ORGANIZATION.END_BEFORE_START',
    {
      vi: `${org.name} không thể kết thúc ngày ${date}, trước ngày thành lập ${org.validity.validFrom}.`,
      en: `${org.name} cannot end on ${date}, before it was founded on ${org.validity.validFrom}.`,
    },
    { date },
  );
}

export function mergedIntoInvalid(org: Organization, successor: Organization, date: IsoDate): MergedIntoInvalidError {
  return coreError(
    'ORGANIZATION.MERGED_INTO_INVALID',
    {
      vi: `${org.name} không thể hợp nhất vào ${successor.name}: tổ chức tiếp nhận phải khác tổ chức cũ và đang hoạt động vào ngày ${date}.`,
      en: `${org.name} cannot merge into ${successor.name}: the receiving body must be another body, active on ${date}.`,
    },
    { successorId: successor.id },
  );
}

/** "… không thể kết thúc từ ngày …: nhiệm vụ … đã được giao … ngày …" */
export function organizationInUse(
  org: Organization,
  date: IsoDate,
  used: { readonly assignmentId: string; readonly taskTitle: string; readonly assignedOn: IsoDate },
): OrganizationInUseError {
  return coreError(
    'ORGANIZATION.IN_USE',
    {
      vi:
        `${org.name} không thể kết thúc từ ngày ${date}: nhiệm vụ "${used.taskTitle}" đã được giao bởi hoặc cho tổ chức này (hay một tổ chức, ` +
        `chức vụ trực thuộc) ngày ${used.assignedOn}. Chọn ngày kết thúc sau ngày đó.`,
      en:
        `${org.name} cannot end on ${date}: the task "${used.taskTitle}" was assigned by or to this body (or a body or post under it) ` +
        `on ${used.assignedOn}. Choose an end date after that day.`,
    },
    { organizationId: org.id, assignmentId: used.assignmentId, assignedOn: used.assignedOn },
  );
}
