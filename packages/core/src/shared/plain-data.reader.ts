import { parseIsoDate, type IsoDate } from '../time/iso-date.js';
import { isProperRange, type Validity } from '../time/validity.js';
import type { Texts } from './lang.js';

/**
 * Reads plain data (parsed JSON or YAML) field by field and collects problems, each naming its path, written
 * in both languages: shared by the rule pack, the rule test file and the Popolo document readers.
 */
export class PlainDataReader {
  /** Every problem in both languages, in the order found. */
  readonly problemTexts: Texts[] = [];
  /** Every problem in Vietnamese. */
  readonly problems: string[] = [];

  problem(path: string, message: Texts): undefined {
    const texts = { vi: `${path || '(gốc)'}: ${message.vi}.`, en: `${path || '(root)'}: ${message.en}.` };
    this.problemTexts.push(texts);
    this.problems.push(texts.vi);
    return undefined;
  }

  /**
   * An object with only the given fields (`null`: any); an unknown field is a problem, since a misspelled
   * optional field would otherwise be silently ignored.
   */
  object(value: unknown, path: string, fields: readonly string[] | null): Record<string, unknown> | undefined {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      return this.problem(path, {
        vi: `phải là một đối tượng${fields ? ` (các trường: ${fields.join(', ')})` : ''}`,
        en: `must be an object${fields ? ` (fields: ${fields.join(', ')})` : ''}`,
      });
    }
    const known = fields ?? Object.keys(value);
    for (const key of Object.keys(value)) {
      if (!known.includes(key))
        this.problem(path ? `${path}.${key}` : key, {
          vi: `trường không được biết${hint(key, known, 'vi')} — các trường hợp lệ: ${known.join(', ')}`,
          en: `unknown field${hint(key, known, 'en')} — the valid fields: ${known.join(', ')}`,
        });
    }
    return value as Record<string, unknown>;
  }

  /** A field of a value that may not be an object, for choosing how to read it. */
  peek(value: unknown, key: string): unknown {
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
  }

  string(value: unknown, path: string): string | undefined {
    if (typeof value === 'string' && value.trim() !== '') return value;
    return this.problem(
      path,
      value === undefined
        ? { vi: 'thiếu (bắt buộc)', en: 'missing (required)' }
        : {
            vi: `phải là một chuỗi không rỗng, không phải ${show(value, 'vi')}`,
            en: `must be a non-empty string, not ${show(value, 'en')}`,
          },
    );
  }

  boolean(value: unknown, path: string): boolean | undefined {
    return typeof value === 'boolean'
      ? value
      : this.problem(path, {
          vi: `phải là true hoặc false, không phải ${show(value, 'vi')}`,
          en: `must be true or false, not ${show(value, 'en')}`,
        });
  }

  /** One of `options`; `what` names the kind of value in both languages, the English with its article ("loại nguồn" / "a source kind"). */
  oneOf<T extends string>(value: unknown, path: string, options: readonly T[], what: Texts): T | undefined {
    if (typeof value === 'string' && (options as readonly string[]).includes(value)) return value as T;
    if (value === undefined) {
      return this.problem(path, {
        vi: `thiếu (bắt buộc): một ${what.vi} — ${options.join(', ')}`,
        en: `missing (required): ${what.en} — ${options.join(', ')}`,
      });
    }
    return this.problem(path, {
      vi: `${show(value, 'vi')} không phải ${what.vi}${hint(value, options, 'vi')} — một trong: ${options.join(', ')}`,
      en: `${show(value, 'en')} is not ${what.en}${hint(value, options, 'en')} — one of: ${options.join(', ')}`,
    });
  }

  /** A non-empty list; items that do not read are reported by `item`, and make the list unreadable. */
  list<T>(value: unknown, path: string, item: (value: unknown, path: string) => T | undefined, empty: Texts = EMPTY_LIST): T[] | undefined {
    if (!Array.isArray(value))
      return this.problem(
        path,
        value === undefined
          ? { vi: 'thiếu (bắt buộc): một danh sách', en: 'missing (required): a list' }
          : { vi: `phải là một danh sách, không phải ${show(value, 'vi')}`, en: `must be a list, not ${show(value, 'en')}` },
      );
    if (value.length === 0) return this.problem(path, empty);
    const items = value.map((v, i) => item(v, `${path}[${i}]`));
    return items.every((v) => v !== undefined) ? (items as T[]) : undefined;
  }

  /** A non-empty list of catalog keys. */
  catalogList<T extends string>(
    value: unknown,
    path: string,
    is: (raw: string) => raw is T,
    what: Texts,
    keys: readonly string[],
  ): readonly T[] | undefined {
    return this.list(
      value,
      path,
      (v, p) =>
        typeof v === 'string' && is(v)
          ? v
          : this.problem(p, {
              vi: `${show(v, 'vi')} không phải ${what.vi}${hint(v, keys, 'vi')}`,
              en: `${show(v, 'en')} is not ${what.en}${hint(v, keys, 'en')}`,
            }),
      { vi: 'danh sách rỗng: quy tắc sẽ không bao giờ khớp', en: 'empty list: the rule would never match' },
    );
  }

  /** Reports every item of a list whose `key` repeats an earlier item's. */
  unique(items: unknown, path: string, key: string): void {
    if (!Array.isArray(items)) return;
    const seen = new Map<unknown, number>();
    items.forEach((item, i) => {
      const value = this.peek(item, key);
      if (typeof value !== 'string') return;
      const first = seen.get(value);
      if (first === undefined) seen.set(value, i);
      else
        this.problem(`${path}[${i}].${key}`, {
          vi: `"${value}" trùng với ${path}[${first}].${key}`,
          en: `"${value}" repeats ${path}[${first}].${key}`,
        });
    });
  }

  date(value: unknown, path: string): IsoDate | undefined {
    const parsed = typeof value === 'string' ? parseIsoDate(value) : undefined;
    return (
      parsed ??
      this.problem(path, {
        vi: `${show(value, 'vi')} không phải ngày hợp lệ (YYYY-MM-DD)`,
        en: `${show(value, 'en')} is not a valid date (YYYY-MM-DD)`,
      })
    );
  }

  /** `{ validFrom, validTo }`, each a date or null (absent: null); the end must come after the start. */
  validity(value: unknown, path: string): Validity | undefined {
    const o = this.object(value, path, ['validFrom', 'validTo']);
    if (!o) return undefined;
    const bound = (v: unknown, p: string) => (v === undefined || v === null ? null : this.date(v, p));
    const validFrom = bound(o.validFrom, `${path}.validFrom`);
    const validTo = bound(o.validTo, `${path}.validTo`);
    if (validFrom === undefined || validTo === undefined) return undefined;
    const v = { validFrom, validTo };
    return isProperRange(v)
      ? v
      : this.problem(path, {
          vi: `ngày kết thúc ${validTo} phải sau ngày bắt đầu ${validFrom}`,
          en: `the end date ${validTo} must come after the start date ${validFrom}`,
        });
  }
}

const EMPTY_LIST: Texts = { vi: 'danh sách rỗng', en: 'empty list' };

/** A value as the document wrote it; nothing at all is "trống" / "empty". */
export function show(value: unknown, lang: keyof Texts): string {
  if (value === undefined) return lang === 'en' ? 'empty' : 'trống';
  return JSON.stringify(value) ?? String(value);
}

/** " (có phải "womensUnion"?)" / " (did you mean "womensUnion"?)" for a near miss of a known key. */
function hint(value: unknown, keys: readonly string[], lang: keyof Texts): string {
  if (typeof value !== 'string') return '';
  const best = keys.map((k) => ({ k, d: distance(value.toLowerCase(), k.toLowerCase()) })).sort((a, b) => a.d - b.d)[0];
  if (!best || best.d > Math.max(2, Math.floor(value.length / 4))) return '';
  return lang === 'en' ? ` (did you mean "${best.k}"?)` : ` (có phải "${best.k}"?)`;
}

function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length]!;
}
