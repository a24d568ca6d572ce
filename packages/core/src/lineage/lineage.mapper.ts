import type { SourceId, UnitId } from '../shared/ids.js';
import type { UnitLineageTable } from '../store/database.js';
import type { IsoDate } from '../time/iso-date.js';
import type { LineageLink } from './lineage.js';

/** The domain form of a stored lineage link. */
export function lineageLinkFromRow(row: UnitLineageTable): LineageLink {
  return {
    predecessorId: row.predecessor_id as UnitId,
    successorId: row.successor_id as UnitId,
    onDate: row.on_date as IsoDate,
    kind: row.kind,
    sourceId: row.source_id as SourceId,
  };
}

/** The stored form of a lineage link. */
export function lineageLinkToRow(link: LineageLink): UnitLineageTable {
  return {
    predecessor_id: link.predecessorId,
    successor_id: link.successorId,
    on_date: link.onDate,
    kind: link.kind,
    source_id: link.sourceId,
  };
}
