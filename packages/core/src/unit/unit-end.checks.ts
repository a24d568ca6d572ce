import { checkLineageLevel } from '../lineage/lineage.checks.js';
import type { LineageLink } from '../lineage/lineage.js';
import { notFound } from '../shared/common.errors.js';
import { refuse } from '../shared/core-error.js';
import type { UnitId } from '../shared/ids.js';
import { holdsOn } from '../time/validity.js';
import type { UnitEndInput } from './unit-end.js';
import type { UnitEndFacts } from './unit-end.reader.js';
import {
  successorIsSelf,
  successorNotInForce,
  unitAlreadyEnded,
  unitEndBeforeStart,
  unitHasChildren,
  unitHasOrganizations,
  unitInUse,
} from './unit-end.errors.js';
import type { Unit } from './unit.js';

/** What ending a unit writes: the unit with its new end, and one lineage link per successor. */
export interface UnitEndPlan {
  readonly ended: Unit;
  readonly links: readonly LineageLink[];
}

/**
 * Decides, in memory, whether a unit may end on `input.date`, and what that writes. Refused when the unit has
 * already ended by then or had not begun; when a unit is still under it, a body still at it, or a task was
 * given there on or after the date (each named: the caller ends or moves them first); and when a successor
 * does not exist, is the unit itself, is of another level (`checkLineageLevel`, the lineage's own rule) or is
 * not in force on the date. A successor named twice is recorded once.
 */
export function checkUnitEnd(facts: UnitEndFacts, input: UnitEndInput): UnitEndPlan {
  const { unit } = facts;
  const date = input.date;
  if (unit.validity.validTo !== null && unit.validity.validTo <= date) refuse(unitAlreadyEnded(unit));
  if (unit.validity.validFrom !== null && date <= unit.validity.validFrom) refuse(unitEndBeforeStart(unit, date));
  if (facts.children.length > 0) refuse(unitHasChildren(unit, date, facts.children));
  if (facts.organizations.length > 0) refuse(unitHasOrganizations(unit, date, facts.organizations));
  if (facts.placedOnOrAfter) refuse(unitInUse(unit, date, facts.placedOnOrAfter));
  const ended: Unit = { ...unit, validity: { validFrom: unit.validity.validFrom, validTo: date } };
  const links = new Map<UnitId, LineageLink>();
  for (const { unitId, kind } of input.successors ?? []) {
    if (unitId === unit.id) refuse(successorIsSelf(unit));
    const successor = facts.successors.get(unitId) ?? refuse(notFound('UNIT.NOT_FOUND', unitId));
    checkLineageLevel(ended, successor);
    if (!holdsOn(successor.validity, date)) refuse(successorNotInForce(unit, successor, date));
    if (!links.has(successor.id)) {
      links.set(successor.id, {
        predecessorId: unit.id,
        successorId: successor.id,
        onDate: date,
        kind: kind ?? 'mergedInto',
        sourceId: input.sourceId,
      });
    }
  }
  return { ended, links: [...links.values()] };
}
