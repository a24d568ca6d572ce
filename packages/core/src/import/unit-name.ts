import type { Level } from '../catalog/level.js';
import type { UnitKind } from '../catalog/unit-kind.js';

/** Kind words as the official lists write them, longest first so "Thành phố" wins over nothing shorter. */
const KIND_WORDS = ['thành phố', 'thị trấn', 'thị xã', 'đặc khu', 'phường', 'huyện', 'quận', 'tỉnh', 'xã'] as const;
type KindWord = (typeof KIND_WORDS)[number];

/** A full unit name read as its kind word and bare name: "Thị trấn Vĩnh Lộc" → `thị trấn` + "Vĩnh Lộc". */
export interface SplitName {
  readonly word: KindWord;
  readonly name: string;
  /** True when the list wrote the kind with an unusual capital ("Thị Trấn Mường Chà"). */
  readonly oddCase: boolean;
}

/** Splits a full name (NFC) into its kind word and bare name; `undefined` when it starts with no kind word. */
export function splitUnitName(fullName: string): SplitName | undefined {
  const lower = fullName.toLowerCase();
  const word = KIND_WORDS.find((w) => lower.startsWith(`${w} `));
  if (!word) return undefined;
  const written = fullName.slice(0, word.length);
  const usual = `${word.charAt(0).toUpperCase()}${word.slice(1)}`;
  return { word, name: fullName.slice(word.length + 1).trim(), oddCase: written !== usual };
}

/**
 * The unit kind a kind word means at a level. "Thành phố" is a centrally-run city at province level, a
 * provincial city at district level, and a city within a centrally-run city (Thủ Đức) when its province is one.
 */
export function kindOfWord(word: KindWord, level: Level, parentIsCentralCity = false): UnitKind | undefined {
  switch (level) {
    case 'province':
      return word === 'tỉnh' ? 'tinh' : word === 'thành phố' ? 'thanhPhoTrucThuocTrungUong' : undefined;
    case 'district':
      if (word === 'thành phố') return parentIsCentralCity ? 'thanhPhoThuocThanhPho' : 'thanhPhoThuocTinh';
      return word === 'huyện' ? 'huyen' : word === 'quận' ? 'quan' : word === 'thị xã' ? 'thiXa' : undefined;
    case 'commune':
      return word === 'xã'
        ? 'xa'
        : word === 'phường'
          ? 'phuong'
          : word === 'thị trấn'
            ? 'thiTran'
            : word === 'đặc khu'
              ? 'dacKhu'
              : undefined;
    case 'residentialArea':
      return undefined;
  }
}
