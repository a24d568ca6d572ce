import type { DirectiveId, SourceId, TaskId } from '../shared/ids.js';
import type { TaskTable } from '../store/database.js';
import { validityFromRow } from '../store/validity.mapper.js';
import type { Recurrence } from './recurrence.js';
import type { TaskKind } from './task-kind.js';
import type { Task } from './task.js';

/** The domain form of a stored task. */
export function taskFromRow(row: TaskTable): Task {
  return {
    id: row.id as TaskId,
    directiveId: row.directive_id as DirectiveId,
    kind: row.kind as TaskKind,
    title: row.title,
    recurrence: row.recurrence as Recurrence,
    validity: validityFromRow(row),
    sourceId: row.source_id as SourceId,
  };
}
