import type { Level } from '../catalog/level.js';
import type { UnitKind } from '../catalog/unit-kind.js';
import type { SourceId, UnitId, UnitParentLinkId } from '../shared/ids.js';
import type { Validity } from '../time/validity.js';

/**
 * An administrative unit (tỉnh, huyện, xã…) or a residential area (thôn, tổ dân phố…). Its `code` is the
 * official one, and names a unit only together with a date: a merged unit keeps the code of its seat.
 */
export interface Unit {
  readonly id: UnitId;
  /** Official code (2 digits province, 3 district, 5 commune); `null` for residential areas. */
  readonly code: string | null;
  readonly kind: UnitKind;
  readonly level: Level;
  /** The name without its kind: "Chiêm Hóa". */
  readonly name: string;
  /** The name with its kind: "Huyện Chiêm Hóa". */
  readonly fullName: string;
  readonly validity: Validity;
  readonly sourceId: SourceId;
}

/** The fact "unit X had parent Y" over a validity. */
export interface UnitParentLink {
  readonly id: UnitParentLinkId;
  readonly unitId: UnitId;
  readonly parentId: UnitId;
  readonly validity: Validity;
  readonly sourceId: SourceId;
}

/** A unit with its children on one date. */
export interface UnitTreeNode {
  readonly unit: Unit;
  readonly children: readonly UnitTreeNode[];
}
