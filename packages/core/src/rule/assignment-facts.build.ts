import type { HeldPost } from '../holding/holding.js';
import { holdingFromRow } from '../holding/holding.mapper.js';
import type { Organization } from '../organization/organization.js';
import type { Person } from '../person/person.js';
import type { Post } from '../post/post.js';
import type { UnitId } from '../shared/ids.js';
import { textsOf, type Texts } from '../shared/lang.js';
import { formatValidity, holdsOn, type Validity } from '../time/validity.js';
import type { Unit } from '../unit/unit.js';
import type { AssigneeCandidate, AssignmentFacts } from './assignment-facts.js';
import type { AssignmentRequest } from './assignment-request.js';
import { required, type BulkContext } from '../bulk/bulk-context.js';

/**
 * The facts the rules need about a request, from what a write's context holds (no query): the one builder
 * of rule facts. An assignment of a batch, a single `assignTask` and `checkAssignment` (through
 * `resolveAssignmentFacts`, which reads the request's records into a context first) all come here. Refuses
 * (not found) what it cannot find.
 */
export function buildAssignmentFacts(ctx: BulkContext, request: AssignmentRequest): AssignmentFacts {
  const failures: string[] = [];
  const failuresEn: string[] = [];
  const date = request.date;
  const inForce = (what: string | Texts, v: Validity) => {
    if (holdsOn(v, date)) return;
    failures.push(`${textsOf(what).vi} không tồn tại vào ngày ${date} (hiệu lực ${formatValidity(v)}).`);
    failuresEn.push(`${textsOf(what).en} does not exist on ${date} (valid ${formatValidity(v)}).`);
  };

  const assignerPost =
    request.assigner.kind === 'post' ? required(ctx.post(request.assigner.id), 'POST.NOT_FOUND', request.assigner.id) : null;
  const assignerOrgId = assignerPost ? assignerPost.organizationId : (request.assigner.id as Organization['id']);
  const assignerOrg = orgWithUnit(ctx, assignerOrgId);
  const assignerLabel = assignerPost ? `${assignerPost.title} — ${assignerOrg.organization.name}` : assignerOrg.organization.name;
  inForce(assignerOrg.organization.name, assignerOrg.organization.validity);
  if (assignerPost) inForce({ vi: `Chức vụ ${assignerLabel}`, en: `The post ${assignerLabel}` }, assignerPost.validity);

  const candidates: AssigneeCandidate[] = [];
  let assigneeLabel: string;
  let person: Person | null = null;
  const assignee = request.assignee;
  if (assignee.kind === 'person') {
    person = required(ctx.person(assignee.id), 'PERSON.NOT_FOUND', assignee.id);
    assigneeLabel = person.fullName;
    for (const held of postsHeldOn(ctx, person, date))
      candidates.push({ organization: held.organization, unit: held.unit, post: held.post, held });
  } else {
    let post: Post | null = null;
    let orgId = assignee.id as Organization['id'];
    if (assignee.kind === 'post') {
      post = required(ctx.post(assignee.id), 'POST.NOT_FOUND', assignee.id);
      orgId = post.organizationId;
    }
    const org = orgWithUnit(ctx, orgId);
    assigneeLabel = post ? `${post.title} — ${org.organization.name}` : org.organization.name;
    inForce(org.organization.name, org.organization.validity);
    if (post) inForce({ vi: `Chức vụ ${assigneeLabel}`, en: `The post ${assigneeLabel}` }, post.validity);
    candidates.push({ organization: org.organization, unit: org.unit, post, held: null });
  }

  let place: Unit | null = null;
  if (request.placeUnitId) {
    place = required(ctx.unit(request.placeUnitId), 'UNIT.NOT_FOUND', request.placeUnitId);
    inForce(place.fullName, place.validity);
  }

  const sameBody =
    (assignee.kind === 'organization' && request.assigner.kind === 'organization' && assignee.id === request.assigner.id) ||
    (assignee.kind === 'post' && request.assigner.kind === 'post' && assignee.id === request.assigner.id);
  if (sameBody) {
    failures.push(`Bên giao và bên nhận là một (${assignerLabel}): không thể tự giao nhiệm vụ cho chính mình.`);
    failuresEn.push(`The assigner and the assignee are the same (${assignerLabel}): nobody can assign a task to itself.`);
  }

  const ancestry = new Map<UnitId, Map<UnitId, number>>();
  for (const unit of [assignerOrg.unit, ...candidates.map((c) => c.unit), ...(place ? [place] : [])]) {
    if (!ancestry.has(unit.id)) ancestry.set(unit.id, ancestorsOn(ctx, unit.id, date));
  }
  return {
    request,
    assigner: { organization: assignerOrg.organization, unit: assignerOrg.unit, post: assignerPost, label: assignerLabel },
    assignee: { label: assigneeLabel, person, candidates },
    place,
    ancestry,
    preconditionFailures: failures,
    preconditionFailuresEn: failuresEn,
  };
}

function orgWithUnit(ctx: BulkContext, id: Organization['id']): { organization: Organization; unit: Unit } {
  const organization = required(ctx.organization(id), 'ORGANIZATION.NOT_FOUND', id);
  return { organization, unit: required(ctx.unit(organization.unitId), 'ORGANIZATION.NOT_FOUND', id) };
}

/** The posts a person holds on a date, ordered by holding id like `postsHeldBy`. */
function postsHeldOn(ctx: BulkContext, person: Person, date: string): HeldPost[] {
  const held: HeldPost[] = [];
  for (const h of ctx.holdingsByPerson.get(person.id) ?? []) {
    if (!(h.valid_from <= date && date < h.valid_to)) continue;
    const post = ctx.post(h.post_id);
    const organization = post && ctx.organization(post.organizationId);
    const unit = organization && ctx.unit(organization.unitId);
    // A holding stored with its post always has it; one missing here was not read, which is a bug.
    if (!post || !organization || !unit) throw new Error(`assignment facts: the post of holding ${h.id} was not read`);
    held.push({ holding: holdingFromRow(h), person, post, organization, unit });
  }
  return held.sort((a, b) => (a.holding.id < b.holding.id ? -1 : a.holding.id > b.holding.id ? 1 : 0));
}

/** A unit's ancestors on a date with their distance (itself at 0), from its closure rows. */
function ancestorsOn(ctx: BulkContext, unitId: UnitId, date: string): Map<UnitId, number> {
  const map = new Map<UnitId, number>();
  for (const c of ctx.closure.get(unitId) ?? []) if (c.valid_from <= date && date < c.valid_to) map.set(c.ancestor_id as UnitId, c.depth);
  return map;
}
