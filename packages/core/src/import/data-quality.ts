import { DEFAULT_LANG, textsOf, type Lang, type Texts } from '../shared/lang.js';
import { DATA_QUALITY_ISSUES, type DataQualityCode } from './data-quality.catalog.js';

export { DATA_QUALITY_ISSUES, type DataQualityCode, type DataQualityIssueKind } from './data-quality.catalog.js';

/** One kind of anomaly found in the data, with how many rows it touches and a few of them. */
export interface DataQualityIssue {
  readonly code: DataQualityCode;
  /** The summary in English (kept for callers that read it); `summaryTexts` has both languages. */
  readonly summary: string;
  /** What the import did, in English (kept for callers that read it); `handlingTexts` has both languages. */
  readonly handling: string;
  readonly summaryTexts: Texts;
  readonly handlingTexts: Texts;
  readonly count: number;
  /** How the rows divide (`matchedByName`, `noLineage`…), when they do. */
  readonly breakdown: Readonly<Record<string, number>>;
  /** The examples in English (kept for callers that read them); `exampleTexts` has both languages. */
  readonly examples: readonly string[];
  /** A few of the rows, each in both languages: codes, names and numbers are the same in both. */
  readonly exampleTexts: readonly Texts[];
}

/** Every issue kind, in a fixed order, including those with no rows: "0" is an answer too. */
export type DataQualityReport = readonly DataQualityIssue[];

const EXAMPLES = 5;

/** Collects anomalies while the data is read: one `note` per row, with the part of the breakdown it falls in. */
export class DataQualityLog {
  private readonly found = new Map<DataQualityCode, { count: number; breakdown: Record<string, number>; examples: Texts[] }>();

  /** Records one anomalous row; the example is a name (the same in both languages) or a phrase in both. */
  note(code: DataQualityCode, example: string | Texts, part?: string): void {
    const entry = this.found.get(code) ?? { count: 0, breakdown: {}, examples: [] };
    entry.count += 1;
    if (part !== undefined) entry.breakdown[part] = (entry.breakdown[part] ?? 0) + 1;
    if (entry.examples.length < EXAMPLES || 'listsEvery' in DATA_QUALITY_ISSUES[code]) entry.examples.push(textsOf(example));
    this.found.set(code, entry);
  }

  /** The report: every issue kind, in the catalog's order. */
  report(): DataQualityReport {
    return (Object.keys(DATA_QUALITY_ISSUES) as DataQualityCode[]).map((code) => {
      const entry = this.found.get(code);
      const { summary, handling } = DATA_QUALITY_ISSUES[code];
      return {
        code,
        summary: summary.en,
        handling: handling.en,
        summaryTexts: summary,
        handlingTexts: handling,
        count: entry?.count ?? 0,
        breakdown: entry?.breakdown ?? {},
        examples: (entry?.examples ?? []).map((e) => e.en),
        exampleTexts: entry?.examples ?? [],
      };
    });
  }
}

const FOR_EXAMPLE: Texts = { vi: 'vd.', en: 'e.g.' };

/**
 * The report as plain text for a terminal, in one language (Vietnamese unless asked): one block per issue with
 * rows and its examples, then the issue kinds found clean. Codes, breakdown keys and the examples' names stay as they
 * are.
 */
export function formatDataQuality(report: DataQualityReport, lang: Lang = DEFAULT_LANG): string {
  const lines: string[] = [];
  for (const issue of report.filter((i) => i.count > 0)) {
    const parts = Object.entries(issue.breakdown).map(([k, n]) => `${k} ${n}`);
    lines.push(
      `${String(issue.count).padStart(6)}  ${issue.code}: ${issue.summaryTexts[lang]}${parts.length ? ` (${parts.join(', ')})` : ''}`,
    );
    lines.push(`        → ${issue.handlingTexts[lang]}`);
    for (const example of issue.exampleTexts) lines.push(`          ${FOR_EXAMPLE[lang]} ${example[lang]}`);
  }
  const clean = report.filter((i) => i.count === 0).map((i) => i.code);
  if (clean.length > 0) lines.push(`     0  ${clean.join(', ')}`);
  return lines.join('\n');
}
