import { groupBy } from '../shared/group-by.js';
import type { DirectiveId } from '../shared/ids.js';
import type { Db } from '../store/database.js';
import type { Task } from './task.js';
import { taskFromRow } from './task.mapper.js';

/** The tasks of each directive, by title, in key order, in one query (tasksOf for many directives). */
export async function tasksOfDirectives(db: Db, directiveIds: readonly DirectiveId[]): Promise<Task[][]> {
  if (directiveIds.length === 0) return [];
  const rows = await db
    .selectFrom('task')
    .selectAll()
    .where('directive_id', 'in', directiveIds)
    .orderBy('search_key')
    .orderBy('id')
    .execute();
  const byDirective = groupBy(rows, (r) => r.directive_id, taskFromRow);
  return directiveIds.map((id) => byDirective.get(id) ?? []);
}
