import type { Texts } from '../shared/lang.js';
import type { RuleCondition } from './assignment-rule.evaluate.js';

/** The conditions of a rule, in words, for rule tests' `failed:` assertions and their messages. */
export const RULE_CONDITION_WORDS: { readonly [C in RuleCondition]: Texts } = {
  precondition: {
    vi: 'điều kiện chung (bên giao, bên nhận, nơi thực hiện có tồn tại vào ngày đó)',
    en: 'general condition (the assigner, the assignee and the place exist on that date)',
  },
  ruleValidity: { vi: 'hiệu lực của quy tắc', en: 'validity of the rule' },
  scope: { vi: 'địa bàn áp dụng của quy tắc', en: 'area the rule applies to' },
  taskKind: { vi: 'loại nhiệm vụ', en: 'task kind' },
  assigner: { vi: 'bên giao', en: 'assigner' },
  assignerLevel: { vi: 'cấp của bên giao', en: 'level of the assigner' },
  assignee: { vi: 'bên nhận', en: 'assignee' },
  relation: { vi: 'quan hệ giữa đơn vị bên giao và bên nhận', en: 'relation between the units of the assigner and the assignee' },
  place: { vi: 'nơi thực hiện', en: 'place of work' },
};
