import { isLevel, LEVELS, type Level } from '../catalog/level.js';
import { isOrganizationType, ORGANIZATION_TYPES, type OrganizationType } from '../catalog/organization-type.js';
import { isPostType, POST_TYPES, type PostType } from '../catalog/post-type.js';
import { coreError, type CoreError } from '../shared/core-error.js';
import { err, ok, type Result } from '../shared/result.js';
import { isTaskKind, TASK_KINDS, type TaskKind } from '../task/task-kind.js';
import { PlainDataReader } from '../shared/plain-data.reader.js';
import { problemList, type ProblemList } from '../shared/problem-list.js';
import { WHAT } from './rule-file.words.js';
import type { AssigneeSpec, AssignerSpec, AssignmentRule, PlaceSpec, PostSpec, RulePack, UnitRelation } from './assignment-rule.js';

/** A rule pack read at run time that does not hold up; every problem names its path (`problemsIn` picks a language). */
export type RulePackInvalidError = CoreError<'RULE_PACK.INVALID', ProblemList>;

const RELATIONS = ['sameUnit', 'childUnit', 'belowUnit', 'withinSubtree'] as const satisfies readonly UnitRelation[];
const PLACE_RELATIONS = ['withinAssignerSubtree', 'withinAssigneeSubtree'] as const satisfies readonly PlaceSpec['relation'][];

/**
 * Validates a rule pack read from JSON or YAML (a province writes its own): every organization type, post
 * type, level, task kind and relation must be one the catalogs know, rule ids unique, dates real. Never
 * throws; a refusal lists every problem, each naming its path, in both languages (`problemsIn(details, lang)`;
 * `details.problems` is the Vietnamese list).
 *
 * @example
 * const pack = parseRulePack(JSON.parse(readFileSync('rules/xa-minh-hoa.json', 'utf8')));
 * if (!pack.ok) console.error(problemsIn(pack.error.details, 'vi').join('\n'));
 * // rules[2].assignees[0].organizationTypes[1]: "womenUnion" không phải loại tổ chức (có phải "womensUnion"?).
 */
export function parseRulePack(value: unknown): Result<RulePack, RulePackInvalidError> {
  const r = new PlainDataReader();
  const pack = readPack(r, value);
  if (!pack || r.problems.length > 0) {
    const problems = r.problemTexts.length > 0 ? r.problemTexts : [{ vi: 'bộ quy tắc: không đọc được.', en: 'rule pack: cannot be read.' }];
    return err(
      coreError(
        'RULE_PACK.INVALID',
        {
          vi: `Bộ quy tắc không hợp lệ (${problems.length} lỗi):\n${problems.map((p) => p.vi).join('\n')}`,
          en: `The rule pack is invalid (${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}):\n${problems.map((p) => p.en).join('\n')}`,
        },
        problemList(problems),
      ),
    );
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
  const o = r.object(value, path, [
    'id',
    'description',
    'taskKinds',
    'assigner',
    'assignees',
    'relation',
    'place',
    'scope',
    'validity',
    'basis',
  ]);
  if (!o) return undefined;
  const id = r.string(o.id, `${path}.id`);
  const description = r.string(o.description, `${path}.description`);
  const taskKinds = r.catalogList<TaskKind>(o.taskKinds, `${path}.taskKinds`, isTaskKind, WHAT.taskKind, Object.keys(TASK_KINDS));
  const assigner = readAssigner(r, o.assigner, `${path}.assigner`);
  const assignees = r.list(o.assignees, `${path}.assignees`, (v, p) => readAssignee(r, v, p));
  const relation = r.oneOf(o.relation, `${path}.relation`, RELATIONS, WHAT.relation);
  const place = o.place === undefined ? undefined : readPlace(r, o.place, `${path}.place`);
  const validity = o.validity === undefined ? undefined : r.validity(o.validity, `${path}.validity`);
  const basis = o.basis === undefined ? undefined : r.string(o.basis, `${path}.basis`);
  const scopeObject = o.scope === undefined ? undefined : r.object(o.scope, `${path}.scope`, ['withinUnitIds']);
  const withinUnitIds = scopeObject && r.list(scopeObject.withinUnitIds, `${path}.scope.withinUnitIds`, (v, p) => r.string(v, p));
  if (!id || !description || !taskKinds || !assigner || !assignees || !relation || (o.scope !== undefined && !withinUnitIds))
    return undefined;
  return {
    id,
    description,
    taskKinds,
    assigner,
    assignees,
    relation,
    ...(place && { place }),
    ...(withinUnitIds && { scope: { withinUnitIds } }),
    ...(validity && { validity }),
    ...(basis !== undefined && { basis }),
  };
}

function readAssigner(r: PlainDataReader, value: unknown, path: string): AssignerSpec | undefined {
  const o = r.object(value, path, ['kind', 'organizationTypes', 'levels', 'postTypes', 'heads']);
  if (!o) return undefined;
  const kind = r.oneOf(o.kind, `${path}.kind`, ['organization', 'post'] as const, WHAT.assignerKind);
  const organizationTypes = readOrgTypes(r, o.organizationTypes, `${path}.organizationTypes`);
  const levels = o.levels === undefined ? undefined : r.catalogList<Level>(o.levels, `${path}.levels`, isLevel, WHAT.level, LEVELS);
  if (kind === 'organization') {
    for (const key of ['postTypes', 'heads'])
      if (o[key] !== undefined)
        r.problem(`${path}.${key}`, {
          vi: 'chỉ dùng khi bên giao là chức vụ (kind: post)',
          en: 'only used when the assigner is a post (kind: post)',
        });
    return organizationTypes && { kind, organizationTypes, ...(levels && { levels }) };
  }
  const post = readPostParts(r, o, path);
  return kind && organizationTypes && post ? { kind, ...post, organizationTypes, ...(levels && { levels }) } : undefined;
}

function readAssignee(r: PlainDataReader, value: unknown, path: string): AssigneeSpec | undefined {
  const kind = r.oneOf(r.peek(value, 'kind'), `${path}.kind`, ['organization', 'post', 'holder'] as const, WHAT.assigneeKind);
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

function readPostParts(
  r: PlainDataReader,
  o: Record<string, unknown>,
  path: string,
): { postTypes?: readonly PostType[]; heads?: boolean } | undefined {
  const postTypes =
    o.postTypes === undefined
      ? undefined
      : r.catalogList<PostType>(o.postTypes, `${path}.postTypes`, isPostType, WHAT.postType, Object.keys(POST_TYPES));
  const heads = o.heads === undefined ? undefined : r.boolean(o.heads, `${path}.heads`);
  if ((o.postTypes !== undefined && !postTypes) || (o.heads !== undefined && heads === undefined)) return undefined;
  return { ...(postTypes && { postTypes }), ...(heads !== undefined && { heads }) };
}

function readOrgTypes(r: PlainDataReader, value: unknown, path: string): readonly OrganizationType[] | undefined {
  return r.catalogList<OrganizationType>(value, path, isOrganizationType, WHAT.organizationType, Object.keys(ORGANIZATION_TYPES));
}

function readPlace(r: PlainDataReader, value: unknown, path: string): PlaceSpec | undefined {
  const o = r.object(value, path, ['required', 'levels', 'relation']);
  if (!o) return undefined;
  const required = r.boolean(o.required, `${path}.required`);
  const levels = o.levels === undefined ? undefined : r.catalogList<Level>(o.levels, `${path}.levels`, isLevel, WHAT.level, LEVELS);
  const relation = r.oneOf(o.relation, `${path}.relation`, PLACE_RELATIONS, WHAT.placeRelation);
  return required !== undefined && relation ? { required, ...(levels && { levels }), relation } : undefined;
}
