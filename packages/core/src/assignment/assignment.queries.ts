import type { ExpressionBuilder } from 'kysely';
import type { AssignmentId, OrganizationId } from '../shared/ids.js';
import type { AssignmentTable, Database, Db } from '../store/database.js';
import type { IsoDate } from '../time/iso-date.js';
import { directiveFromRow } from '../directive/directive.mapper.js';
import type { Directive, DirectiveParty } from '../directive/directive.js';
import { taskFromRow } from '../task/task.mapper.js';
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
  const rows = await db
    .selectFrom('progress_report')
    .selectAll()
    .where('assignment_id', '=', id)
    .orderBy('reported_on')
    .orderBy('id')
    .execute();
  return rows.map(reportFromRow);
}

/** Turns rows carrying `status_on` into views, loading their tasks with their directives, then the directives' parties: two queries. */
export async function toViews(
  db: Db,
  rows: readonly (AssignmentTable & { status_on: string | null })[],
  date: IsoDate,
): Promise<AssignmentView[]> {
  if (rows.length === 0) return [];
  const taskById = await tasksWithDirectives(db, [...new Set(rows.map((r) => r.task_id))]);
  return rows.map((row) => {
    const assignment = assignmentFromRow(row);
    const { task, directive } = taskById.get(assignment.taskId)!;
    const status = (row.status_on ?? 'assigned') as AssignmentStatus;
    return { assignment, task, directive, statusOn: status, overdue: isOverdue({ status, dueDate: assignment.dueOn }, date) };
  });
}

/** Tasks by id with their directives (and the directives' issuing bodies): task id → both. */
async function tasksWithDirectives(db: Db, taskIds: readonly string[]): Promise<Map<string, { task: Task; directive: Directive }>> {
  const rows = await db
    .selectFrom('task as t')
    .innerJoin('directive as d', 'd.id', 't.directive_id')
    .selectAll('t')
    .select([
      'd.kind as d_kind',
      'd.symbol as d_symbol',
      'd.symbol_number as d_symbol_number',
      'd.symbol_type as d_symbol_type',
      'd.symbol_issuer as d_symbol_issuer',
      'd.symbol_year as d_symbol_year',
      'd.title as d_title',
      'd.search_key as d_search_key',
      'd.issued_on as d_issued_on',
      'd.valid_from as d_valid_from',
      'd.valid_to as d_valid_to',
      'd.implements_id as d_implements_id',
      'd.source_id as d_source_id',
    ])
    .where('t.id', 'in', taskIds)
    .execute();
  const directiveIds = [...new Set(rows.map((r) => r.directive_id))];
  const parties = await db
    .selectFrom('directive_party')
    .selectAll()
    .where('directive_id', 'in', directiveIds)
    .orderBy('role')
    .orderBy('organization_id')
    .execute();
  const partiesOf = new Map<string, DirectiveParty[]>();
  for (const p of parties)
    partiesOf.set(p.directive_id, [
      ...(partiesOf.get(p.directive_id) ?? []),
      { organizationId: p.organization_id as OrganizationId, role: p.role },
    ]);
  const directives = new Map<string, Directive>();
  const result = new Map<string, { task: Task; directive: Directive }>();
  for (const r of rows) {
    let directive = directives.get(r.directive_id);
    if (!directive) {
      directive = directiveFromRow(
        {
          id: r.directive_id,
          kind: r.d_kind,
          symbol: r.d_symbol,
          symbol_number: r.d_symbol_number,
          symbol_type: r.d_symbol_type,
          symbol_issuer: r.d_symbol_issuer,
          symbol_year: r.d_symbol_year,
          title: r.d_title,
          search_key: r.d_search_key,
          issued_on: r.d_issued_on,
          valid_from: r.d_valid_from,
          valid_to: r.d_valid_to,
          implements_id: r.d_implements_id,
          source_id: r.d_source_id,
        },
        partiesOf.get(r.directive_id) ?? [],
      );
      directives.set(r.directive_id, directive);
    }
    result.set(r.id, { task: taskFromRow(r), directive });
  }
  return result;
}
