import { notFound, type NotFoundError } from '../shared/common.errors.js';
import type { UnitId } from '../shared/ids.js';
import { err, ok, type Result } from '../shared/result.js';
import type { Db } from '../store/database.js';
import { validOn } from '../store/validity.mapper.js';
import type { IsoDate } from '../time/iso-date.js';
import { formatValidity, holdsOn, type Validity } from '../time/validity.js';
import { postsHeldBy } from '../holding/holding.queries.js';
import type { Organization } from '../organization/organization.js';
import { getPerson } from '../person/person.repository.js';
import type { Post } from '../post/post.js';
import { getUnit } from '../unit/unit.queries.js';
import type { Unit } from '../unit/unit.js';
import type { AssigneeCandidate, AssignmentFacts } from './assignment-facts.js';
import type { AssignmentRequest } from './assignment-request.js';
import { organizationWithUnit, postWithOrganization, type OrganizationAtUnit } from './assignment-parties.queries.js';

/** Reads from the store everything the rules need to decide a request on its date. */
export async function resolveAssignmentFacts(db: Db, request: AssignmentRequest): Promise<Result<AssignmentFacts, NotFoundError>> {
  const failures: string[] = [];
  const date = request.date;
  const inForce = (what: string, v: Validity) => {
    if (!holdsOn(v, date)) failures.push(`${what} không tồn tại vào ngày ${date} (hiệu lực ${formatValidity(v)}).`);
  };

  // Each party is one query: a post with its organization and unit, or an organization with its unit.
  const assignerAt = request.assigner.kind === 'post' ? await postWithOrganization(db, request.assigner.id) : null;
  if (request.assigner.kind === 'post' && !assignerAt) return err(notFound('POST.NOT_FOUND', request.assigner.id));
  const assignerPost = assignerAt?.post ?? null;
  const assignerOrgId = assignerPost ? assignerPost.organizationId : (request.assigner.id as Organization['id']);
  const assignerOrg = assignerAt ? assignerAt.at : await organizationWithUnit(db, assignerOrgId);
  if (!assignerOrg) return err(notFound('ORGANIZATION.NOT_FOUND', assignerOrgId));
  const assignerLabel = assignerPost ? `${assignerPost.title} — ${assignerOrg.organization.name}` : assignerOrg.organization.name;
  inForce(assignerOrg.organization.name, assignerOrg.organization.validity);
  if (assignerPost) inForce(`Chức vụ ${assignerLabel}`, assignerPost.validity);

  const candidates: AssigneeCandidate[] = [];
  let assigneeLabel: string;
  let person = null;
  const assignee = request.assignee;
  if (assignee.kind === 'person') {
    person = (await getPerson(db, assignee.id)) ?? null;
    if (!person) return err(notFound('PERSON.NOT_FOUND', assignee.id));
    assigneeLabel = person.fullName;
    for (const held of await postsHeldBy(db, person.id, date)) {
      candidates.push({ organization: held.organization, unit: held.unit, post: held.post, held });
    }
  } else {
    let post: Post | null = null;
    let orgId = assignee.id as Organization['id'];
    let org: OrganizationAtUnit | undefined;
    if (assignee.kind === 'post') {
      const found = await postWithOrganization(db, assignee.id);
      if (!found) return err(notFound('POST.NOT_FOUND', assignee.id));
      post = found.post;
      orgId = post.organizationId;
      org = found.at;
    } else {
      org = await organizationWithUnit(db, orgId);
    }
    if (!org) return err(notFound('ORGANIZATION.NOT_FOUND', orgId));
    assigneeLabel = post ? `${post.title} — ${org.organization.name}` : org.organization.name;
    inForce(org.organization.name, org.organization.validity);
    if (post) inForce(`Chức vụ ${assigneeLabel}`, post.validity);
    candidates.push({ organization: org.organization, unit: org.unit, post, held: null });
  }

  let place: Unit | null = null;
  if (request.placeUnitId) {
    place = (await getUnit(db, request.placeUnitId)) ?? null;
    if (!place) return err(notFound('UNIT.NOT_FOUND', request.placeUnitId));
    inForce(place.fullName, place.validity);
  }

  const sameBody =
    (assignee.kind === 'organization' && request.assigner.kind === 'organization' && assignee.id === request.assigner.id) ||
    (assignee.kind === 'post' && request.assigner.kind === 'post' && assignee.id === request.assigner.id);
  if (sameBody) failures.push(`Bên giao và bên nhận là một (${assignerLabel}): không thể tự giao nhiệm vụ cho chính mình.`);

  const units = [...new Set([assignerOrg.unit.id, ...candidates.map((c) => c.unit.id), ...(place ? [place.id] : [])])];
  return ok({
    request,
    assigner: { organization: assignerOrg.organization, unit: assignerOrg.unit, post: assignerPost ?? null, label: assignerLabel },
    assignee: { label: assigneeLabel, person, candidates },
    place,
    ancestry: await ancestryOn(db, units, date),
    preconditionFailures: failures,
  });
}

/** For each unit, its ancestors on `date` (itself at distance 0), in one query. */
async function ancestryOn(db: Db, units: readonly UnitId[], date: IsoDate): Promise<Map<UnitId, Map<UnitId, number>>> {
  const ancestry = new Map<UnitId, Map<UnitId, number>>(units.map((u) => [u, new Map()]));
  if (units.length === 0) return ancestry;
  const rows = await db
    .selectFrom('unit_closure')
    .select(['ancestor_id', 'descendant_id', 'depth'])
    .where('descendant_id', 'in', units)
    .where((eb) => validOn(eb, 'unit_closure', date))
    .execute();
  for (const row of rows) ancestry.get(row.descendant_id as UnitId)?.set(row.ancestor_id as UnitId, row.depth);
  return ancestry;
}
