import { invalidRange, notFound } from '../shared/common.errors.js';
import { coreError, refuse, type CoreError } from '../shared/core-error.js';
import { newId, type DirectiveId, type SourceId, type TaskId } from '../shared/ids.js';
import type { Result } from '../shared/result.js';
import { requireSource } from '../source/require-source.js';
import type { Db, TaskTable } from '../store/database.js';
import { runWrite } from '../store/run-write.js';
import { validityFromRow, validityToRow } from '../store/validity.mapper.js';
import { searchKey } from '../text/search-key.js';
import { covers, formatValidity, isProperRange, type Validity } from '../time/validity.js';
import type { InvalidRangeError, NotFoundError, TextTooLongError } from '../shared/common.errors.js';
import { checkTextLength } from '../shared/text-limits.js';
import { getOrganization } from '../organization/organization.queries.js';
import { getDirective } from '../directive/directive.queries.js';
import type { Recurrence } from './recurrence.js';
import type { TaskKind } from './task-kind.js';
import type { Task } from './task.js';

export type TaskOutsideDirectiveError = CoreError<'TASK.OUTSIDE_DIRECTIVE_VALIDITY', { validity: Validity }>;
export type TaskWriteError = InvalidRangeError | NotFoundError | TaskOutsideDirectiveError | CoreError<'TASK.EMPTY_TITLE'> | TextTooLongError;

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

/** Records a task of a directive. Audited under the unit of the directive's first party. */
export async function createTask(db: Db, input: TaskInput): Promise<Result<Task, TaskWriteError>> {
  let unitId: string | null = null;
  return runWrite(db, async (trx) => {
    const title = checkTaskTitle(input.title);
    await requireSource(trx, input.sourceId);
    const directive = await getDirective(trx, input.directiveId);
    if (!directive) refuse(notFound('DIRECTIVE.NOT_FOUND', input.directiveId));
    const row = taskRow(input.id ?? newId<TaskId>('task'), input, title, { id: directive.id, label: directive.symbol?.raw ?? directive.title, validity: directive.validity });
    const party = directive.parties[0];
    unitId = party ? ((await getOrganization(trx, party.organizationId))?.unitId ?? null) : null;
    await trx.insertInto('task').values(row).execute();
    return taskFromRow(row);
  }, (t) => ({ action: 'task.create', entityType: 'task', entityId: t.id, unitId, after: t }));
}

/** A task's title, trimmed, refused when blank or longer than `TEXT_LIMITS.title`. */
export function checkTaskTitle(raw: string): string {
  checkTextLength('title', raw, 'title');
  const title = raw.trim();
  if (title === '') refuse(coreError('TASK.EMPTY_TITLE', 'Tên nhiệm vụ không được để trống.'));
  return title;
}

/**
 * The validity a task is stored with: the one given, else its directive's. The API checks a token's scope
 * over this very validity.
 */
export function taskValidity(input: Pick<TaskInput, 'validity'>, directiveValidity: Validity): Validity {
  return input.validity ?? directiveValidity;
}

/** A task by id. */
export async function getTask(db: Db, id: TaskId): Promise<Task | undefined> {
  return (await getTasks(db, [id]))[0];
}

/** Tasks by id, in the order of `ids`. */
export async function getTasks(db: Db, ids: readonly TaskId[]): Promise<(Task | undefined)[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('task').selectAll().where('id', 'in', ids).execute();
  const byId = new Map(rows.map((r) => [r.id, taskFromRow(r)]));
  return ids.map((id) => byId.get(id));
}

/** The tasks of a directive. */
export async function tasksOf(db: Db, directiveId: DirectiveId): Promise<Task[]> {
  const rows = await db.selectFrom('task').selectAll().where('directive_id', '=', directiveId).orderBy('search_key').orderBy('id').execute();
  return rows.map(taskFromRow);
}

/** The task with that id, or a refusal. */
export async function requireTask(trx: Db, id: TaskId): Promise<Task> {
  const task = await getTask(trx, id);
  if (!task) refuse(notFound('TASK.NOT_FOUND', id));
  return task;
}

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

/**
 * The stored row of a task of a directive, its validity (the directive's by default) checked: a proper range
 * within the directive's validity (`label` names the directive in the refusal).
 */
export function taskRow(id: TaskId, input: TaskInput, title: string, directive: { readonly id: DirectiveId; readonly label: string; readonly validity: Validity }): TaskTable {
  const validity = taskValidity(input, directive.validity);
  if (!isProperRange(validity)) refuse(invalidRange(`nhiệm vụ ${title}`, validity));
  if (!covers(directive.validity, validity)) {
    refuse(
      coreError(
        'TASK.OUTSIDE_DIRECTIVE_VALIDITY',
        `Nhiệm vụ "${title}" ${formatValidity(validity)} không thể kéo dài ngoài hiệu lực của văn bản ${directive.label} ${formatValidity(directive.validity)}.`,
        { validity },
      ),
    );
  }
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
