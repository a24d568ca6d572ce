import type { AssignmentTable, Db } from '../store/database.js';
import type { IsoDate } from '../time/iso-date.js';
import type { OrganizationId, PersonId, PostId, TaskId } from '../shared/ids.js';
import type { HeldPost } from '../holding/holding.js';
import { headsOfOrganizations, holdersOfPosts, postsHeldBy } from '../holding/holding.queries.js';
import type { Person } from '../person/person.js';
import { getPeople } from '../person/person.batch.js';
import { statusOnExpression, toViews, type AssignmentView } from './assignment.queries.js';

/** By which path a person carries an assignment on a date. */
export type ResponsibilityPath =
  | { readonly kind: 'direct' }
  | { readonly kind: 'post'; readonly held: HeldPost }
  | { readonly kind: 'headOf'; readonly held: HeldPost };

/** A task a person carries on a date, and every path by which it reaches them. */
export interface PersonTask {
  readonly view: AssignmentView;
  readonly paths: readonly ResponsibilityPath[];
}

/**
 * The assignments in force on `date`: given on or before it, not cancelled by then, and either within their
 * period or still open (unfinished work from an earlier period stays with its assignee).
 */
function inForceOn(db: Db, date: IsoDate) {
  return db
    .selectFrom('assignment as a')
    .selectAll('a')
    .select((eb) => statusOnExpression(eb, date).as('status_on'))
    .where('a.assigned_on', '<=', date);
}

function keepInForce<R extends AssignmentTable & { status_on: string | null }>(rows: R[], date: IsoDate): R[] {
  return rows.filter((r) => r.status_on !== 'cancelled' && (date < r.period_to || r.status_on !== 'done'));
}

/**
 * Every task a person carries on a date: given to them directly, to a post they hold that day, or to an
 * organization they head that day — each answer says by which path. A holding outside its term reaches
 * nothing.
 *
 * @example
 * for (const { view, paths } of await tasksOfPerson(db, trieuDucLong, isoDate('2023-03-01'))) {
 *   console.log(view.task.title, paths.map((p) => p.kind));
 * }
 */
export async function tasksOfPerson(db: Db, personId: PersonId, date: IsoDate): Promise<PersonTask[]> {
  const held = await postsHeldBy(db, personId, date);
  const postIds = held.map((h) => h.post.id as string);
  const headed = held.filter((h) => h.post.heads);
  const orgIds = headed.map((h) => h.organization.id as string);
  const rows = await inForceOn(db, date)
    .where((eb) =>
      eb.or([
        eb('a.assignee_person_id', '=', personId),
        ...(postIds.length > 0 ? [eb('a.assignee_post_id', 'in', postIds)] : []),
        ...(orgIds.length > 0 ? [eb('a.assignee_org_id', 'in', orgIds)] : []),
      ]),
    )
    .orderBy('a.assigned_on')
    .orderBy('a.id')
    .execute();
  const views = await toViews(db, keepInForce(rows, date), date);
  return views.map((view) => {
    const a = view.assignment.assignee;
    const paths: ResponsibilityPath[] = [];
    if (a.kind === 'person') paths.push({ kind: 'direct' });
    if (a.kind === 'post') for (const h of held.filter((x) => x.post.id === a.id)) paths.push({ kind: 'post', held: h });
    if (a.kind === 'organization') for (const h of headed.filter((x) => x.organization.id === a.id)) paths.push({ kind: 'headOf', held: h });
    return { view, paths };
  });
}

/** The people responsible for one assignment on a date, and how. */
export interface Responsible {
  readonly view: AssignmentView;
  readonly people: readonly { readonly person: Person; readonly path: ResponsibilityPath }[];
}

/**
 * Every assignment of a task in force on a date, resolved down to the people responsible then: the person
 * named, the holders of the post, or the heads of the organization.
 */
export async function responsibleFor(db: Db, taskId: TaskId, date: IsoDate): Promise<Responsible[]> {
  const rows = await inForceOn(db, date).where('a.task_id', '=', taskId).orderBy('a.assigned_on').orderBy('a.id').execute();
  const views = await toViews(db, keepInForce(rows, date), date);
  const refs = views.map((v) => v.assignment.assignee);
  const idsOf = (kind: 'person' | 'post' | 'organization') => [...new Set(refs.filter((r) => r.kind === kind).map((r) => r.id as string))];
  // Three queries whatever the number of assignments: the people named, the posts' holders, the bodies' heads.
  const people = new Map((await getPeople(db, idsOf('person') as PersonId[])).flatMap((p) => (p ? [[p.id as string, p] as const] : [])));
  const holders = await holdersOfPosts(db, idsOf('post') as PostId[], date);
  const heads = await headsOfOrganizations(db, idsOf('organization') as OrganizationId[], date);
  return views.map((view) => {
    const a = view.assignment.assignee;
    switch (a.kind) {
      case 'person': {
        const person = people.get(a.id);
        return { view, people: person ? [{ person, path: { kind: 'direct' } as const }] : [] };
      }
      case 'post':
        return { view, people: (holders.get(a.id) ?? []).map((held) => ({ person: held.person, path: { kind: 'post', held } as const })) };
      case 'organization':
        return { view, people: (heads.get(a.id) ?? []).map((held) => ({ person: held.person, path: { kind: 'headOf', held } as const })) };
    }
  });
}
