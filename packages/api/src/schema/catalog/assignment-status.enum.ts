import { ASSIGNMENT_STATUS_LABELS, ASSIGNMENT_STATUSES, ASSIGNMENT_TRANSITIONS } from '@mttq/core';
import { builder } from '../builder.js';
import { describedValues } from './described-values.js';

/** `AssignmentStatus`: assigned → registered/accepted → inProgress → done; cancelled from any open status. */
export const AssignmentStatusEnum = builder.enumType('AssignmentStatus', {
  description: 'Where an assignment stands on a date. done and cancelled are final.',
  values: describedValues(ASSIGNMENT_STATUSES, (s) => {
    const next = ASSIGNMENT_TRANSITIONS[s];
    return `${ASSIGNMENT_STATUS_LABELS[s]}${next.length > 0 ? ` → ${next.join(', ')}` : ' (cuối)'}`;
  }),
});
