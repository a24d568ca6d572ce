import type { LineageKind, LineageLink } from '../lineage/lineage.js';
import type { SourceId, UnitId } from '../shared/ids.js';
import type { IsoDate } from '../time/iso-date.js';
import type { Unit } from './unit.js';

/** A unit that carries on an ended one: `kind` says how (`mergedInto`, the only kind the lineage knows today). */
export interface UnitSuccessorInput {
  readonly unitId: UnitId;
  /** Defaults to `mergedInto`: the whole or a part of the ended unit became (part of) the successor. */
  readonly kind?: LineageKind;
}

/**
 * The end of a unit: `date` is the first day it no longer exists (its last day is the day before, as for
 * `endOrganization` and `endPost`). Each successor is recorded as a lineage link on `date`, under `sourceId`
 * (the decision that ended it). Successors may be none: a unit that simply disappears is rare but real, and
 * then no link is recorded.
 */
export interface UnitEndInput {
  readonly unitId: UnitId;
  readonly date: IsoDate;
  readonly successors?: readonly UnitSuccessorInput[];
  readonly sourceId: SourceId;
}

/** What `endUnit` did: the unit as it is now stored, and the lineage links recorded from it. */
export interface UnitEnd {
  readonly unit: Unit;
  readonly successors: readonly LineageLink[];
}
