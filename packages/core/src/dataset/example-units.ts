import { BEFORE_REFORM, FROM_REFORM, unitIdBefore, unitIdFrom } from '../catalog/era.js';
import type { UnitKind } from '../catalog/unit-kind.js';
import { stableId, type UnitId } from '../shared/ids.js';
import { unwrap } from '../shared/result.js';
import type { Db } from '../store/database.js';
import { createUnits, type UnitInput } from '../unit/unit.repository.js';
import { EXAMPLE_SOURCES } from './example-sources.js';
import { tuyenQuangPost2025, tuyenQuangPre2025 } from './tuyen-quang.units.js';

// The era constants live in the catalog (the national import needs them too); the dataset's modules take them from here.
export { REFORM_DATE, BEFORE_REFORM, FROM_REFORM, unitIdBefore, unitIdFrom } from '../catalog/era.js';

/** Synthetic residential areas: one pre-2025 commune each, and the commune they belong to from 2025. */
export const SYNTHETIC_AREAS = [
  { key: 'minh-hoa-tdp-1', kind: 'toDanPho', name: 'Minh Họa 1', before: '02287', after: '02287' },
  { key: 'minh-hoa-tdp-2', kind: 'toDanPho', name: 'Minh Họa 2', before: '02287', after: '02287' },
  { key: 'minh-hoa-thon-3', kind: 'thon', name: 'Minh Họa 3', before: '02326', after: '02287' },
] as const;

export const areaId = (key: string) => stableId<UnitId>('unit', key);

const DISTRICT_KINDS: Record<string, UnitKind> = { huyện: 'huyen', 'thành phố': 'thanhPhoThuocTinh', 'thị xã': 'thiXa', quận: 'quan' };
const COMMUNE_KINDS: Record<string, UnitKind> = { xã: 'xa', phường: 'phuong', 'thị trấn': 'thiTran', 'đặc khu': 'dacKhu' };
const PROVINCE_KINDS: Record<string, UnitKind> = { tỉnh: 'tinh', 'thành phố': 'thanhPhoTrucThuocTrungUong' };

function kindOf(table: Record<string, UnitKind>, label: string): UnitKind {
  const kind = table[label];
  if (!kind) throw new Error(`Unknown unit kind in the dataset: ${label}`);
  return kind;
}

/**
 * Tuyên Quang in both eras: the province with its districts and Chiêm Hóa's communes until 2025-06-30;
 * the province and the communes formed from Chiêm Hóa's from 2025-07-01; synthetic residential areas that
 * live through the reform under a new commune.
 */
export async function loadExampleUnits(trx: Db): Promise<void> {
  const { unitsBefore2025: pre, unitsFrom2025: post, synthetic } = EXAMPLE_SOURCES;
  const p = tuyenQuangPre2025.province;
  const inputs: UnitInput[] = [
    {
      id: unitIdBefore(p.code),
      code: p.code,
      kind: kindOf(PROVINCE_KINDS, p.kind),
      name: p.name,
      validity: BEFORE_REFORM,
      sourceId: pre.id,
    },
  ];
  for (const d of tuyenQuangPre2025.districts) {
    inputs.push({
      id: unitIdBefore(d.code),
      code: d.code,
      kind: kindOf(DISTRICT_KINDS, d.kind),
      name: d.name,
      validity: BEFORE_REFORM,
      parents: [{ parentId: unitIdBefore(p.code) }],
      sourceId: pre.id,
    });
  }
  for (const c of tuyenQuangPre2025.chiemHoaCommunes) {
    inputs.push({
      id: unitIdBefore(c.code),
      code: c.code,
      kind: kindOf(COMMUNE_KINDS, c.kind),
      name: c.name,
      validity: BEFORE_REFORM,
      parents: [{ parentId: unitIdBefore(CHIEM_HOA_DISTRICT_CODE) }],
      sourceId: pre.id,
    });
  }
  const np = tuyenQuangPost2025.province;
  inputs.push({
    id: unitIdFrom(np.code),
    code: np.code,
    kind: kindOf(PROVINCE_KINDS, np.kind),
    name: np.name,
    validity: FROM_REFORM,
    sourceId: post.id,
  });
  for (const c of tuyenQuangPost2025.communesFromChiemHoa) {
    inputs.push({
      id: unitIdFrom(c.code),
      code: c.code,
      kind: kindOf(COMMUNE_KINDS, c.kind),
      name: c.name,
      validity: FROM_REFORM,
      parents: [{ parentId: unitIdFrom(np.code) }],
      sourceId: post.id,
    });
  }
  for (const a of SYNTHETIC_AREAS) {
    inputs.push({
      id: areaId(a.key),
      kind: a.kind,
      name: a.name,
      parents: [
        { parentId: unitIdBefore(a.before), validity: BEFORE_REFORM },
        { parentId: unitIdFrom(a.after), validity: FROM_REFORM },
      ],
      sourceId: synthetic.id,
    });
  }
  // Units already present (loaded by the national importer, which uses the same ids) are kept as they are.
  const existing = new Set(
    (
      await trx
        .selectFrom('admin_unit')
        .select('id')
        .where(
          'id',
          'in',
          inputs.map((i) => i.id!),
        )
        .execute()
    ).map((r) => r.id),
  );
  unwrap(
    await createUnits(
      trx,
      inputs.filter((i) => !existing.has(i.id!)),
    ),
  );
}

/** Huyện Chiêm Hóa's code. */
export const CHIEM_HOA_DISTRICT_CODE = '073';
