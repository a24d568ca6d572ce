import { readFileSync } from 'node:fs';

/** A commune of the official list as published: its code, full name and province. */
export interface OfficialCommuneRecord {
  readonly Code: string;
  readonly FullName: string;
  readonly ProvinceCode: string;
}

/** A province of the official list, with its communes. */
export interface OfficialProvinceRecord {
  readonly Code: string;
  readonly FullName: string;
  readonly Wards: readonly OfficialCommuneRecord[];
}

/** The second, independent list of post-2025 units the import checks the packages against; the sources cite it. */
export const OFFICIAL_UNITS = {
  name: 'gso-units-2026',
  title: 'Danh mục đơn vị hành chính của Tổng cục Thống kê (34 tỉnh, 3.321 xã), bản 2026-07-25',
  generated: '2026-07-25',
  license: 'MIT',
  upstream: 'thanglequoc/vietnamese-provinces-database, json/vn_only_simplified_json_generated_data_vn_units_2026-07-25__20_49_07.json',
  /** Where it is vendored in this repository, with its LICENSE and README. */
  path: 'packages/core/reference-data/gso-units-2026/units.json',
} as const;

const DIR = new URL('../../reference-data/gso-units-2026/', import.meta.url);

/**
 * Reads the vendored official list (packages/core/reference-data/gso-units-2026). Throws when its file or its MIT licence
 * notice is missing: the import must not run on a list it cannot cite.
 */
export function readOfficialUnits(): readonly OfficialProvinceRecord[] {
  const licence = readFileSync(new URL('LICENSE', DIR), 'utf8');
  if (!licence.startsWith('MIT License'))
    throw new Error(`${OFFICIAL_UNITS.path}: LICENSE is not the MIT licence the import was written for`);
  return JSON.parse(readFileSync(new URL('units.json', DIR), 'utf8')) as OfficialProvinceRecord[];
}
