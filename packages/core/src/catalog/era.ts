import { stableId, type UnitId } from '../shared/ids.js';
import { isoDate } from '../time/iso-date.js';
import { validity } from '../time/validity.js';

/** The day the three-level hierarchy began (province → commune → residential area): the 2025 reform. */
export const REFORM_DATE = isoDate('2025-07-01');
/** Until the reform: the four-level era. */
export const BEFORE_REFORM = validity(null, REFORM_DATE);
/** From the reform on: the three-level era. */
export const FROM_REFORM = validity(REFORM_DATE, null);

/**
 * The id of a unit of the national list by its official code and era (`unit_02287-until-2025`,
 * `unit_02287-from-2025`): a code names different units in the two eras, so the era is part of the id.
 *
 * @example
 * unitIdFrom('02287'); // Xã Chiêm Hóa from 2025-07-01
 */
export const unitIdBefore = (code: string) => stableId<UnitId>('unit', `${code}-until-2025`);
export const unitIdFrom = (code: string) => stableId<UnitId>('unit', `${code}-from-2025`);
