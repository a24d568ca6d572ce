import type { DirectiveId, SourceId, TaskId } from '../shared/ids.js';
import type { Validity } from '../time/validity.js';
import type { Recurrence } from './recurrence.js';
import type { TaskKind } from './task-kind.js';

/** A task a directive creates: its kind, and a recurrence that yields dated periods over its span. */
export interface Task {
  readonly id: TaskId;
  readonly directiveId: DirectiveId;
  readonly kind: TaskKind;
  readonly title: string;
  readonly recurrence: Recurrence;
  /** The days the task runs over (by default, its directive's validity). */
  readonly validity: Validity;
  readonly sourceId: SourceId;
}
