import { describe, expect, it } from 'vitest';
import { DATA_QUALITY_ISSUES, formatDataQuality, VIETNAMESE_LETTERS, type DataQualityCode } from '@mttq/core';
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
});
