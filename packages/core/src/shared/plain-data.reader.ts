import { parseIsoDate, type IsoDate } from '../time/iso-date.js';
import { isProperRange, type Validity } from '../time/validity.js';

/**
 * Reads plain data (parsed JSON or YAML) field by field and collects problems, each naming its path:
 * shared by the rule pack and the rule test file parsers.
 */
export class PlainDataReader {
  readonly problems: string[] = [];

  problem(path: string, message: string): undefined {
    this.problems.push(`${path || '(gốc)'}: ${message}.`);
    return undefined;
  }

  /**
   * An object with only the given fields (`null`: any); an unknown field is a problem, since a misspelled
   * optional field would otherwise be silently ignored.
   */
  object(value: unknown, path: string, fields: readonly string[] | null): Record<string, unknown> | undefined {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      return this.problem(path, `phải là một đối tượng${fields ? ` (các trường: ${fields.join(', ')})` : ''}`);
    }
    const known = fields ?? Object.keys(value);
    for (const key of Object.keys(value)) {
      if (!known.includes(key))
        this.problem(path ? `${path}.${key}` : key, `trường không được biết${hint(key, known)} — các trường hợp lệ: ${known.join(', ')}`);
    }
    return value as Record<string, unknown>;
  }

  /** A field of a value that may not be an object, for choosing how to read it. */
  peek(value: unknown, key: string): unknown {
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
  }

  string(value: unknown, path: string): string | undefined {
    if (typeof value === 'string' && value.trim() !== '') return value;
    return this.problem(path, value === undefined ? 'thiếu (bắt buộc)' : `phải là một chuỗi không rỗng, không phải ${show(value)}`);
  }

  boolean(value: unknown, path: string): boolean | undefined {
    return typeof value === 'boolean' ? value : this.problem(path, `phải là true hoặc false, không phải ${show(value)}`);
  }

  oneOf<T extends string>(value: unknown, path: string, options: readonly T[], what: string): T | undefined {
    if (typeof value === 'string' && (options as readonly string[]).includes(value)) return value as T;
    if (value === undefined) return this.problem(path, `thiếu (bắt buộc): một ${what} — ${options.join(', ')}`);
    return this.problem(path, `${show(value)} không phải ${what}${hint(value, options)} — một trong: ${options.join(', ')}`);
  }

  /** A non-empty list; items that do not read are reported by `item`, and make the list unreadable. */
  list<T>(value: unknown, path: string, item: (value: unknown, path: string) => T | undefined, empty = 'danh sách rỗng'): T[] | undefined {
    if (!Array.isArray(value))
      return this.problem(
        path,
        value === undefined ? 'thiếu (bắt buộc): một danh sách' : `phải là một danh sách, không phải ${show(value)}`,
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
    what: string,
    keys: readonly string[],
  ): readonly T[] | undefined {
    return this.list(
      value,
      path,
      (v, p) => (typeof v === 'string' && is(v) ? v : this.problem(p, `${show(v)} không phải ${what}${hint(v, keys)}`)),
      'danh sách rỗng: quy tắc sẽ không bao giờ khớp',
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
      else this.problem(`${path}[${i}].${key}`, `"${value}" trùng với ${path}[${first}].${key}`);
    });
  }

  date(value: unknown, path: string): IsoDate | undefined {
    const parsed = typeof value === 'string' ? parseIsoDate(value) : undefined;
    return parsed ?? this.problem(path, `${show(value)} không phải ngày hợp lệ (YYYY-MM-DD)`);
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
    return isProperRange(v) ? v : this.problem(path, `ngày kết thúc ${validTo} phải sau ngày bắt đầu ${validFrom}`);
  }
}

function show(value: unknown): string {
  return value === undefined ? 'trống' : (JSON.stringify(value) ?? String(value));
}

/** " (có phải "womensUnion"?)" for a near miss of a known key. */
function hint(value: unknown, keys: readonly string[]): string {
  if (typeof value !== 'string') return '';
  const best = keys.map((k) => ({ k, d: distance(value.toLowerCase(), k.toLowerCase()) })).sort((a, b) => a.d - b.d)[0];
  return best && best.d <= Math.max(2, Math.floor(value.length / 4)) ? ` (có phải "${best.k}"?)` : '';
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
