import { isLevel, LEVELS, type Level } from '../catalog/level.js';
import { isOrganizationType, ORGANIZATION_TYPES, type OrganizationType } from '../catalog/organization-type.js';
import { isPostType, POST_TYPES, type PostType } from '../catalog/post-type.js';
import { coreError, type CoreError } from '../shared/core-error.js';
import { err, ok, type Result } from '../shared/result.js';
import { isTaskKind, TASK_KINDS, type TaskKind } from '../task/task-kind.js';
import { parseIsoDate, type IsoDate } from '../time/iso-date.js';
import { isProperRange, type Validity } from '../time/validity.js';
import type { AssigneeSpec, AssignerSpec, AssignmentRule, PlaceSpec, PostSpec, RulePack, UnitRelation } from './assignment-rule.js';

/** A rule pack read at run time that does not hold up; every problem names its path. */
export type RulePackInvalidError = CoreError<'RULE_PACK.INVALID', { problems: string[] }>;

const RELATIONS = ['sameUnit', 'childUnit', 'belowUnit', 'withinSubtree'] as const satisfies readonly UnitRelation[];
const PLACE_RELATIONS = ['withinAssignerSubtree', 'withinAssigneeSubtree'] as const satisfies readonly PlaceSpec['relation'][];

/**
 * Validates a rule pack read from JSON or YAML (a province writes its own): every organization type, post
 * type, level, task kind and relation must be one the catalogs know, rule ids unique, dates real. Never
 * throws; a refusal lists every problem, each naming its path, in Vietnamese.
 *
 * @example
 * const pack = parseRulePack(JSON.parse(readFileSync('rules/xa-minh-hoa.json', 'utf8')));
 * if (!pack.ok) console.error(pack.error.details?.problems.join('\n'));
 * // rules[2].assignees[0].organizationTypes[1]: "womenUnion" không phải loại tổ chức (có phải "womensUnion"?).
 */
export function parseRulePack(value: unknown): Result<RulePack, RulePackInvalidError> {
  const r = new PlainDataReader();
  const pack = readPack(r, value);
  if (!pack || r.problems.length > 0) {
    const problems = r.problems.length > 0 ? r.problems : ['bộ quy tắc: không đọc được.'];
    return err(coreError('RULE_PACK.INVALID', `Bộ quy tắc không hợp lệ (${problems.length} lỗi):\n${problems.join('\n')}`, { problems }));
  }
  return ok(pack);
}

function readPack(r: PlainDataReader, value: unknown): RulePack | undefined {
  const o = r.object(value, '', ['id', 'name', 'validity', 'rules']);
  if (!o) return undefined;
  const id = r.string(o.id, 'id');
  const name = r.string(o.name, 'name');
  const validity = o.validity === undefined ? undefined : r.validity(o.validity, 'validity');
  const rules = r.list(o.rules, 'rules', (v, path) => readRule(r, v, path));
  r.unique(o.rules, 'rules', 'id');
  if (id === undefined || name === undefined || !rules) return undefined;
  return { id, name, ...(validity && { validity }), rules };
}

function readRule(r: PlainDataReader, value: unknown, path: string): AssignmentRule | undefined {
  const o = r.object(value, path, ['id', 'description', 'taskKinds', 'assigner', 'assignees', 'relation', 'place', 'validity', 'basis']);
  if (!o) return undefined;
  const id = r.string(o.id, `${path}.id`);
  const description = r.string(o.description, `${path}.description`);
  const taskKinds = r.catalogList<TaskKind>(o.taskKinds, `${path}.taskKinds`, isTaskKind, 'loại nhiệm vụ', Object.keys(TASK_KINDS));
  const assigner = readAssigner(r, o.assigner, `${path}.assigner`);
  const assignees = r.list(o.assignees, `${path}.assignees`, (v, p) => readAssignee(r, v, p));
  const relation = r.oneOf(o.relation, `${path}.relation`, RELATIONS, 'quan hệ đơn vị');
  const place = o.place === undefined ? undefined : readPlace(r, o.place, `${path}.place`);
  const validity = o.validity === undefined ? undefined : r.validity(o.validity, `${path}.validity`);
  const basis = o.basis === undefined ? undefined : r.string(o.basis, `${path}.basis`);
  if (!id || !description || !taskKinds || !assigner || !assignees || !relation) return undefined;
  return { id, description, taskKinds, assigner, assignees, relation, ...(place && { place }), ...(validity && { validity }), ...(basis !== undefined && { basis }) };
}

function readAssigner(r: PlainDataReader, value: unknown, path: string): AssignerSpec | undefined {
  const o = r.object(value, path, ['kind', 'organizationTypes', 'levels', 'postTypes', 'heads']);
  if (!o) return undefined;
  const kind = r.oneOf(o.kind, `${path}.kind`, ['organization', 'post'] as const, 'loại bên giao');
  const organizationTypes = readOrgTypes(r, o.organizationTypes, `${path}.organizationTypes`);
  const levels = o.levels === undefined ? undefined : r.catalogList<Level>(o.levels, `${path}.levels`, isLevel, 'cấp', LEVELS);
  if (kind === 'organization') {
    for (const key of ['postTypes', 'heads']) if (o[key] !== undefined) r.problem(`${path}.${key}`, 'chỉ dùng khi bên giao là chức vụ (kind: post)');
    return organizationTypes && { kind, organizationTypes, ...(levels && { levels }) };
  }
  const post = readPostParts(r, o, path);
  return kind && organizationTypes && post ? { kind, ...post, organizationTypes, ...(levels && { levels }) } : undefined;
}

function readAssignee(r: PlainDataReader, value: unknown, path: string): AssigneeSpec | undefined {
  const kind = r.oneOf(r.peek(value, 'kind'), `${path}.kind`, ['organization', 'post', 'holder'] as const, 'loại bên nhận');
  switch (kind) {
    case 'organization': {
      const o = r.object(value, path, ['kind', 'organizationTypes']);
      const organizationTypes = o && readOrgTypes(r, o.organizationTypes, `${path}.organizationTypes`);
      return organizationTypes && { kind, organizationTypes };
    }
    case 'post': {
      const o = r.object(value, path, ['kind', 'postTypes', 'heads', 'organizationTypes']);
      const spec = o && readPostSpec(r, o, path);
      return spec && { kind, ...spec };
    }
    case 'holder': {
      const o = r.object(value, path, ['kind', 'holding']);
      const h = o && r.object(o.holding, `${path}.holding`, ['postTypes', 'heads', 'organizationTypes']);
      const holding = h && readPostSpec(r, h, `${path}.holding`);
      return holding && { kind, holding };
    }
    case undefined:
      return undefined;
  }
}

function readPostSpec(r: PlainDataReader, o: Record<string, unknown>, path: string): PostSpec | undefined {
  const organizationTypes = readOrgTypes(r, o.organizationTypes, `${path}.organizationTypes`);
  const post = readPostParts(r, o, path);
  return organizationTypes && post ? { ...post, organizationTypes } : undefined;
}

function readPostParts(r: PlainDataReader, o: Record<string, unknown>, path: string): { postTypes?: readonly PostType[]; heads?: boolean } | undefined {
  const postTypes = o.postTypes === undefined ? undefined : r.catalogList<PostType>(o.postTypes, `${path}.postTypes`, isPostType, 'loại chức vụ', Object.keys(POST_TYPES));
  const heads = o.heads === undefined ? undefined : r.boolean(o.heads, `${path}.heads`);
  if ((o.postTypes !== undefined && !postTypes) || (o.heads !== undefined && heads === undefined)) return undefined;
  return { ...(postTypes && { postTypes }), ...(heads !== undefined && { heads }) };
}

function readOrgTypes(r: PlainDataReader, value: unknown, path: string): readonly OrganizationType[] | undefined {
  return r.catalogList<OrganizationType>(value, path, isOrganizationType, 'loại tổ chức', Object.keys(ORGANIZATION_TYPES));
}

function readPlace(r: PlainDataReader, value: unknown, path: string): PlaceSpec | undefined {
  const o = r.object(value, path, ['required', 'levels', 'relation']);
  if (!o) return undefined;
  const required = r.boolean(o.required, `${path}.required`);
  const levels = o.levels === undefined ? undefined : r.catalogList<Level>(o.levels, `${path}.levels`, isLevel, 'cấp', LEVELS);
  const relation = r.oneOf(o.relation, `${path}.relation`, PLACE_RELATIONS, 'quan hệ nơi thực hiện');
  return required !== undefined && relation ? { required, ...(levels && { levels }), relation } : undefined;
}

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

  /** An object with only the given fields; an unknown field is a problem (a misspelled optional field would otherwise be ignored). */
  object(value: unknown, path: string, fields: readonly string[]): Record<string, unknown> | undefined {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return this.problem(path, `phải là một đối tượng (các trường: ${fields.join(', ')})`);
    for (const key of Object.keys(value)) {
      if (!fields.includes(key)) this.problem(path ? `${path}.${key}` : key, `trường không được biết${hint(key, fields)} — các trường hợp lệ: ${fields.join(', ')}`);
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
    if (!Array.isArray(value)) return this.problem(path, value === undefined ? 'thiếu (bắt buộc): một danh sách' : `phải là một danh sách, không phải ${show(value)}`);
    if (value.length === 0) return this.problem(path, empty);
    const items = value.map((v, i) => item(v, `${path}[${i}]`));
    return items.every((v) => v !== undefined) ? (items as T[]) : undefined;
  }

  /** A non-empty list of catalog keys. */
  catalogList<T extends string>(value: unknown, path: string, is: (raw: string) => raw is T, what: string, keys: readonly string[]): readonly T[] | undefined {
    return this.list(value, path, (v, p) =>
      typeof v === 'string' && is(v) ? v : this.problem(p, `${show(v)} không phải ${what}${hint(v, keys)}`),
    'danh sách rỗng: quy tắc sẽ không bao giờ khớp');
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
  return value === undefined ? 'trống' : JSON.stringify(value) ?? String(value);
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
