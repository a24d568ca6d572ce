import type { Lang, Texts } from '../shared/lang.js';

/** The words the data-quality examples name a unit's level with, in both languages. */
export const LEVEL_WORDS = {
  province: { vi: 'tỉnh', en: 'province' },
  district: { vi: 'huyện', en: 'district' },
  commune: { vi: 'xã', en: 'commune' },
  // The 2025 `wards` table holds every commune-level unit (xã, phường, đặc khu), not only wards.
  ward: { vi: 'đơn vị cấp xã', en: 'ward' },
} as const satisfies Record<string, Texts>;

/** The tables of both packages as the examples name them; the breakdown keeps the English name as its key. */
export const TABLE_WORDS: Readonly<Record<string, Texts>> = {
  'provinces (pre-2025)': { vi: 'tỉnh (trước 2025)', en: 'provinces (pre-2025)' },
  'districts (pre-2025)': { vi: 'huyện (trước 2025)', en: 'districts (pre-2025)' },
  'communes (pre-2025)': { vi: 'xã (trước 2025)', en: 'communes (pre-2025)' },
  'provinces (2025)': { vi: 'tỉnh (2025)', en: 'provinces (2025)' },
  'wards (2025)': { vi: 'đơn vị cấp xã (2025)', en: 'wards (2025)' },
};

/** A table's name in both languages: one the list does not know stays as it is. */
export const tableWords = (table: string): Texts => TABLE_WORDS[table] ?? { vi: table, en: table };

/** One example built the same way in both languages from the words of each: `inBoth((l) => \`${LEVEL_WORDS.commune[l]} 00001\`)`. */
export function inBoth(build: (lang: Lang) => string): Texts {
  return { vi: build('vi'), en: build('en') };
}

/** The example of a unit left out because its parent was: `huyện 001 Ba Đình: tỉnh 01 không được nhập`. */
export function parentNotImported(
  level: keyof typeof LEVEL_WORDS,
  code: string,
  name: string,
  parentLevel: keyof typeof LEVEL_WORDS,
  parentCode: string,
): Texts {
  return {
    vi: `${LEVEL_WORDS[level].vi} ${code} ${name}: ${LEVEL_WORDS[parentLevel].vi} ${parentCode} không được nhập`,
    en: `${LEVEL_WORDS[level].en} ${code} ${name}: ${LEVEL_WORDS[parentLevel].en} ${parentCode} not imported`,
  };
}
