import { refuse } from '../shared/core-error.js';
import type { Unit } from '../unit/unit.js';
import { lineageLevelMismatch } from './lineage.errors.js';

/**
 * A unit passes only into a unit of its own level: a commune into a commune, a province into a province. A
 * successor in force on the link's date is of a level that date's hierarchy scheme has (`levelFor` keeps
 * every unit's level in each era it spans), so a district ended with the 2025 reform can have no successor
 * at all: the communes below it carry it on (`whatBecameOf`). `addLineageLinks` and `endUnit` both check here.
 */
export function checkLineageLevel(predecessor: Unit, successor: Unit): void {
  if (predecessor.level !== successor.level) refuse(lineageLevelMismatch(predecessor, successor));
}
