import { POST_TYPES, type PostType } from '../catalog/post-type.js';
import type { OrganizationId, PersonId, PostId, UnitId } from '../shared/ids.js';
import type { Db } from '../store/database.js';
import { validOn } from '../store/validity.mapper.js';
import type { IsoDate } from '../time/iso-date.js';
import { relationDepths } from './assignment-reach.js';
import type { AssigneeRef, AssignerRef } from './assignment-request.js';
import type { AssignmentRule, PostSpec } from './assignment-rule.js';

// These queries only narrow: every party a rule could allow is among their rows (they read the constraints
// a rule states in SQL), and each row is then decided as `checkAssignment` decides it. A row too many costs a
// check; a row missing would be a wrong answer, so nothing here is stricter than the rules.

/**
 * The assigners some rule could let give a task to an assignee at one of `assigneeUnits` on `date`:
 * organizations of the rule's types and levels and their posts, in force, at a unit the rule's relation
 * puts above or at the assignee's.
 */
export async function assignerCandidates(
  db: Db,
  rules: readonly AssignmentRule[],
  date: IsoDate,
  assigneeUnits: readonly UnitId[],
): Promise<AssignerRef[]> {
  if (assigneeUnits.length === 0) return [];
  const found = new Map<string, AssignerRef>();
  for (const rule of rules) {
    const { min, max } = relationDepths(rule.relation);
    const units = db
      .selectFrom('unit_closure as c')
      .select('c.ancestor_id')
      .where('c.descendant_id', 'in', assigneeUnits)
      .where((eb) => validOn(eb, 'c', date))
      .where('c.depth', '>=', min)
      .$if(max !== null, (q) => q.where('c.depth', '<=', max!));
    const spec = rule.assigner;
    const bodies = db
      .selectFrom('organization as o')
      .innerJoin('admin_unit as u', 'u.id', 'o.unit_id')
      .where('o.type', 'in', spec.organizationTypes)
      .where((eb) => validOn(eb, 'o', date))
      .where('o.unit_id', 'in', units)
      .$if(spec.levels !== undefined, (q) => q.where('u.level', 'in', spec.levels!));
    if (spec.kind === 'organization') {
      for (const r of await bodies.select('o.id').execute()) found.set(r.id, { kind: 'organization', id: r.id as OrganizationId });
    }
    // A rule naming an organization is met by its posts too: a post assigns as part of its organization.
    const types = spec.kind === 'organization' ? postTypesOf({}) : postTypesOf(spec);
    if (types.length === 0) continue;
    const posts = await bodies
      .innerJoin('post as p', 'p.organization_id', 'o.id')
      .where('p.type', 'in', types)
      .where((eb) => validOn(eb, 'p', date))
      .select('p.id')
      .execute();
    for (const r of posts) found.set(r.id, { kind: 'post', id: r.id as PostId });
  }
  return [...found.values()];
}

/**
 * The assignees some rule could let an assigner at `assignerUnit` give a task to on `date`, at units in
 * `under`'s subtree: organizations and posts of the rule's types, in force, and the people holding such
 * posts on the date, at a unit the rule's relation puts at or below the assigner's.
 */
export async function assigneeCandidates(
  db: Db,
  rules: readonly AssignmentRule[],
  date: IsoDate,
  assignerUnit: UnitId,
  under: UnitId,
): Promise<AssigneeRef[]> {
  const found = new Map<string, AssigneeRef>();
  const subtree = db
    .selectFrom('unit_closure as s')
    .select('s.descendant_id')
    .where('s.ancestor_id', '=', under)
    .where((eb) => validOn(eb, 's', date));
  for (const rule of rules) {
    const { min, max } = relationDepths(rule.relation);
    const units = db
      .selectFrom('unit_closure as c')
      .select('c.descendant_id')
      .where('c.ancestor_id', '=', assignerUnit)
      .where((eb) => validOn(eb, 'c', date))
      .where('c.depth', '>=', min)
      .$if(max !== null, (q) => q.where('c.depth', '<=', max!))
      .where('c.descendant_id', 'in', subtree);
    for (const spec of rule.assignees) {
      const types =
        spec.kind === 'organization'
          ? spec.organizationTypes
          : spec.kind === 'post'
            ? spec.organizationTypes
            : spec.holding.organizationTypes;
      const bodies = db.selectFrom('organization as o').where('o.type', 'in', types).where('o.unit_id', 'in', units);
      switch (spec.kind) {
        case 'organization': {
          const rows = await bodies
            .where((eb) => validOn(eb, 'o', date))
            .select('o.id')
            .execute();
          for (const r of rows) found.set(r.id, { kind: 'organization', id: r.id as OrganizationId });
          break;
        }
        case 'post': {
          const postTypes = postTypesOf(spec);
          if (postTypes.length === 0) break;
          const rows = await bodies
            .innerJoin('post as p', 'p.organization_id', 'o.id')
            .where('p.type', 'in', postTypes)
            .where((eb) => eb.and([validOn(eb, 'o', date), validOn(eb, 'p', date)]))
            .select('p.id')
            .execute();
          for (const r of rows) found.set(r.id, { kind: 'post', id: r.id as PostId });
          break;
        }
        case 'holder': {
          const postTypes = postTypesOf(spec.holding);
          if (postTypes.length === 0) break;
          // A person's posts count on the date of their holding alone, as `postsHeldBy` reads them.
          const rows = await bodies
            .innerJoin('post as p', 'p.organization_id', 'o.id')
            .innerJoin('holding as h', 'h.post_id', 'p.id')
            .where('p.type', 'in', postTypes)
            .where((eb) => validOn(eb, 'h', date))
            .select('h.person_id')
            .distinct()
            .execute();
          for (const r of rows) found.set(r.person_id, { kind: 'person', id: r.person_id as PersonId });
          break;
        }
      }
    }
  }
  return [...found.values()];
}

/** The post types a spec admits: its types (all if none named), heading ones only when it asks for heads. */
function postTypesOf(spec: Pick<PostSpec, 'postTypes' | 'heads'>): PostType[] {
  const all = Object.keys(POST_TYPES) as PostType[];
  return all.filter((t) => (!spec.postTypes || spec.postTypes.includes(t)) && (!spec.heads || POST_TYPES[t].heads));
}
