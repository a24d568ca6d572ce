import { writeSingle } from '../bulk/bulk-records.js';
import { notFound } from '../shared/common.errors.js';
import { refuse } from '../shared/core-error.js';
import type { DirectiveId, TaskId } from '../shared/ids.js';
import type { Result } from '../shared/result.js';
import type { Db } from '../store/database.js';
import { runWrite } from '../store/run-write.js';
import type { TaskInput } from './task.checks.js';
import type { TaskWriteError } from './task.errors.js';
import { taskFromRow } from './task.mapper.js';
import type { Task } from './task.js';

export { checkTaskTitle, taskRow, taskValidity, type TaskInput } from './task.checks.js';
export type { TaskOutsideDirectiveError, TaskWriteError } from './task.errors.js';
export { taskFromRow } from './task.mapper.js';

/** Records a task of a directive (checked by `checkTask`, written as a batch of one). Audited under the unit of the directive's first party. */
export async function createTask(db: Db, input: TaskInput): Promise<Result<Task, TaskWriteError>> {
  let unitId: string | null = null;
  return runWrite(
    db,
    async (trx) => {
      const ctx = await writeSingle(db, trx, { tasks: [input] });
      const row = ctx.rows.task[0]!;
      // The directive's first party in the order `getDirective` gives them.
      const party = await trx
        .selectFrom('directive_party as dp')
        .innerJoin('organization as o', 'o.id', 'dp.organization_id')
        .select('o.unit_id')
        .where('dp.directive_id', '=', row.directive_id)
        .orderBy('dp.role')
        .orderBy('dp.organization_id')
        .executeTakeFirst();
      unitId = party?.unit_id ?? null;
      return taskFromRow(row);
    },
    (t) => ({ action: 'task.create', entityType: 'task', entityId: t.id, unitId, after: t }),
  );
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
  const rows = await db
    .selectFrom('task')
    .selectAll()
    .where('directive_id', '=', directiveId)
    .orderBy('search_key')
    .orderBy('id')
    .execute();
  return rows.map(taskFromRow);
}

/** The task with that id, or a refusal. */
export async function requireTask(trx: Db, id: TaskId): Promise<Task> {
  const task = await getTask(trx, id);
  if (!task) refuse(notFound('TASK.NOT_FOUND', id));
  return task;
}
