import type { SourceId, UnitId } from '../shared/ids.js';
import type { IsoDate } from '../time/iso-date.js';
import type { Unit } from '../unit/unit.js';

/** How a unit passed into another: `mergedInto` (the whole or part of it became part of the successor). */
export type LineageKind = 'mergedInto';

/**
 * The fact "unit X was merged into unit Y on D": X's last day is the day before D and Y is in force on D.
 * An old commune that was split has one link per new commune; a new commune formed from five old ones has
 * five links. Xã Xuân Quang (02326, until 2025-06-30) → Xã Chiêm Hóa (02287, from 2025-07-01).
 */
export interface LineageLink {
  readonly predecessorId: UnitId;
  readonly successorId: UnitId;
  /** The first day of the successor's part: the reorganization date (2025-07-01). */
  readonly onDate: IsoDate;
  readonly kind: LineageKind;
  readonly sourceId: SourceId;
}

/** A lineage link with the unit at its other end: the successor in `successorsOf`, the predecessor in `predecessorsOf`. */
export interface LineageStep {
  readonly link: LineageLink;
  readonly unit: Unit;
}
