import { TASK_KINDS, type TaskKind } from '@mttq/core';
import { builder } from '../builder.js';
import { describedValues } from './described-values.js';

/** `TaskKind`: yearly tasks, breakthrough tasks, review meetings, meetings with voters… */
export const TaskKindEnum = builder.enumType('TaskKind', {
  description: 'The kind of a task; the rules say who may assign which kind to whom.',
  values: describedValues(Object.keys(TASK_KINDS) as TaskKind[], (k) => `${TASK_KINDS[k].label} (${TASK_KINDS[k].english})`),
});
