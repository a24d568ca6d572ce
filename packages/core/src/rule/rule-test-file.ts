import { parse as parseYaml } from 'yaml';
import { isOrganizationType, ORGANIZATION_TYPES } from '../catalog/organization-type.js';
import { isPostType, POST_TYPES } from '../catalog/post-type.js';
import { isUnitKind, UNIT_KINDS } from '../catalog/unit-kind.js';
import { coreError, type CoreError } from '../shared/core-error.js';
import { parseId, type IdOf, type PersonId, type PostId } from '../shared/ids.js';
import { err, ok, type Result } from '../shared/result.js';
import { isTaskKind, TASK_KINDS } from '../task/task-kind.js';
import type { Validity } from '../time/validity.js';
import type { OrganizationInput } from '../organization/organization.repository.js';
import type { PostInput } from '../post/post.repository.js';
import type { UnitInput } from '../unit/unit.repository.js';
import type { AssigneeRef, AssignerRef, AssignmentRequest } from './assignment-request.js';
import type { RuleCondition } from './assignment-rule.evaluate.js';
import { PlainDataReader, show } from '../shared/plain-data.reader.js';
import { problemList, type ProblemList } from '../shared/problem-list.js';
import type { Texts } from '../shared/lang.js';
import { RULE_CONDITION_WORDS } from './rule-condition.words.js';
import { WHAT } from './rule-file.words.js';

/** A test file that does not hold up; every problem names its field (`problemsIn` picks a language). */
export type RuleTestInvalidError = CoreError<'RULE_TEST.INVALID', ProblemList>;

const ONLY_WHEN_DENIED = { vi: 'chỉ dùng khi expect: denied', en: 'only used with expect: denied' };

/** One assertion: a request, the expected answer and, optionally, why. */
export interface RuleTestCheck {
  readonly name: string;
  readonly request: AssignmentRequest;
  readonly expect: 'allowed' | 'denied';
  /** For `allowed`: the rule that must allow it. */
  readonly rule?: string;
  /** For `denied`: rule id → the condition that must be the first to fail. */
  readonly failed?: Readonly<Record<string, RuleCondition>>;
  /** For `denied`: the request must be refused before any rule (something not in force on the date). */
  readonly precondition?: boolean;
}

/** Records written before the checks, each citing a synthetic source. Ids follow the dataset's pattern. */
export interface RuleTestFixtures {
  readonly units: readonly Omit<UnitInput, 'sourceId'>[];
  readonly organizations: readonly Omit<OrganizationInput, 'sourceId'>[];
  /** Posts listed under `posts`, and those named by an organization's `posts: [chair, …]`. */
  readonly posts: readonly Omit<PostInput, 'sourceId'>[];
  readonly people: readonly {
    readonly id: PersonId;
    readonly fullName: string;
    readonly holds: readonly { readonly postId: PostId; readonly validity: Validity }[];
  }[];
}

/** A rule test file, read. */
export interface RuleTestFile {
  readonly name: string;
  readonly pack: { readonly kind: 'default' } | { readonly kind: 'file'; readonly path: string };
  readonly dataset: 'example' | 'empty';
  readonly fixtures: RuleTestFixtures;
  readonly checks: readonly RuleTestCheck[];
}

/**
 * Reads a rule test file — YAML or JSON, in the spirit of OpenFGA's `.fga.yaml` — without touching the
 * store. Dates and codes are written as in the dataset; quote codes (`code: "02287"`), or YAML reads a number.
 *
 * @example
 * name: Bộ quy tắc mặc định — các ví dụ của bài báo
 * pack: default              # DEFAULT_RULE_PACK, or a path (relative to this file) to a .json/.yaml pack
 * dataset: example           # the example dataset (the default); `empty` starts empty
 * fixtures:                  # synthetic records written before the checks
 *   units: [{ id: unit_minh-hoa-tdp-9, kind: toDanPho, name: Minh Họa 9, to: 2025-07-01, parents: [{ unit: unit_02287-until-2025 }] }]
 *   organizations: [{ id: org_minh-hoa-tdp-9.frontWorkBoard, type: frontWorkBoard, unit: unit_minh-hoa-tdp-9, parent: org_02287-until-2025.frontCommittee, posts: [head] }]
 *   posts: [{ id: post_073-until-2025.frontCommittee.standingViceChair, organization: org_073-until-2025.frontCommittee, type: standingViceChair }]
 *   people:
 *     - id: person_minh-hoa-hoi-vien
 *       fullName: Hội viên Minh Họa
 *       holds: [{ post: post_073-until-2025.womensUnion.viceChair, from: 2021-06-01, to: 2025-07-01 }]
 * checks:
 *   - name: Thường trực Huyện ủy giao nhiệm vụ hằng năm cho Ủy ban MTTQ huyện
 *     date: 2023-01-15
 *     taskKind: yearly
 *     assigner: { organization: org_073-until-2025.partyStandingMembers }   # or { post: … }
 *     assignee: { organization: org_073-until-2025.frontCommittee }         # or { post: … } or { person: … }
 *     place: unit_minh-hoa-tdp-1       # optional
 *     expect: allowed                  # or denied
 *     rule: nhiem-vu-hang-nam-cung-cap # optional, for allowed: the rule that must allow it
 *     # failed: { viec-dot-pha-cho-nguoi-dung-dau: assignee }   optional, for denied: the first condition to fail
 *     # precondition: true             optional, for denied: refused before any rule (not in force on the date)
 */
export function parseRuleTestText(text: string): Result<RuleTestFile, RuleTestInvalidError> {
  let value: unknown;
  try {
    value = parseYaml(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return invalid([{ vi: `không đọc được YAML/JSON: ${reason}`, en: `cannot read YAML/JSON: ${reason}` }]);
  }
  return parseRuleTestFile(value);
}

/** Validates a rule test file already parsed from YAML or JSON. Never throws. */
export function parseRuleTestFile(value: unknown): Result<RuleTestFile, RuleTestInvalidError> {
  const r = new PlainDataReader();
  const o = r.object(value, '', ['name', 'pack', 'dataset', 'fixtures', 'checks']);
  if (!o) return invalid(r.problemTexts);
  const name = r.string(o.name, 'name');
  const packRaw = r.string(o.pack, 'pack');
  const dataset = o.dataset === undefined ? 'example' : r.oneOf(o.dataset, 'dataset', ['example', 'empty'] as const, WHAT.dataset);
  const fixtures = readFixtures(r, o.fixtures ?? {});
  const checks = r.list(o.checks, 'checks', (v, p) => readCheck(r, v, p), {
    vi: 'danh sách rỗng: tệp không kiểm tra gì',
    en: 'empty list: the file checks nothing',
  });
  r.unique(o.checks, 'checks', 'name');
  if (r.problems.length > 0 || !name || !packRaw || !dataset || !checks) return invalid(r.problemTexts);
  const pack = packRaw === 'default' ? ({ kind: 'default' } as const) : ({ kind: 'file', path: packRaw } as const);
  return ok({ name, pack, dataset, fixtures, checks });
}

function invalid(problems: readonly Texts[]): Result<never, RuleTestInvalidError> {
  const n = problems.length;
  return err(
    coreError(
      'RULE_TEST.INVALID',
      {
        vi: `Tệp kiểm thử quy tắc không hợp lệ (${n} lỗi):\n${problems.map((p) => p.vi).join('\n')}`,
        en: `The rule test file is invalid (${n} ${n === 1 ? 'problem' : 'problems'}):\n${problems.map((p) => p.en).join('\n')}`,
      },
      problemList(problems),
    ),
  );
}

function readCheck(r: PlainDataReader, value: unknown, path: string): RuleTestCheck | undefined {
  const o = r.object(value, path, [
    'name',
    'date',
    'taskKind',
    'assigner',
    'assignee',
    'place',
    'expect',
    'rule',
    'failed',
    'precondition',
  ]);
  if (!o) return undefined;
  const name = r.string(o.name, `${path}.name`);
  const date = r.date(o.date, `${path}.date`);
  const taskKind = r.oneOf(o.taskKind, `${path}.taskKind`, Object.keys(TASK_KINDS), WHAT.taskKind);
  const assigner = readRef(r, o.assigner, `${path}.assigner`, ['organization', 'post']) as AssignerRef | undefined;
  const assignee = readRef(r, o.assignee, `${path}.assignee`, ['organization', 'post', 'person']) as AssigneeRef | undefined;
  const place = o.place === undefined ? undefined : readId(r, 'unit', o.place, `${path}.place`);
  const expect = r.oneOf(o.expect, `${path}.expect`, ['allowed', 'denied'] as const, WHAT.expectedOutcome);
  const rule = o.rule === undefined ? undefined : r.string(o.rule, `${path}.rule`);
  if (rule !== undefined && expect === 'denied')
    r.problem(`${path}.rule`, {
      vi: 'chỉ dùng khi expect: allowed (quy tắc phải cho phép)',
      en: 'only used with expect: allowed (the rule must allow)',
    });
  let failed: Record<string, RuleCondition> | undefined;
  if (o.failed !== undefined) {
    if (expect === 'allowed') r.problem(`${path}.failed`, ONLY_WHEN_DENIED);
    const f = r.object(o.failed, `${path}.failed`, null);
    const conditions = Object.keys(RULE_CONDITION_WORDS) as RuleCondition[];
    failed = {};
    for (const [id, c] of Object.entries(f ?? {})) {
      const condition = r.oneOf(c, `${path}.failed.${id}`, conditions, WHAT.ruleCondition);
      if (condition) failed[id] = condition;
    }
  }
  const precondition = o.precondition === undefined ? undefined : r.boolean(o.precondition, `${path}.precondition`);
  if (precondition !== undefined && expect === 'allowed') r.problem(`${path}.precondition`, ONLY_WHEN_DENIED);
  if (!name || !date || !taskKind || !isTaskKind(taskKind) || !assigner || !assignee || !expect || (o.place !== undefined && !place))
    return undefined;
  const request: AssignmentRequest = { taskKind, date, assigner, assignee, ...(place && { placeUnitId: place }) };
  return { name, request, expect, ...(rule && { rule }), ...(failed && { failed }), ...(precondition !== undefined && { precondition }) };
}

const REF_PREFIX = { organization: 'org', post: 'post', person: 'person' } as const;

/** `{ organization: org_… }`, `{ post: post_… }` or `{ person: person_… }`: exactly one. */
function readRef(r: PlainDataReader, value: unknown, path: string, kinds: readonly (keyof typeof REF_PREFIX)[]): AssigneeRef | undefined {
  const o = r.object(value, path, kinds);
  if (!o) return undefined;
  const given = kinds.filter((k) => o[k] !== undefined);
  if (given.length !== 1)
    return r.problem(path, { vi: `phải có đúng một trong: ${kinds.join(', ')}`, en: `must have exactly one of: ${kinds.join(', ')}` });
  const kind = given[0]!;
  const id = readId(r, REF_PREFIX[kind], o[kind], `${path}.${kind}`);
  return id === undefined ? undefined : ({ kind, id } as AssigneeRef);
}

function readId<P extends 'unit' | 'org' | 'post' | 'person'>(
  r: PlainDataReader,
  prefix: P,
  value: unknown,
  path: string,
): IdOf<P> | undefined {
  const id = typeof value === 'string' ? parseId(prefix, value) : undefined;
  return (
    id ??
    r.problem(path, {
      vi: `${show(value, 'vi')} không phải mã hợp lệ (phải bắt đầu bằng "${prefix}_")`,
      en: `${show(value, 'en')} is not a valid id (it must begin with "${prefix}_")`,
    })
  );
}

/** `from`/`to` of a record: undefined when neither is given (the record's default applies). */
function readRange(r: PlainDataReader, o: Record<string, unknown>, path: string): Validity | undefined {
  if (o.from === undefined && o.to === undefined) return undefined;
  return r.validity({ validFrom: o.from ?? null, validTo: o.to ?? null }, path);
}

function readFixtures(r: PlainDataReader, value: unknown): RuleTestFixtures {
  const o = r.object(value, 'fixtures', ['units', 'organizations', 'posts', 'people']) ?? {};
  const each = <T>(key: string, read: (o: Record<string, unknown>, path: string) => T | undefined, fields: readonly string[]): T[] => {
    if (o[key] === undefined) return [];
    r.unique(o[key], `fixtures.${key}`, 'id');
    const items = r.list(o[key], `fixtures.${key}`, (v, p) => {
      const item = r.object(v, p, fields);
      return item && read(item, p);
    });
    return items ?? [];
  };
  const posts: Omit<PostInput, 'sourceId'>[] = [];
  const units = each(
    'units',
    (u, p) => {
      const parents =
        u.parents === undefined
          ? []
          : r.list(u.parents, `${p}.parents`, (v, pp) => {
              const link = r.object(v, pp, ['unit', 'from', 'to']);
              const parentId = link && readId(r, 'unit', link.unit, `${pp}.unit`);
              const validity = link && readRange(r, link, pp);
              return parentId && { parentId, ...(validity && { validity }) };
            });
      const id = readId(r, 'unit', u.id, `${p}.id`);
      const kind = r.oneOf(u.kind, `${p}.kind`, Object.keys(UNIT_KINDS), WHAT.unitKind);
      const name = r.string(u.name, `${p}.name`);
      const code = u.code === undefined ? undefined : r.string(u.code, `${p}.code`);
      const validity = readRange(r, u, p);
      if (!id || !kind || !isUnitKind(kind) || !name || !parents) return undefined;
      return { id, kind, name, ...(code && { code }), ...(validity && { validity }), parents };
    },
    ['id', 'kind', 'name', 'code', 'from', 'to', 'parents'],
  );
  const organizations = each(
    'organizations',
    (g, p) => {
      const id = readId(r, 'org', g.id, `${p}.id`);
      const type = r.oneOf(g.type, `${p}.type`, Object.keys(ORGANIZATION_TYPES), WHAT.organizationType);
      const unitId = readId(r, 'unit', g.unit, `${p}.unit`);
      const parentId = g.parent === undefined ? undefined : readId(r, 'org', g.parent, `${p}.parent`);
      const name = g.name === undefined ? undefined : r.string(g.name, `${p}.name`);
      const validity = readRange(r, g, p);
      const postTypes =
        g.posts === undefined ? [] : r.catalogList(g.posts, `${p}.posts`, isPostType, WHAT.postType, Object.keys(POST_TYPES));
      if (!id || !type || !isOrganizationType(type) || !unitId || !postTypes) return undefined;
      for (const postType of postTypes) posts.push({ id: `post_${id.slice(4)}.${postType}` as PostId, organizationId: id, type: postType });
      return { id, type, unitId, ...(parentId && { parentId }), ...(name && { name }), ...(validity && { validity }) };
    },
    ['id', 'type', 'unit', 'parent', 'name', 'from', 'to', 'posts'],
  );
  posts.push(
    ...each(
      'posts',
      (q, p) => {
        const id = readId(r, 'post', q.id, `${p}.id`);
        const organizationId = readId(r, 'org', q.organization, `${p}.organization`);
        const type = r.oneOf(q.type, `${p}.type`, Object.keys(POST_TYPES), WHAT.postType);
        const title = q.title === undefined ? undefined : r.string(q.title, `${p}.title`);
        const validity = readRange(r, q, p);
        if (!id || !organizationId || !type || !isPostType(type)) return undefined;
        return { id, organizationId, type, ...(title && { title }), ...(validity && { validity }) };
      },
      ['id', 'organization', 'type', 'title', 'from', 'to'],
    ),
  );
  const people = each(
    'people',
    (h, p) => {
      const id = readId(r, 'person', h.id, `${p}.id`);
      const fullName = r.string(h.fullName, `${p}.fullName`);
      const holds =
        h.holds === undefined
          ? []
          : r.list(h.holds, `${p}.holds`, (v, hp) => {
              const hold = r.object(v, hp, ['post', 'from', 'to']);
              const postId = hold && readId(r, 'post', hold.post, `${hp}.post`);
              return postId && { postId, validity: readRange(r, hold, hp) ?? { validFrom: null, validTo: null } };
            });
      return id && fullName && holds ? { id, fullName, holds } : undefined;
    },
    ['id', 'fullName', 'holds'],
  );
  return { units, organizations, posts, people };
}
