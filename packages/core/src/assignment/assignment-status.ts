import { coreError, type CoreError } from '../shared/core-error.js';
import { err, ok, type Result } from '../shared/result.js';
import type { IsoDate } from '../time/iso-date.js';

/** The statuses of an assignment in the order it usually moves through them. */
export const ASSIGNMENT_STATUSES = ['assigned', 'registered', 'accepted', 'inProgress', 'done', 'cancelled'] as const;

/** Where an assignment stands: given, registered for, accepted, under way, done or cancelled. */
export type AssignmentStatus = (typeof ASSIGNMENT_STATUSES)[number];

/** Vietnamese names of the statuses, for messages and screens. */
export const ASSIGNMENT_STATUS_LABELS: { readonly [S in AssignmentStatus]: string } = {
  assigned: 'Đã giao',
  registered: 'Đã đăng ký thực hiện',
  accepted: 'Đã nhận',
  inProgress: 'Đang thực hiện',
  done: 'Hoàn thành',
  cancelled: 'Đã hủy',
};

/**
 * The statuses each status may move to. Registering (a chair registering a breakthrough) and accepting are
 * optional steps before work starts; `done` and `cancelled` are final.
 */
export const ASSIGNMENT_TRANSITIONS: { readonly [S in AssignmentStatus]: readonly AssignmentStatus[] } = {
  assigned: ['registered', 'accepted', 'inProgress', 'cancelled'],
  registered: ['accepted', 'inProgress', 'cancelled'],
  accepted: ['inProgress', 'cancelled'],
  inProgress: ['done', 'cancelled'],
  done: [],
  cancelled: [],
};

/** A status change the lifecycle does not allow. */
export type TransitionNotAllowedError = CoreError<
  'ASSIGNMENT.TRANSITION_NOT_ALLOWED',
  { from: AssignmentStatus; to: AssignmentStatus; allowed: readonly AssignmentStatus[] }
>;

/** True when an assignment may move from `from` to `to`. */
export function canTransition(from: AssignmentStatus, to: AssignmentStatus): boolean {
  return ASSIGNMENT_TRANSITIONS[from].includes(to);
}

/**
 * The new status when the move is allowed, else an error naming both statuses and the allowed next ones.
 *
 * @example checkTransition('done', 'inProgress') // err: Không thể chuyển trạng thái từ "Hoàn thành" sang …
 */
export function checkTransition(from: AssignmentStatus, to: AssignmentStatus): Result<AssignmentStatus, TransitionNotAllowedError> {
  if (canTransition(from, to)) return ok(to);
  const allowed = ASSIGNMENT_TRANSITIONS[from];
  const next =
    allowed.length === 0
      ? `"${ASSIGNMENT_STATUS_LABELS[from]}" là trạng thái cuối, không chuyển sang trạng thái nào khác được.`
      : `từ "${ASSIGNMENT_STATUS_LABELS[from]}" chỉ có thể chuyển sang: ${allowed.map((s) => `"${ASSIGNMENT_STATUS_LABELS[s]}"`).join(', ')}.`;
  const nextEn =
    allowed.length === 0
      ? `"${from}" is a final status, with no move to any other.`
      : `from "${from}" the only moves are to: ${allowed.map((s) => `"${s}"`).join(', ')}.`;
  return err(
    coreError(
      'ASSIGNMENT.TRANSITION_NOT_ALLOWED',
      {
        vi: `Không thể chuyển trạng thái nhiệm vụ từ "${ASSIGNMENT_STATUS_LABELS[from]}" sang "${ASSIGNMENT_STATUS_LABELS[to]}": ${next}`,
        en: `The assignment cannot move from "${from}" to "${to}": ${nextEn}`,
      },
      { from, to, allowed },
    ),
  );
}

/** True while the assignment still has work to do (neither done nor cancelled). */
export function isOpen(status: AssignmentStatus): boolean {
  return status !== 'done' && status !== 'cancelled';
}

/** What `isOverdue` reads of an assignment. */
export interface OverdueFacts {
  /** The status as of the date asked about (the caller gives it). */
  readonly status: AssignmentStatus;
  /** The last day to finish (inclusive), or `null` for no deadline. */
  readonly dueDate: IsoDate | null;
  /** Accepted so a whole assignment can be passed; not consulted (the status already says whether it is done). */
  readonly completedOn?: IsoDate | null;
}

/**
 * True when, on `asOf`, the assignment is still open and its due date has passed (`asOf > dueDate`; the due
 * date itself is not late). A task with no due date is never overdue; a done or cancelled one neither.
 *
 * @example isOverdue({ status: 'inProgress', dueDate: isoDate('2023-06-30'), completedOn: null }, isoDate('2023-07-01')) // true
 */
export function isOverdue(facts: OverdueFacts, asOf: IsoDate): boolean {
  return facts.dueDate !== null && isOpen(facts.status) && asOf > facts.dueDate;
}
