import { getPerson } from '../person/person.repository.js';
import { postsHeldBy } from '../holding/holding.queries.js';
import { notFound, type NotFoundError } from '../shared/common.errors.js';
import type { UnitId } from '../shared/ids.js';
import type { KeysetPage, PageRequest } from '../shared/keyset-page.js';
import { pageCursor, readPageRequest, type PageError } from '../shared/page.js';
import { err, ok, type Result } from '../shared/result.js';
import type { Db } from '../store/database.js';
import { validOn } from '../store/validity.mapper.js';
import { getUnit } from '../unit/unit.queries.js';
import { BulkContext } from '../bulk/bulk-context.js';
import { readStoredReferences } from '../bulk/bulk-stored.reader.js';
import { Refusal } from '../shared/core-error.js';
import { decide } from './assignment-decide.js';
import { buildAssignmentFacts } from './assignment-facts.build.js';
import type { AssignmentFacts } from './assignment-facts.js';
import { organizationWithUnit, postWithOrganization, type OrganizationAtUnit } from './assignment-parties.queries.js';
import { assigneeCandidates, assignerCandidates } from './assignment-reach.candidates.queries.js';
import { REACH_KIND_ORDER, rulesThatCouldAllow, type AssignmentReach, type ReachQuestion } from './assignment-reach.js';
import type { AssigneeRef, AssignerRef, AssignmentRequest } from './assignment-request.js';
import type { RulePack } from './assignment-rule.js';

export type ReachError = NotFoundError | PageError;

/**
 * Who may give a task of this kind to this assignee on the date (at this place, if one is given)? Every
 * organization and post `checkAssignment` allows as the assigner, each with the rule that allows it; in
 * pages ordered by kind (organizations, then posts) and id, with the total over all pages.
 *
 * @example
 * const page = await whoMayAssign(db, DEFAULT_RULE_PACK, { kind: 'organization', id: chiemHoaFrontCommittee },
 *   { taskKind: 'yearly', date: isoDate('2023-01-15') }, { first: 20 });
 * if (page.ok) for (const a of page.value.items) console.log(a.assigner.id, a.decision.ruleId);
 */
export async function whoMayAssign(
  db: Db,
  pack: RulePack,
  assignee: AssigneeRef,
  question: ReachQuestion,
  page: PageRequest = {},
): Promise<Result<KeysetPage<AssignmentReach>, ReachError>> {
  const request = readPageRequest(page);
  if (!request.ok) return request;
  const units = await assigneeUnits(db, assignee, question);
  if (!units.ok) return units;
  const place = await checkPlace(db, question);
  if (!place.ok) return place;
  // A rule names one kind of assignee: an organization, a post, or a person holding a post.
  const wanted = { organization: 'organization', post: 'post', person: 'holder' } as const;
  const rules = rulesThatCouldAllow(pack, question).filter((r) => r.assignees.some((a) => a.kind === wanted[assignee.kind]));
  const candidates = await assignerCandidates(db, rules, question.date, units.value);
  const decided = await decideAll(
    db,
    pack,
    candidates.map((assigner) => ({ assigner, assignee })),
    question,
  );
  if (!decided.ok) return decided;
  return ok(pageOf(decided.value, (a) => a.assigner, request.value));
}

/**
 * To whom may this assigner give a task of this kind on the date (at this place, if one is given), among
 * the assignees at units under `under`? Every organization, post and person `checkAssignment` allows, each
 * with the rule that allows it; a person counts under `under` when the post they qualify by is there. In
 * pages ordered by kind (organizations, posts, people) and id, with the total over all pages.
 *
 * @example
 * const page = await mayAssignTo(db, DEFAULT_RULE_PACK, { kind: 'organization', id: chiemHoaPartyStandingMembers },
 *   { taskKind: 'yearly', date: isoDate('2023-01-15'), under: chiemHoaDistrict });
 */
export async function mayAssignTo(
  db: Db,
  pack: RulePack,
  assigner: AssignerRef,
  question: ReachQuestion & { readonly under: UnitId },
  page: PageRequest = {},
): Promise<Result<KeysetPage<AssignmentReach>, ReachError>> {
  const request = readPageRequest(page);
  if (!request.ok) return request;
  const at = await assignerAt(db, assigner);
  if (!at.ok) return at;
  if (!(await getUnit(db, question.under))) return err(notFound('UNIT.NOT_FOUND', question.under));
  const place = await checkPlace(db, question);
  if (!place.ok) return place;
  const type = at.value.organization.type;
  const rules = rulesThatCouldAllow(pack, question).filter(
    (r) => r.assigner.organizationTypes.includes(type) && (r.assigner.kind === 'organization' || assigner.kind === 'post'),
  );
  const candidates = await assigneeCandidates(db, rules, question.date, at.value.unit.id, question.under);
  const decided = await decideAll(
    db,
    pack,
    candidates.map((assignee) => ({ assigner, assignee })),
    question,
  );
  if (!decided.ok) return decided;
  // A person is placed where the post they qualify by is, which may lie outside `under`.
  const inside = await unitsInside(
    db,
    question,
    decided.value.map((a) => a.decision.assigneeUnitId),
  );
  return ok(
    pageOf(
      decided.value.filter((a) => inside.has(a.decision.assigneeUnitId)),
      (a) => a.assignee,
      request.value,
    ),
  );
}

/**
 * Decides every pair as `checkAssignment` does — the same reading of the records (`readStoredReferences`), the
 * same facts (`buildAssignmentFacts`), the same decision (`decide`) — with the records of all pairs read
 * together, in a few queries; keeps the allowed ones.
 */
async function decideAll(
  db: Db,
  pack: RulePack,
  pairs: readonly { assigner: AssignerRef; assignee: AssigneeRef }[],
  question: ReachQuestion,
): Promise<Result<AssignmentReach[], NotFoundError>> {
  const requests: AssignmentRequest[] = pairs.map((p) => ({
    ...p,
    taskKind: question.taskKind,
    date: question.date,
    placeUnitId: question.placeUnitId ?? null,
  }));
  const ctx = new BulkContext();
  await readStoredReferences(db, { assignments: requests }, ctx);
  const allowed: AssignmentReach[] = [];
  for (const request of requests) {
    let facts: AssignmentFacts;
    try {
      facts = buildAssignmentFacts(ctx, request);
    } catch (error) {
      if (error instanceof Refusal) return err(error.error as NotFoundError);
      throw error;
    }
    const decision = decide(pack, facts);
    if (decision.allowed) allowed.push({ assigner: request.assigner, assignee: request.assignee, decision });
  }
  return ok(allowed);
}

/** One page of the answers, in (kind, id) order after the cursor; each with the usual `(key, id)` cursor. */
function pageOf(
  items: readonly AssignmentReach[],
  party: (a: AssignmentReach) => AssigneeRef,
  request: { first: number; after?: [string, string] },
): KeysetPage<AssignmentReach> {
  const key = (a: AssignmentReach): [string, string] => [REACH_KIND_ORDER[party(a).kind], party(a).id];
  const before = (x: [string, string], y: [string, string]) => x[0] < y[0] || (x[0] === y[0] && x[1] < y[1]);
  const sorted = [...items].sort((a, b) => (before(key(a), key(b)) ? -1 : before(key(b), key(a)) ? 1 : 0));
  const after = request.after;
  const rest = after ? sorted.filter((a) => before(after, key(a))) : sorted;
  const taken = rest.slice(0, request.first);
  const cursors = taken.map((a) => pageCursor(...key(a)));
  return {
    items: taken,
    cursors,
    totalCount: sorted.length,
    pageInfo: { hasNextPage: rest.length > request.first, endCursor: cursors.at(-1) ?? null },
  };
}

/** The units an assignee is at on the date: its organization's, or those of the posts a person holds. */
async function assigneeUnits(db: Db, assignee: AssigneeRef, question: ReachQuestion): Promise<Result<UnitId[], NotFoundError>> {
  if (assignee.kind === 'person') {
    if (!(await getPerson(db, assignee.id))) return err(notFound('PERSON.NOT_FOUND', assignee.id));
    return ok([...new Set((await postsHeldBy(db, assignee.id, question.date)).map((h) => h.unit.id))]);
  }
  const at = await assignerAt(db, assignee);
  return at.ok ? ok([at.value.unit.id]) : at;
}

/** An organization, or a post's organization, with its unit. */
async function assignerAt(db: Db, party: AssignerRef): Promise<Result<OrganizationAtUnit, NotFoundError>> {
  if (party.kind === 'post') {
    const found = await postWithOrganization(db, party.id);
    if (!found) return err(notFound('POST.NOT_FOUND', party.id));
    return found.at ? ok(found.at) : err(notFound('ORGANIZATION.NOT_FOUND', found.post.organizationId));
  }
  const at = await organizationWithUnit(db, party.id);
  return at ? ok(at) : err(notFound('ORGANIZATION.NOT_FOUND', party.id));
}

/** A place that does not exist is refused, as `checkAssignment` refuses it, even when no candidate is left to check. */
async function checkPlace(db: Db, question: ReachQuestion): Promise<Result<null, NotFoundError>> {
  if (!question.placeUnitId || (await getUnit(db, question.placeUnitId))) return ok(null);
  return err(notFound('UNIT.NOT_FOUND', question.placeUnitId));
}

/** Which of these units lie in `under`'s subtree on the date. */
async function unitsInside(db: Db, question: { readonly under: UnitId } & ReachQuestion, units: readonly UnitId[]): Promise<Set<UnitId>> {
  if (units.length === 0) return new Set();
  const rows = await db
    .selectFrom('unit_closure as c')
    .select('c.descendant_id')
    .where('c.ancestor_id', '=', question.under)
    .where('c.descendant_id', 'in', [...new Set(units)])
    .where((eb) => validOn(eb, 'c', question.date))
    .execute();
  return new Set(rows.map((r) => r.descendant_id as UnitId));
}
