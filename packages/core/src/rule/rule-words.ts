import { LEVEL_LABELS, type Level } from '../catalog/level.js';
import { ORGANIZATION_TYPES, type OrganizationType } from '../catalog/organization-type.js';
import { POST_TYPES } from '../catalog/post-type.js';
import { TASK_KINDS, type TaskKind } from '../task/task-kind.js';
import type { AssigneeSpec, PostSpec, UnitRelation } from './assignment-rule.js';

/** Words for the parts of a rule, used in explanations. */
export const orgTypesWords = (types: readonly OrganizationType[]) => types.map((t) => ORGANIZATION_TYPES[t].label).join(', ');
export const levelsWords = (levels: readonly Level[]) => levels.map((l) => LEVEL_LABELS[l]).join(', ');
export const taskKindsWords = (kinds: readonly TaskKind[]) => kinds.map((k) => `"${TASK_KINDS[k].label}"`).join(', ');

/** "người đứng đầu (Chủ tịch, Bí thư…) của Ủy ban MTTQ, Hội Nông dân" */
export function postSpecWords(spec: PostSpec): string {
  const posts = spec.postTypes ? spec.postTypes.map((p) => POST_TYPES[p].label).join(', ') : spec.heads ? 'người đứng đầu' : 'chức vụ bất kỳ';
  const head = spec.heads && spec.postTypes ? ' (người đứng đầu)' : '';
  return `${posts}${head} của ${orgTypesWords(spec.organizationTypes)}`;
}

/** What an assignee spec asks for, in words. */
export function assigneeSpecWords(spec: AssigneeSpec): string {
  switch (spec.kind) {
    case 'organization':
      return `tổ chức: ${orgTypesWords(spec.organizationTypes)}`;
    case 'post':
      return `chức vụ: ${postSpecWords(spec)}`;
    case 'holder':
      return `người giữ chức vụ: ${postSpecWords(spec.holding)}`;
  }
}

/** What a unit relation asks for, in words. */
export const RELATION_WORDS: { readonly [R in UnitRelation]: string } = {
  sameUnit: 'cùng đơn vị (cùng cấp) với bên giao',
  childUnit: 'ở đơn vị trực tiếp dưới đơn vị của bên giao',
  belowUnit: 'ở một đơn vị bên dưới đơn vị của bên giao',
  withinSubtree: 'ở đơn vị của bên giao hoặc bên dưới',
};
