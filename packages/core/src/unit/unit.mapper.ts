import type { Level } from '../catalog/level.js';
import type { UnitKind } from '../catalog/unit-kind.js';
import type { SourceId, UnitId, UnitParentLinkId } from '../shared/ids.js';
import type { AdminUnitTable, UnitParentTable } from '../store/database.js';
import { validityFromRow } from '../store/validity.mapper.js';
import type { Unit, UnitParentLink } from './unit.js';

/** The domain form of a stored unit. */
export function unitFromRow(row: AdminUnitTable): Unit {
  return {
    id: row.id as UnitId,
    code: row.code,
    kind: row.kind as UnitKind,
    level: row.level as Level,
    name: row.name,
    fullName: row.full_name,
    validity: validityFromRow(row),
    sourceId: row.source_id as SourceId,
  };
}

/** The domain form of a stored parent link. */
export function parentLinkFromRow(row: UnitParentTable): UnitParentLink {
  return {
    id: row.id as UnitParentLinkId,
    unitId: row.unit_id as UnitId,
    parentId: row.parent_id as UnitId,
    validity: validityFromRow(row),
    sourceId: row.source_id as SourceId,
  };
}
