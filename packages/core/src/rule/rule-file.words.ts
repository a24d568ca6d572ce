import type { Texts } from '../shared/lang.js';

/** The names of the kinds of values rule packs and rule test files hold, as their problems name them (English with its article). */
export const WHAT = {
  organizationType: { vi: 'loại tổ chức', en: 'a body type' },
  postType: { vi: 'loại chức vụ', en: 'a post type' },
  unitKind: { vi: 'loại đơn vị', en: 'a unit kind' },
  level: { vi: 'cấp', en: 'a level' },
  taskKind: { vi: 'loại nhiệm vụ', en: 'a task kind' },
  relation: { vi: 'quan hệ đơn vị', en: 'an unit relation' },
  assignerKind: { vi: 'loại bên giao', en: 'a kind of assigner' },
  assigneeKind: { vi: 'loại bên nhận', en: 'a kind of assignee' },
  placeRelation: { vi: 'quan hệ nơi thực hiện', en: 'a place relation' },
  dataset: { vi: 'bộ dữ liệu', en: 'a dataset' },
  expectedOutcome: { vi: 'kết quả mong đợi', en: 'an expected outcome' },
  ruleCondition: { vi: 'điều kiện của quy tắc', en: 'a condition of a rule' },
} as const satisfies Record<string, Texts>;
