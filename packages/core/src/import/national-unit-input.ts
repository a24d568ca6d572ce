import type { UnitId } from '../shared/ids.js';
import type { UnitInput } from '../unit/unit.repository.js';

/** A unit of the national import: always with its id (`unit_<code>-until-2025`, `unit_<code>-from-2025`) and code. */
export type NationalUnitInput = UnitInput & { readonly id: UnitId; readonly code: string };
