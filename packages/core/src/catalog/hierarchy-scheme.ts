import type { IsoDate } from '../time/iso-date.js';
import { holdsOn, type Validity } from '../time/validity.js';
import type { Level } from './level.js';
import type { UnitKind } from './unit-kind.js';
import { REFORM_DATE } from './era.js';

/** One level of a scheme: the kinds of unit at that level, and the level of their parent. */
export interface SchemeLevel {
  readonly level: Level;
  readonly kinds: readonly UnitKind[];
  /** `null` for the top level. */
  readonly parentLevel: Level | null;
}

/** The levels of the hierarchy in one era, and which kinds belong to each. Data, not code. */
export interface HierarchyScheme {
  readonly key: string;
  readonly name: string;
  readonly validity: Validity;
  readonly levels: readonly SchemeLevel[];
  readonly source: string;
}

const RESIDENTIAL_KINDS: readonly UnitKind[] = ['thon', 'ban', 'lang', 'ap', 'xom', 'buon', 'soc', 'toDanPho', 'khuPho'];

/** The four-level hierarchy in force until 2025-06-30. */
export const FOUR_LEVEL_SCHEME: HierarchyScheme = {
  key: 'four-level',
  name: 'Tỉnh → huyện → xã → khu dân cư (đến 30/6/2025)',
  validity: { validFrom: null, validTo: REFORM_DATE },
  levels: [
    { level: 'province', kinds: ['tinh', 'thanhPhoTrucThuocTrungUong'], parentLevel: null },
    { level: 'district', kinds: ['huyen', 'quan', 'thiXa', 'thanhPhoThuocTinh', 'thanhPhoThuocThanhPho'], parentLevel: 'province' },
    { level: 'commune', kinds: ['xa', 'phuong', 'thiTran'], parentLevel: 'district' },
    { level: 'residentialArea', kinds: RESIDENTIAL_KINDS, parentLevel: 'commune' },
  ],
  source: 'Hiến pháp 2013, Điều 110; Quyết định 124/2004/QĐ-TTg (mã đơn vị hành chính)',
};

/** The three-level hierarchy in force from 2025-07-01: no district level. */
export const THREE_LEVEL_SCHEME: HierarchyScheme = {
  key: 'three-level',
  name: 'Tỉnh → xã → khu dân cư (từ 1/7/2025)',
  validity: { validFrom: REFORM_DATE, validTo: null },
  levels: [
    { level: 'province', kinds: ['tinh', 'thanhPhoTrucThuocTrungUong'], parentLevel: null },
    { level: 'commune', kinds: ['xa', 'phuong', 'dacKhu'], parentLevel: 'province' },
    { level: 'residentialArea', kinds: RESIDENTIAL_KINDS, parentLevel: 'commune' },
  ],
  source: 'Nghị quyết 203/2025/QH15 sửa đổi Hiến pháp; Luật Tổ chức chính quyền địa phương số 72/2025/QH15',
};

/** Both eras, in order. */
export const HIERARCHY_SCHEMES: readonly HierarchyScheme[] = [FOUR_LEVEL_SCHEME, THREE_LEVEL_SCHEME];

/** The scheme in force on `date`. */
export function schemeOn(date: IsoDate, schemes: readonly HierarchyScheme[] = HIERARCHY_SCHEMES): HierarchyScheme {
  const scheme = schemes.find((s) => holdsOn(s.validity, date));
  if (!scheme) throw new Error(`No hierarchy scheme covers ${date}`);
  return scheme;
}

/** The level a kind belongs to in a scheme, or `undefined` when the scheme has no such kind. */
export function levelOfKind(scheme: HierarchyScheme, kind: UnitKind): SchemeLevel | undefined {
  return scheme.levels.find((l) => l.kinds.includes(kind));
}

/** The levels that exist on `date`, from the top. */
export function levelsOn(date: IsoDate): readonly Level[] {
  return schemeOn(date).levels.map((l) => l.level);
}
