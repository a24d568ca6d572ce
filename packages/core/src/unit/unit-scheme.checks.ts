import { HIERARCHY_SCHEMES, levelOfKind } from '../catalog/hierarchy-scheme.js';
import type { Level } from '../catalog/level.js';
import type { UnitKind } from '../catalog/unit-kind.js';
import { invalidRange } from '../shared/common.errors.js';
import { refuse } from '../shared/core-error.js';
import { covers, intersect, isProperRange, overlaps, type Validity } from '../time/validity.js';
import type { Unit } from './unit.js';
import { kindNotInScheme, parentLevelMismatch, parentLinkOutsideValidity } from './unit.errors.js';

/** The level of a kind over a validity, from the hierarchy schemes; refused when some era it spans has no such kind. */
export function levelFor(kind: UnitKind, validity: Validity): Level {
  let level: Level | undefined;
  for (const scheme of HIERARCHY_SCHEMES) {
    if (!overlaps(scheme.validity, validity)) continue;
    const schemeLevel = levelOfKind(scheme, kind);
    if (!schemeLevel || (level !== undefined && level !== schemeLevel.level)) refuse(kindNotInScheme(kind, scheme, validity));
    level = schemeLevel.level;
  }
  if (level === undefined) throw new Error('The hierarchy schemes leave a gap in time');
  return level;
}

/**
 * Refuses a parent link whose range is empty, that outlives either unit, or whose parent is not on the
 * level each era it spans puts above the unit's kind.
 */
export function checkParentLink(unit: Unit, parent: Unit, validity: Validity): void {
  if (!isProperRange(validity))
    refuse(invalidRange({ vi: `quan hệ cấp trên của ${unit.fullName}`, en: `the parent link of ${unit.fullName}` }, validity));
  if (!covers(unit.validity, validity) || !covers(parent.validity, validity))
    refuse(parentLinkOutsideValidity(unit.fullName, parent.fullName, validity));
  for (const scheme of HIERARCHY_SCHEMES) {
    const days = intersect(scheme.validity, validity);
    if (!days) continue;
    const expected = levelOfKind(scheme, unit.kind)?.parentLevel ?? null;
    if (expected !== parent.level) refuse(parentLevelMismatch(unit, parent, expected, days));
  }
}
