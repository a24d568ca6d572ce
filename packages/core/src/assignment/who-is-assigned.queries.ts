import type { AssignmentTable, Db } from '../store/database.js';
import type { IsoDate } from '../time/iso-date.js';
import type { OrganizationId, PersonId, PostId, TaskId } from '../shared/ids.js';
import type { HeldPost } from '../holding/holding.js';
import type { AssigneeRef } from '../rule/assignment-request.js';
import { headsOfOrganizations, holdersOfPosts, postsHeldBy } from '../holding/holding.queries.js';
import { POST_TYPES } from '../catalog/post-type.js';
import type { Person } from '../person/person.js';
import { personFromRow } from '../person/person.mapper.js';
import { preparedQuery } from '../store/prepared-query.js';
import { validOn } from '../store/validity.mapper.js';
import { statusOnExpression, toViews, type AssignmentView } from './assignment.queries.js';

/** By which path a person carries an assignment on a date. */
export type ResponsibilityPath =
  { readonly kind: 'direct' } | { readonly kind: 'post'; readonly held: HeldPost } | { readonly kind: 'headOf'; readonly held: HeldPost };

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

/** The post types whose holders head their organization. */
const HEAD_POST_TYPES = Object.entries(POST_TYPES).flatMap(([type, info]) => (info.heads ? [type] : []));

/**
 * The assignments a person carries on a date by any path, in one query: the posts they hold and the bodies
 * they head are subqueries, so the statement has one shape for everyone and is compiled once.
 */
const assignmentsOfPerson = preparedQuery((db, personId: PersonId, date: IsoDate) => {
  // The same holdings as `postsHeldBy` (the joined person, organization and unit exist by foreign key).
  const held = db
    .selectFrom('holding as h')
    .innerJoin('post as p', 'p.id', 'h.post_id')
    .where('h.person_id', '=', personId)
    .where((eb) => validOn(eb, 'h', date));
  return inForceOn(db, date)
    .where((eb) =>
      eb.or([
        eb('a.assignee_person_id', '=', personId),
        eb('a.assignee_post_id', 'in', held.select('h.post_id')),
        eb('a.assignee_org_id', 'in', held.select('p.organization_id').where('p.type', 'in', HEAD_POST_TYPES)),
      ]),
    )
    .orderBy('a.assigned_on')
    .orderBy('a.id');
});

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
  const rows = keepInForce(await assignmentsOfPerson(db, personId, date), date);
  // Most people carry nothing: one statement answers them. The posts held are read only to name the paths.
  if (rows.length === 0) return [];
  const held = await postsHeldBy(db, personId, date);
  const views = await toViews(db, rows, date);
  return views.map((view) => ({ view, paths: pathsOf(view.assignment.assignee, held) }));
}

/**
 * Every path by which an assignment's assignee reaches a person, from the posts they hold that day: by name,
 * through each holding of the post, or as head (through each holding of a heading post) of the organization.
 */
export function pathsOf(assignee: AssigneeRef, held: readonly HeldPost[]): ResponsibilityPath[] {
  switch (assignee.kind) {
    case 'person':
      return [{ kind: 'direct' }];
    case 'post':
      return held.filter((h) => h.post.id === assignee.id).map((h) => ({ kind: 'post', held: h }));
    case 'organization':
      return held.filter((h) => h.post.heads && h.organization.id === assignee.id).map((h) => ({ kind: 'headOf', held: h }));
  }
}

/** The people responsible for one assignment on a date, and how. */
export interface Responsible {
  readonly view: AssignmentView;
  readonly people: readonly { readonly person: Person; readonly path: ResponsibilityPath }[];
}

/** The assignments of a task given on or before a date, with the person named when there is one. */
const assignmentsOfTask = preparedQuery((db, taskId: TaskId, date: IsoDate) =>
  inForceOn(db, date)
    .leftJoin('person as pe', 'pe.id', 'a.assignee_person_id')
    .select(['pe.full_name as pe_full_name', 'pe.search_key as pe_search_key', 'pe.source_id as pe_source_id'])
    .where('a.task_id', '=', taskId)
    .orderBy('a.assigned_on')
    .orderBy('a.id'),
);

/**
 * Every assignment of a task in force on a date, resolved down to the people responsible then: the person
 * named, the holders of the post, or the heads of the organization.
 */
export async function responsibleFor(db: Db, taskId: TaskId, date: IsoDate): Promise<Responsible[]> {
  const rows = keepInForce(await assignmentsOfTask(db, taskId, date), date);
  const views = await toViews(db, rows, date);
  const refs = views.map((v) => v.assignment.assignee);
  const idsOf = (kind: 'person' | 'post' | 'organization') => [...new Set(refs.filter((r) => r.kind === kind).map((r) => r.id as string))];
  // The people named come with the assignments; the posts' holders and the bodies' heads take a query each.
  const people = new Map<string, Person>();
  for (const r of rows) {
    if (r.assignee_person_id && r.pe_full_name !== null) {
      people.set(
        r.assignee_person_id,
        personFromRow({ id: r.assignee_person_id, full_name: r.pe_full_name, search_key: r.pe_search_key!, source_id: r.pe_source_id! }),
      );
    }
  }
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
