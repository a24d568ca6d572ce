import type { NotFoundError } from '../shared/common.errors.js';
import { coreError, type CoreError } from '../shared/core-error.js';
import type { IsoDate } from '../time/iso-date.js';
import { formatValidity } from '../time/validity.js';
import type { Unit } from '../unit/unit.js';

export type LineageDatesMismatchError = CoreError<'LINEAGE.DATES_MISMATCH', { predecessorId: string; successorId: string; onDate: IsoDate }>;
export type LineageLevelMismatchError = CoreError<'LINEAGE.LEVEL_MISMATCH', { predecessorId: string; successorId: string }>;
export type NotASuccessorError = CoreError<'LINEAGE.NOT_A_SUCCESSOR', { fromUnitId: string; toUnitId: string }>;

/** Every expected failure of a lineage write. */
export type LineageWriteError = NotFoundError | LineageDatesMismatchError | LineageLevelMismatchError;

/** The predecessor must end on the day the successor takes over, and the successor be in force that day. */
export function lineageDatesMismatch(predecessor: Unit, successor: Unit, onDate: IsoDate): LineageDatesMismatchError {
  return coreError(
    'LINEAGE.DATES_MISMATCH',
    `${predecessor.fullName} ${formatValidity(predecessor.validity)} không thể sáp nhập vào ${successor.fullName} ` +
      `${formatValidity(successor.validity)} ngày ${onDate}: đơn vị cũ phải kết thúc đúng ngày đó và đơn vị mới phải đang tồn tại.`,
    { predecessorId: predecessor.id, successorId: successor.id, onDate },
  );
}

/** A commune passes into a commune, a province into a province. */
export function lineageLevelMismatch(predecessor: Unit, successor: Unit): LineageLevelMismatchError {
  return coreError(
    'LINEAGE.LEVEL_MISMATCH',
    `${predecessor.fullName} (${predecessor.level}) không thể sáp nhập vào ${successor.fullName} (${successor.level}): hai đơn vị phải cùng cấp.`,
    { predecessorId: predecessor.id, successorId: successor.id },
  );
}

/** Organizations are linked only along the lineage of their units. */
export function notASuccessor(from: Unit, to: Unit): NotASuccessorError {
  return coreError(
    'LINEAGE.NOT_A_SUCCESSOR',
    `${to.fullName} không phải đơn vị kế thừa ${from.fullName}: không có quan hệ sáp nhập nào giữa hai đơn vị.`,
    { fromUnitId: from.id, toUnitId: to.id },
  );
}
