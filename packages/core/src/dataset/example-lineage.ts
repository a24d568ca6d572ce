import { addLineageLinks, type LineageLinkInput } from '../lineage/lineage.repository.js';
import { linkSuccessorOrganizations } from '../lineage/successor-organizations.js';
import { unwrap } from '../shared/result.js';
import type { Db } from '../store/database.js';
import { EXAMPLE_SOURCES } from './example-sources.js';
import { REFORM_DATE, unitIdBefore, unitIdFrom } from './example-units.js';
import { tuyenQuangPost2025, tuyenQuangPre2025 } from './tuyen-quang.units.js';

/**
 * The lineage of the example dataset's units, from the same ward_mappings rows the national import reads:
 * Chiêm Hóa's 24 communes into the ten communes formed from them, and old Tỉnh Tuyên Quang into the new one.
 * The bodies of each old unit that ended on 2025-06-30 are then linked to those of the same type at its
 * successor (the old province's Hội Nông dân into the new one's); bodies with no counterpart (the district's,
 * the old province's Ban Thường vụ Tỉnh đoàn) are left without a successor.
 * `loadExampleDataset` records it; recording it twice, or after the national import, changes nothing.
 */
export async function loadExampleLineage(db: Db): Promise<void> {
  const sourceId = EXAMPLE_SOURCES.unitsFrom2025.id;
  const links: LineageLinkInput[] = [
    {
      predecessorId: unitIdBefore(tuyenQuangPre2025.province.code),
      successorId: unitIdFrom(tuyenQuangPost2025.province.code),
      onDate: REFORM_DATE,
      sourceId,
    },
  ];
  for (const commune of tuyenQuangPost2025.communesFromChiemHoa) {
    for (const old of commune.formedFrom)
      links.push({ predecessorId: unitIdBefore(old), successorId: unitIdFrom(commune.code), onDate: REFORM_DATE, sourceId });
  }
  unwrap(await addLineageLinks(db, links));
  for (const link of links) unwrap(await linkSuccessorOrganizations(db, { fromUnitId: link.predecessorId, toUnitId: link.successorId }));
}
