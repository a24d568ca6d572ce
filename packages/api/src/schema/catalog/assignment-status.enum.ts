import { ASSIGNMENT_STATUS_LABELS, ASSIGNMENT_STATUSES, ASSIGNMENT_TRANSITIONS } from '@mttq/core';
import { builder } from '../builder.js';
import { describedValues, graphqlEnumName } from './described-values.js';

/** `AssignmentStatus`: ASSIGNED → REGISTERED/ACCEPTED → IN_PROGRESS → DONE; CANCELLED from any open status. */
export const AssignmentStatusEnum = builder.enumType('AssignmentStatus', {
  description: 'Where an assignment stands on a date. DONE and CANCELLED are final.',
  values: describedValues(ASSIGNMENT_STATUSES, (s) => {
    const next = ASSIGNMENT_TRANSITIONS[s];
    return `${ASSIGNMENT_STATUS_LABELS[s]}${next.length > 0 ? ` → ${next.map(graphqlEnumName).join(', ')}` : ' (cuối)'}`;
  }),
});
