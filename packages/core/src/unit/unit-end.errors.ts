import type { AssignmentResting } from '../assignment/assignment-basis.queries.js';
import type { LineageLevelMismatchError } from '../lineage/lineage.errors.js';
import type { Organization } from '../organization/organization.js';
import type { NotFoundError } from '../shared/common.errors.js';
import { coreError, type CoreError } from '../shared/core-error.js';
import type { IsoDate } from '../time/iso-date.js';
import { formatValidity } from '../time/validity.js';
import type { Unit } from './unit.js';

export type UnitAlreadyEndedError = CoreError<'UNIT.ALREADY_ENDED', { validTo: IsoDate | null }>;
export type UnitEndBeforeStartError = CoreError<'UNIT.END_BEFORE_START', { date: IsoDate }>;
export type UnitHasChildrenError = CoreError<'UNIT.HAS_CHILDREN', { unitIds: string[] }>;
export type UnitHasOrganizationsError = CoreError<'UNIT.HAS_ORGANIZATIONS', { organizationIds: string[] }>;
export type UnitInUseError = CoreError<'UNIT.IN_USE', { assignmentId: string; assignedOn: IsoDate }>;
export type SuccessorIsSelfError = CoreError<'UNIT.SUCCESSOR_IS_SELF', { unitId: string }>;
export type SuccessorNotInForceError = CoreError<'UNIT.SUCCESSOR_NOT_IN_FORCE', { successorId: string; date: IsoDate }>;

/** Every expected failure of `endUnit`. */
export type UnitEndError =
  | NotFoundError
  | UnitAlreadyEndedError
  | UnitEndBeforeStartError
  | UnitHasChildrenError
  | UnitHasOrganizationsError
  | UnitInUseError
  | SuccessorIsSelfError
  | SuccessorNotInForceError
  | LineageLevelMismatchError;

/** How many names a refusal lists before "and N more". */
const NAMED = 5;

function names(list: readonly string[]): { vi: string; en: string } {
  const shown = list.slice(0, NAMED).join(', ');
  const more = list.length - NAMED;
  return more > 0 ? { vi: `${shown} và ${more} nơi khác`, en: `${shown} and ${more} more` } : { vi: shown, en: shown };
}

export function unitAlreadyEnded(unit: Unit): UnitAlreadyEndedError {
  return coreError(
    'UNIT.ALREADY_ENDED',
    {
      vi: `${unit.fullName} đã không còn tồn tại từ ${unit.validity.validTo}.`,
      en: `${unit.fullName} has already ended, on ${unit.validity.validTo}.`,
    },
    { validTo: unit.validity.validTo },
  );
}

export function unitEndBeforeStart(unit: Unit, date: IsoDate): UnitEndBeforeStartError {
  return coreError(
    'UNIT.END_BEFORE_START',
    {
      vi: `${unit.fullName} không thể kết thúc ngày ${date}, không sau ngày bắt đầu tồn tại ${unit.validity.validFrom}.`,
      en: `${unit.fullName} cannot end on ${date}, not after it began on ${unit.validity.validFrom}.`,
    },
    { date },
  );
}

/** "… vẫn còn đơn vị trực thuộc …: hãy kết thúc hoặc chuyển các đơn vị đó trước." */
export function unitHasChildren(unit: Unit, date: IsoDate, children: readonly Unit[]): UnitHasChildrenError {
  const { vi, en } = names(children.map((c) => c.fullName));
  return coreError(
    'UNIT.HAS_CHILDREN',
    {
      vi: `${unit.fullName} không thể kết thúc từ ngày ${date}: vẫn còn đơn vị trực thuộc vào ngày đó hoặc sau đó (${vi}). Hãy kết thúc hoặc chuyển các đơn vị này sang đơn vị khác trước.`,
      en: `${unit.fullName} cannot end on ${date}: units are still under it on or after that day (${en}). End them or move them under another unit first.`,
    },
    { unitIds: children.map((c) => c.id) },
  );
}

/** "… vẫn còn tổ chức …: hãy kết thúc các tổ chức đó trước." */
export function unitHasOrganizations(unit: Unit, date: IsoDate, organizations: readonly Organization[]): UnitHasOrganizationsError {
  const { vi, en } = names(organizations.map((o) => o.name));
  return coreError(
    'UNIT.HAS_ORGANIZATIONS',
    {
      vi: `${unit.fullName} không thể kết thúc từ ngày ${date}: vẫn còn tổ chức hoạt động tại đơn vị vào ngày đó hoặc sau đó (${vi}). Hãy kết thúc (giải thể hoặc hợp nhất) các tổ chức này trước.`,
      en: `${unit.fullName} cannot end on ${date}: bodies are still active at it on or after that day (${en}). End them (dissolved or merged) first.`,
    },
    { organizationIds: organizations.map((o) => o.id) },
  );
}

/** A task was given with the unit as its place on or after the end date: that decision stood on the unit. */
export function unitInUse(unit: Unit, date: IsoDate, used: AssignmentResting): UnitInUseError {
  return coreError(
    'UNIT.IN_USE',
    {
      vi: `${unit.fullName} không thể kết thúc từ ngày ${date}: nhiệm vụ "${used.taskTitle}" đã được giao tại đơn vị này ngày ${used.assignedOn}. Chọn ngày kết thúc sau ngày đó.`,
      en: `${unit.fullName} cannot end on ${date}: the task "${used.taskTitle}" was assigned at this unit on ${used.assignedOn}. Choose an end date after that day.`,
    },
    { assignmentId: used.assignmentId, assignedOn: used.assignedOn },
  );
}

export function successorIsSelf(unit: Unit): SuccessorIsSelfError {
  return coreError(
    'UNIT.SUCCESSOR_IS_SELF',
    {
      vi: `${unit.fullName} không thể là đơn vị kế thừa của chính nó.`,
      en: `${unit.fullName} cannot be its own successor.`,
    },
    { unitId: unit.id },
  );
}

export function successorNotInForce(unit: Unit, successor: Unit, date: IsoDate): SuccessorNotInForceError {
  return coreError(
    'UNIT.SUCCESSOR_NOT_IN_FORCE',
    {
      vi: `${successor.fullName} ${formatValidity(successor.validity)} không thể kế thừa ${unit.fullName}: đơn vị kế thừa phải đang tồn tại vào ngày ${date}.`,
      en: `${successor.fullName} ${formatValidity(successor.validity)} cannot succeed ${unit.fullName}: a successor must exist on ${date}.`,
    },
    { successorId: successor.id, date },
  );
}
