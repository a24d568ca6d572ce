import type { NotFoundError } from '../shared/common.errors.js';
import { coreError, type CoreError } from '../shared/core-error.js';
import type { IsoDate } from '../time/iso-date.js';
import { LEVEL_ENGLISH, LEVEL_LABELS } from '../catalog/level.js';
import { formatValidity } from '../time/validity.js';
import type { Unit } from '../unit/unit.js';

export type LineageDatesMismatchError = CoreError<
  'LINEAGE.DATES_MISMATCH',
  { predecessorId: string; successorId: string; onDate: IsoDate }
>;
export type LineageLevelMismatchError = CoreError<'LINEAGE.LEVEL_MISMATCH', { predecessorId: string; successorId: string }>;
export type NotASuccessorError = CoreError<'LINEAGE.NOT_A_SUCCESSOR', { fromUnitId: string; toUnitId: string }>;

/** Every expected failure of a lineage write. */
export type LineageWriteError = NotFoundError | LineageDatesMismatchError | LineageLevelMismatchError;

/** The predecessor must end on the day the successor takes over, and the successor be in force that day. */
export function lineageDatesMismatch(predecessor: Unit, successor: Unit, onDate: IsoDate): LineageDatesMismatchError {
  return coreError(
    'LINEAGE.DATES_MISMATCH',
    {
      vi:
        `${predecessor.fullName} ${formatValidity(predecessor.validity)} không thể sáp nhập vào ${successor.fullName} ` +
        `${formatValidity(successor.validity)} ngày ${onDate}: đơn vị cũ phải kết thúc đúng ngày đó và đơn vị mới phải đang tồn tại.`,
      en:
        `${predecessor.fullName} ${formatValidity(predecessor.validity)} cannot merge into ${successor.fullName} ` +
        `${formatValidity(successor.validity)} on ${onDate}: the old unit must end on that very day and the new one must exist on it.`,
    },
    { predecessorId: predecessor.id, successorId: successor.id, onDate },
  );
}

/** A commune passes into a commune, a province into a province. */
export function lineageLevelMismatch(predecessor: Unit, successor: Unit): LineageLevelMismatchError {
  return coreError(
    'LINEAGE.LEVEL_MISMATCH',
    {
      vi: `${predecessor.fullName} (${LEVEL_LABELS[predecessor.level]}) không thể sáp nhập vào ${successor.fullName} (${LEVEL_LABELS[successor.level]}): hai đơn vị phải cùng cấp.`,
      en: `${predecessor.fullName} (${LEVEL_ENGLISH[predecessor.level]}) cannot merge into ${successor.fullName} (${LEVEL_ENGLISH[successor.level]}): the two units must be at the same level.`,
    },
    { predecessorId: predecessor.id, successorId: successor.id },
  );
}

/** Organizations are linked only along the lineage of their units. */
export function notASuccessor(from: Unit, to: Unit): NotASuccessorError {
  return coreError(
    'LINEAGE.NOT_A_SUCCESSOR',
    {
      vi: `${to.fullName} không phải đơn vị kế thừa ${from.fullName}: không có quan hệ sáp nhập nào giữa hai đơn vị.`,
      en: `${to.fullName} is not a successor of ${from.fullName}: no merger links the two units.`,
    },
    { fromUnitId: from.id, toUnitId: to.id },
  );
}
