/**
 * Kinds of administrative unit and residential area, keyed by their Vietnamese names written without
 * diacritics; `label` is the name as written in law. Which level a kind belongs to is said by the
 * hierarchy scheme of the era, not here.
 */
export const UNIT_KINDS = {
  tinh: { label: 'tỉnh', english: 'province' },
  thanhPhoTrucThuocTrungUong: { label: 'thành phố', english: 'centrally-run city' },
  huyen: { label: 'huyện', english: 'rural district' },
  quan: { label: 'quận', english: 'urban district' },
  thiXa: { label: 'thị xã', english: 'district-level town' },
  thanhPhoThuocTinh: { label: 'thành phố', english: 'provincial city' },
  thanhPhoThuocThanhPho: { label: 'thành phố', english: 'city within a centrally-run city' },
  xa: { label: 'xã', english: 'commune' },
  phuong: { label: 'phường', english: 'ward' },
  thiTran: { label: 'thị trấn', english: 'township' },
  dacKhu: { label: 'đặc khu', english: 'special zone' },
  thon: { label: 'thôn', english: 'village' },
  ban: { label: 'bản', english: 'hamlet (ethnic minority)' },
  lang: { label: 'làng', english: 'traditional village' },
  ap: { label: 'ấp', english: 'hamlet (southern)' },
  xom: { label: 'xóm', english: 'hamlet' },
  buon: { label: 'buôn', english: 'hamlet (Central Highlands)' },
  soc: { label: 'sóc', english: 'hamlet (Khmer)' },
  toDanPho: { label: 'tổ dân phố', english: 'residential group' },
  khuPho: { label: 'khu phố', english: 'urban quarter' },
} as const satisfies Record<string, { label: string; english: string }>;

/** A kind of unit: `tinh`, `huyen`, `xa`, `thon`, `toDanPho`… */
export type UnitKind = keyof typeof UNIT_KINDS;

/** True when `raw` names a unit kind. */
export function isUnitKind(raw: string): raw is UnitKind {
  return Object.hasOwn(UNIT_KINDS, raw);
}

/** "Huyện Chiêm Hóa" from kind `huyen` and name "Chiêm Hóa". */
export function fullUnitName(kind: UnitKind, name: string): string {
  const label = UNIT_KINDS[kind].label;
  return `${label.charAt(0).toUpperCase()}${label.slice(1)} ${name}`;
}
