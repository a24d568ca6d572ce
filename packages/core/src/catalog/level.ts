/** The levels of the hierarchy, from the top. Which of them exist at a date is said by the hierarchy scheme. */
export const LEVELS = ['province', 'district', 'commune', 'residentialArea'] as const;

/** A level of the hierarchy: `province`, `district` (until 2025-06-30), `commune`, `residentialArea`. */
export type Level = (typeof LEVELS)[number];

/** Vietnamese names of the levels, for messages. */
export const LEVEL_LABELS: { readonly [L in Level]: string } = {
  province: 'cấp tỉnh',
  district: 'cấp huyện',
  commune: 'cấp xã',
  residentialArea: 'khu dân cư',
};

/** English names of the levels, for messages in English. */
export const LEVEL_ENGLISH: { readonly [L in Level]: string } = {
  province: 'province level',
  district: 'district level',
  commune: 'commune level',
  residentialArea: 'residential area',
};

/** True when `raw` names a level. */
export function isLevel(raw: string): raw is Level {
  return (LEVELS as readonly string[]).includes(raw);
}
