import type { ExpressionBuilder } from 'kysely';
import type { AssignmentId, DirectiveId, TaskId } from '../shared/ids.js';
import type { AssignmentTable, Database, Db } from '../store/database.js';
import type { IsoDate } from '../time/iso-date.js';
import { getDirectives } from '../directive/directive.queries.js';
import type { Directive } from '../directive/directive.js';
import { getTasks } from '../task/task.repository.js';
import type { Task } from '../task/task.js';
import type { Assignment, AssignmentEvent, ProgressReport } from './assignment.js';
import { assignmentFromRow, eventFromRow, reportFromRow } from './assignment.mapper.js';
import { isOverdue, type AssignmentStatus } from './assignment-status.js';

/** An assignment seen on a date: with its task and directive, its status that day, and whether it is overdue. */
export interface AssignmentView {
  readonly assignment: Assignment;
  readonly task: Task;
  readonly directive: Directive;
  readonly statusOn: AssignmentStatus;
  readonly overdue: boolean;
}

/**
 * The status of assignment `a` on `date`: a correlated subquery on its events, portable across SQLite and
 * PostgreSQL.
 */
export function statusOnExpression(eb: ExpressionBuilder<Database & { a: AssignmentTable }, 'a'>, date: IsoDate) {
  return eb
    .selectFrom('assignment_event as e')
    .select('e.status')
    .whereRef('e.assignment_id', '=', 'a.id')
    .where('e.on_date', '<=', date)
    .orderBy('e.seq', 'desc')
    .limit(1);
}

/** An assignment by id. */
export async function getAssignment(db: Db, id: AssignmentId): Promise<Assignment | undefined> {
  const row = await db.selectFrom('assignment').selectAll().where('id', '=', id).executeTakeFirst();
  return row && assignmentFromRow(row);
}

/** The status of an assignment on a date (`undefined` before it was assigned). */
export async function statusOn(db: Db, id: AssignmentId, date: IsoDate): Promise<AssignmentStatus | undefined> {
  const row = await db
    .selectFrom('assignment_event')
    .select('status')
    .where('assignment_id', '=', id)
    .where('on_date', '<=', date)
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.status as AssignmentStatus | undefined;
}

/** The status history of an assignment, oldest first. */
export async function eventsOf(db: Db, id: AssignmentId): Promise<AssignmentEvent[]> {
  const rows = await db.selectFrom('assignment_event').selectAll().where('assignment_id', '=', id).orderBy('seq').execute();
  return rows.map(eventFromRow);
}

/** The progress reports of an assignment, oldest first. */
export async function progressReportsOf(db: Db, id: AssignmentId): Promise<ProgressReport[]> {
  const rows = await db.selectFrom('progress_report').selectAll().where('assignment_id', '=', id).orderBy('reported_on').orderBy('id').execute();
  return rows.map(reportFromRow);
}

/** Turns rows carrying `status_on` into views, loading their tasks and directives in two queries. */
export async function toViews(db: Db, rows: readonly (AssignmentTable & { status_on: string | null })[], date: IsoDate): Promise<AssignmentView[]> {
  const tasks = await getTasks(db, [...new Set(rows.map((r) => r.task_id as TaskId))]);
  const taskById = new Map(tasks.filter((t): t is Task => t !== undefined).map((t) => [t.id, t]));
  const directives = await getDirectives(db, [...new Set([...taskById.values()].map((t) => t.directiveId as DirectiveId))]);
  const directiveById = new Map(directives.filter((d): d is Directive => d !== undefined).map((d) => [d.id, d]));
  return rows.map((row) => {
    const assignment = assignmentFromRow(row);
    const task = taskById.get(assignment.taskId)!;
    const status = (row.status_on ?? 'assigned') as AssignmentStatus;
    return {
      assignment,
      task,
      directive: directiveById.get(task.directiveId)!,
      statusOn: status,
      overdue: isOverdue({ status, dueDate: assignment.dueOn }, date),
    };
  });
}
