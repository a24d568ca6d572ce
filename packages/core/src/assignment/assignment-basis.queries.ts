import type { Db } from '../store/database.js';
import type { IsoDate } from '../time/iso-date.js';

/** An assignment whose rule decision rests on a record: what it is, and the day it was given. */
export interface AssignmentResting {
  readonly assignmentId: string;
  readonly taskTitle: string;
  readonly assignedOn: IsoDate;
}

/** What an assignment's decision may rest on: a holding (a person through a post), posts, or bodies with their posts. */
export type AssignmentBasis =
  | { readonly kind: 'holding'; readonly personId: string; readonly postId: string; readonly validFrom: string; readonly validTo: string }
  | { readonly kind: 'organizations'; readonly organizationIds: readonly string[] }
  | { readonly kind: 'posts'; readonly postIds: readonly string[] };

/**
 * The first assignment given on or after `date` whose rule decision rests on `basis`: given to a person
 * through the held post while the holding lasted, or given by or to one of the bodies or their posts. Ending
 * the basis on `date` would leave that decision standing on nothing, so the end is refused (read in the ending
 * write's own transaction, so that a racing `assignTask` and the end meet one after the other).
 */
export async function firstAssignmentResting(trx: Db, basis: AssignmentBasis, date: IsoDate): Promise<AssignmentResting | undefined> {
  let query = trx
    .selectFrom('assignment')
    .innerJoin('task', 'task.id', 'assignment.task_id')
    .select(['assignment.id', 'assignment.assigned_on', 'task.title'])
    .where('assignment.assigned_on', '>=', date)
    .orderBy('assignment.assigned_on')
    .orderBy('assignment.id')
    .limit(1);
  if (basis.kind === 'holding') {
    query = query
      .where('assignment.assignee_person_id', '=', basis.personId)
      .where('assignment.assignee_via_post_id', '=', basis.postId)
      .where('assignment.assigned_on', '>=', basis.validFrom)
      .where('assignment.assigned_on', '<', basis.validTo);
  } else if (basis.kind === 'posts') {
    if (basis.postIds.length === 0) return undefined;
    query = query.where((eb) =>
      eb.or([
        eb('assignment.assigner_post_id', 'in', basis.postIds),
        eb('assignment.assignee_post_id', 'in', basis.postIds),
        eb('assignment.assignee_via_post_id', 'in', basis.postIds),
      ]),
    );
  } else {
    if (basis.organizationIds.length === 0) return undefined;
    const posts = trx.selectFrom('post').select('post.id').where('post.organization_id', 'in', basis.organizationIds);
    query = query.where((eb) =>
      eb.or([
        eb('assignment.assigner_org_id', 'in', basis.organizationIds),
        eb('assignment.assignee_org_id', 'in', basis.organizationIds),
        eb('assignment.assigner_post_id', 'in', posts),
        eb('assignment.assignee_post_id', 'in', posts),
        eb('assignment.assignee_via_post_id', 'in', posts),
      ]),
    );
  }
  const row = await query.executeTakeFirst();
  return row && { assignmentId: row.id, taskTitle: row.title, assignedOn: row.assigned_on as IsoDate };
}
