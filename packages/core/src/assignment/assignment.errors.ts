import type { DateTooFarError, NotFoundError, TextTooLongError } from '../shared/common.errors.js';
import { coreError, type CoreError } from '../shared/core-error.js';
import { textsOf, type Texts } from '../shared/lang.js';
import type { IsoDate } from '../time/iso-date.js';
import type { AssignmentDecision } from '../rule/assignment-decision.js';
import type { TransitionNotAllowedError } from './assignment-status.js';

/** The rules refused the assignment; `details.decision.trace` says, for each rule, why it did not match. */
export type RuleDeniedError = CoreError<'ASSIGNMENT.RULE_DENIED', { decision: AssignmentDecision }>;
export type PeriodInvalidError = CoreError<'ASSIGNMENT.PERIOD_INVALID', { periodKey: string }>;
export type DueBeforeAssignedError = CoreError<'ASSIGNMENT.DUE_BEFORE_ASSIGNED', { dueOn: IsoDate; assignedOn: IsoDate }>;
export type EventOutOfOrderError = CoreError<'ASSIGNMENT.EVENT_OUT_OF_ORDER', { on: IsoDate; last: IsoDate }>;
export type EmptyTextError = CoreError<'ASSIGNMENT.EMPTY_TEXT'>;
export type PercentInvalidError = CoreError<'ASSIGNMENT.PERCENT_INVALID', { percent: number }>;

/** Every expected failure of an assignment write. */
export type AssignmentWriteError =
  | NotFoundError
  | TextTooLongError
  | DateTooFarError
  | RuleDeniedError
  | PeriodInvalidError
  | DueBeforeAssignedError
  | EventOutOfOrderError
  | EmptyTextError
  | PercentInvalidError
  | TransitionNotAllowedError;

export function ruleDenied(
  decision: AssignmentDecision & { allowed: false },
  assigner: string,
  assignee: string,
  taskTitle: string,
): RuleDeniedError {
  const reasons = decision.preconditionFailures.length > 0 ? decision.preconditionFailures.join(' ') : 'không quy tắc nào cho phép.';
  const reasonsEn = decision.preconditionFailures.length > 0 ? decision.preconditionFailuresEn.join(' ') : 'no rule allows it.';
  return coreError(
    'ASSIGNMENT.RULE_DENIED',
    {
      vi: `${assigner} không được giao nhiệm vụ "${taskTitle}" cho ${assignee}: ${reasons} Xem giải thích theo từng quy tắc trong details.decision.trace.`,
      en: `${assigner} may not assign the task "${taskTitle}" to ${assignee}: ${reasonsEn} See the explanation rule by rule in details.decision.trace.`,
    },
    { decision },
  );
}

export const periodInvalid = (periodKey: string, taskTitle: string): PeriodInvalidError =>
  coreError(
    'ASSIGNMENT.PERIOD_INVALID',
    {
      vi: `Kỳ "${periodKey}" không phải một kỳ của nhiệm vụ "${taskTitle}".`,
      en: `"${periodKey}" is not a period of the task "${taskTitle}".`,
    },
    { periodKey },
  );

export const dueBeforeAssigned = (dueOn: IsoDate, assignedOn: IsoDate): DueBeforeAssignedError =>
  coreError(
    'ASSIGNMENT.DUE_BEFORE_ASSIGNED',
    {
      vi: `Hạn hoàn thành ${dueOn} không thể trước ngày giao ${assignedOn}.`,
      en: `The due date ${dueOn} cannot be before the assignment date ${assignedOn}.`,
    },
    { dueOn, assignedOn },
  );

export const eventOutOfOrder = (on: IsoDate, last: IsoDate): EventOutOfOrderError =>
  coreError(
    'ASSIGNMENT.EVENT_OUT_OF_ORDER',
    {
      vi: `Ngày ${on} không thể trước lần cập nhật gần nhất (${last}).`,
      en: `The date ${on} cannot be before the latest update (${last}).`,
    },
    { on, last },
  );

/** `what` names the text in both languages (`{ vi: 'Nội dung báo cáo', en: 'The report' }`). */
export const emptyText = (what: string | Texts): EmptyTextError =>
  coreError('ASSIGNMENT.EMPTY_TEXT', { vi: `${textsOf(what).vi} không được để trống.`, en: `${textsOf(what).en} must not be empty.` });

export const percentInvalid = (percent: number): PercentInvalidError =>
  coreError(
    'ASSIGNMENT.PERCENT_INVALID',
    {
      vi: `Tỷ lệ hoàn thành phải là số nguyên từ 0 đến 100 (nhận được ${percent}).`,
      en: `The percentage done must be an integer from 0 to 100 (got ${percent}).`,
    },
    { percent },
  );
