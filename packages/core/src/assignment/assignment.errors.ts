import type { DateTooFarError, NotFoundError, TextTooLongError } from '../shared/common.errors.js';
import { coreError, type CoreError } from '../shared/core-error.js';
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

export function ruleDenied(decision: AssignmentDecision & { allowed: false }, assigner: string, assignee: string, taskTitle: string): RuleDeniedError {
  const reasons = decision.preconditionFailures.length > 0 ? decision.preconditionFailures.join(' ') : 'không quy tắc nào cho phép.';
  return coreError(
    'ASSIGNMENT.RULE_DENIED',
    `${assigner} không được giao nhiệm vụ "${taskTitle}" cho ${assignee}: ${reasons} Xem giải thích theo từng quy tắc trong details.decision.trace.`,
    { decision },
  );
}

export const periodInvalid = (periodKey: string, taskTitle: string): PeriodInvalidError =>
  coreError('ASSIGNMENT.PERIOD_INVALID', `Kỳ "${periodKey}" không phải một kỳ của nhiệm vụ "${taskTitle}".`, { periodKey });

export const dueBeforeAssigned = (dueOn: IsoDate, assignedOn: IsoDate): DueBeforeAssignedError =>
  coreError('ASSIGNMENT.DUE_BEFORE_ASSIGNED', `Hạn hoàn thành ${dueOn} không thể trước ngày giao ${assignedOn}.`, { dueOn, assignedOn });

export const eventOutOfOrder = (on: IsoDate, last: IsoDate): EventOutOfOrderError =>
  coreError('ASSIGNMENT.EVENT_OUT_OF_ORDER', `Ngày ${on} không thể trước lần cập nhật gần nhất (${last}).`, { on, last });

export const emptyText = (what: string): EmptyTextError => coreError('ASSIGNMENT.EMPTY_TEXT', `${what} không được để trống.`);

export const percentInvalid = (percent: number): PercentInvalidError =>
  coreError('ASSIGNMENT.PERCENT_INVALID', `Tỷ lệ hoàn thành phải là số nguyên từ 0 đến 100 (nhận được ${percent}).`, { percent });
