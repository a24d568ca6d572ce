import { checkValidityDates, required, type BulkContext } from '../bulk/bulk-context.js';
import { unknownValue } from '../bulk/bulk.errors.js';
import { invalidRange } from '../shared/common.errors.js';
import { refuse } from '../shared/core-error.js';
import { checkTextLength } from '../shared/text-limits.js';
import { newId, type DirectiveId, type SourceId, type TaskId } from '../shared/ids.js';
import type { TaskTable } from '../store/database.js';
import { validityFromRow, validityToRow } from '../store/validity.mapper.js';
import { searchKey } from '../text/search-key.js';
import { covers, isProperRange, type Validity } from '../time/validity.js';
import { RECURRENCES, type Recurrence } from './recurrence.js';
import { isTaskKind, type TaskKind } from './task-kind.js';
import { emptyTaskTitle, taskOutsideDirective } from './task.errors.js';

/** A task to record. */
export interface TaskInput {
  readonly id?: TaskId;
  readonly directiveId: DirectiveId;
  readonly kind: TaskKind;
  readonly title: string;
  readonly recurrence: Recurrence;
  /** Defaults to the directive's validity; must lie within it. */
  readonly validity?: Validity;
  readonly sourceId: SourceId;
}

/**
 * Checks a task — a title, a known kind and recurrence, a recorded directive whose validity holds its own —
 * and adds its row. `createTask` and the bulk loader both come here.
 */
export function checkTask(ctx: BulkContext, input: TaskInput): void {
  const id = ctx.claimId<TaskId>('task', input.id ?? newId<TaskId>('task'));
  const title = checkTaskTitle(input.title);
  if (!isTaskKind(input.kind)) refuse(unknownValue('kind', input.kind));
  if (!(RECURRENCES as readonly string[]).includes(input.recurrence)) refuse(unknownValue('recurrence', input.recurrence));
  ctx.requireSource(input.sourceId);
  const directive = required(ctx.directives.get(input.directiveId), 'DIRECTIVE.NOT_FOUND', input.directiveId);
  checkValidityDates('validity', input.validity);
  const row = taskRow(id, input, title, {
    id: directive.id as DirectiveId,
    label: directive.symbol ?? directive.title,
    validity: validityFromRow(directive),
  });
  ctx.rows.task.push(row);
  ctx.tasks.set(id, row);
}

/** A task's title, trimmed, refused when blank or longer than `TEXT_LIMITS.title`. */
export function checkTaskTitle(raw: string): string {
  checkTextLength('title', raw, 'title');
  const title = raw.trim();
  if (title === '') refuse(emptyTaskTitle());
  return title;
}

/**
 * The validity a task is stored with: the one given, else its directive's. The API checks a token's scope
 * over this very validity.
 */
export function taskValidity(input: Pick<TaskInput, 'validity'>, directiveValidity: Validity): Validity {
  return input.validity ?? directiveValidity;
}

/**
 * The stored row of a task of a directive, its validity (the directive's by default) checked: a proper range
 * within the directive's validity (`label` names the directive in the refusal).
 */
export function taskRow(
  id: TaskId,
  input: TaskInput,
  title: string,
  directive: { readonly id: DirectiveId; readonly label: string; readonly validity: Validity },
): TaskTable {
  const validity = taskValidity(input, directive.validity);
  if (!isProperRange(validity)) refuse(invalidRange({ vi: `nhiệm vụ ${title}`, en: `the task ${title}` }, validity));
  if (!covers(directive.validity, validity)) refuse(taskOutsideDirective(title, validity, directive.label, directive.validity));
  return {
    id,
    directive_id: directive.id,
    kind: input.kind,
    title,
    search_key: searchKey(title),
    recurrence: input.recurrence,
    ...validityToRow(validity),
    source_id: input.sourceId,
  };
}
