import { LEVEL_ENGLISH, LEVEL_LABELS, type Level } from '../catalog/level.js';
import { ORGANIZATION_TYPES, type OrganizationType } from '../catalog/organization-type.js';
import { POST_TYPES } from '../catalog/post-type.js';
import type { Lang } from '../shared/lang.js';
import { TASK_KINDS, type TaskKind } from '../task/task-kind.js';
import type { AssigneeSpec, PostSpec, UnitRelation } from './assignment-rule.js';

/** Words for the parts of a rule, used in explanations: Vietnamese by default, English on request. */
export const orgTypeWord = (type: OrganizationType, lang: Lang = 'vi') =>
  lang === 'en' ? ORGANIZATION_TYPES[type].english : ORGANIZATION_TYPES[type].label;
export const orgTypesWords = (types: readonly OrganizationType[], lang: Lang = 'vi') => types.map((t) => orgTypeWord(t, lang)).join(', ');
export const levelWord = (level: Level, lang: Lang = 'vi') => (lang === 'en' ? LEVEL_ENGLISH[level] : LEVEL_LABELS[level]);
export const levelsWords = (levels: readonly Level[], lang: Lang = 'vi') => levels.map((l) => levelWord(l, lang)).join(', ');
export const taskKindWord = (kind: TaskKind, lang: Lang = 'vi') => (lang === 'en' ? TASK_KINDS[kind].english : TASK_KINDS[kind].label);
export const taskKindsWords = (kinds: readonly TaskKind[], lang: Lang = 'vi') => kinds.map((k) => `"${taskKindWord(k, lang)}"`).join(', ');

/** "người đứng đầu (Chủ tịch, Bí thư…) của Ủy ban MTTQ, Hội Nông dân" */
export function postSpecWords(spec: PostSpec, lang: Lang = 'vi'): string {
  if (lang === 'en') {
    const posts = spec.postTypes ? spec.postTypes.map((p) => POST_TYPES[p].english).join(', ') : spec.heads ? 'the head' : 'any post';
    const head = spec.heads && spec.postTypes ? ' (the head)' : '';
    return `${posts}${head} of a ${orgTypesWords(spec.organizationTypes, lang)}`;
  }
  const posts = spec.postTypes
    ? spec.postTypes.map((p) => POST_TYPES[p].label).join(', ')
    : spec.heads
      ? 'người đứng đầu'
      : 'chức vụ bất kỳ';
  const head = spec.heads && spec.postTypes ? ' (người đứng đầu)' : '';
  return `${posts}${head} của ${orgTypesWords(spec.organizationTypes)}`;
}

/** What an assignee spec asks for, in words. */
export function assigneeSpecWords(spec: AssigneeSpec, lang: Lang = 'vi'): string {
  const en = lang === 'en';
  switch (spec.kind) {
    case 'organization':
      return `${en ? 'a body' : 'tổ chức'}: ${orgTypesWords(spec.organizationTypes, lang)}`;
    case 'post':
      return `${en ? 'a post' : 'chức vụ'}: ${postSpecWords(spec, lang)}`;
    case 'holder':
      return `${en ? 'the holder of a post' : 'người giữ chức vụ'}: ${postSpecWords(spec.holding, lang)}`;
  }
}

/** What a unit relation asks for, in words. */
export const RELATION_WORDS: { readonly [R in UnitRelation]: string } = {
  sameUnit: 'cùng đơn vị (cùng cấp) với bên giao',
  childUnit: 'ở đơn vị trực tiếp dưới đơn vị của bên giao',
  belowUnit: 'ở một đơn vị bên dưới đơn vị của bên giao',
  withinSubtree: 'ở đơn vị của bên giao hoặc bên dưới',
};

/** What a unit relation asks for, in English. */
export const RELATION_ENGLISH: { readonly [R in UnitRelation]: string } = {
  sameUnit: 'be at the same unit (the same level) as the assigner',
  childUnit: 'be at a unit directly below the assigner’s unit',
  belowUnit: 'be at a unit below the assigner’s unit',
  withinSubtree: 'be at the assigner’s unit or below it',
};
