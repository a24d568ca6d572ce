import { afterEach, describe, expect, it } from 'vitest';
import {
  ancestorsOfUnitsOn,
  ancestorsOn,
  assignmentsOfAssigneesOn,
  childrenOfUnitsOn,
  childrenOn,
  directiveIdsOfOrganizations,
  directivesOf,
  eventsOf,
  eventsOfAssignments,
  getAssignment,
  getAssignmentEvents,
  getAssignments,
  getHoldings,
  getPeople,
  getPerson,
  getPosts,
  getProgressReports,
  getSources,
  getTerms,
  heldPostsOfOrganizationsOn,
  holdingsOfOrganizationsOn,
  holdingsOfPeopleOn,
  holdingsOfPostsOn,
  isoDate,
  loadExampleDataset,
  officeHoldersOf,
  organizationsAt,
  organizationsAtUnitsOn,
  parentOn,
  parentsOfUnitsOn,
  postsHeldBy,
  postsOf,
  postsOfOrganizationsOn,
  progressReportsOf,
  progressReportsOfAssignments,
  statusOn,
  statusesOn,
  subOrganizationsOfOn,
  subOrganizationsOn,
  tasksOf,
  tasksOfDirectives,
  tasksOfPerson,
  type AssignmentId,
  type HoldingId,
  type OrganizationId,
  type PostId,
  type SourceId,
  type Store,
  type TermId,
  type UnitId,
} from '../src/index.js';
import { openFreshExampleStore } from '../src/testing/index.js';

let store: Store | undefined;
let statements = 0;

afterEach(async () => {
  await store?.close();
  store = undefined;
});

/** The example dataset in a fresh store that counts SQL statements from now on. */
async function counted() {
  store = await openFreshExampleStore({ onQuery: () => statements++ });
  const ids = await loadExampleDataset(store.db);
  statements = 0;
  return { db: store.db, ids };
}

/** Runs a batch read and returns its result with the number of SQL statements it issued. */
async function once<T>(read: () => Promise<T>): Promise<{ result: T; statements: number }> {
  statements = 0;
  const result = await read();
  return { result, statements };
}

const MISSING = 'unit_khong-co' as UnitId;
const before = isoDate('2023-06-01');
const after = isoDate('2026-06-01');

describe('batch reads answer many keys with one query, in key order', () => {
  it('gives the children, parent and ancestors of many units at once, like the one-unit reads', async () => {
    const { db, ids } = await counted();
    const keys = [ids.units.chiemHoaDistrict, MISSING, ids.units.tuyenQuangUntil2025, ids.units.vinhLocTownship];
    const children = await once(() => childrenOfUnitsOn(db, keys, before));
    expect(children.statements).toBe(1);
    for (const [i, key] of keys.entries()) expect(children.result[i]).toEqual(await childrenOn(db, key, before));
    expect(children.result[1]).toEqual([]);

    const parents = await once(() => parentsOfUnitsOn(db, keys, before));
    expect(parents.statements).toBe(1);
    for (const [i, key] of keys.entries()) expect(parents.result[i]).toEqual(await parentOn(db, key, before));

    const ancestors = await once(() => ancestorsOfUnitsOn(db, [ids.units.vinhLocTownship, ids.units.chiemHoaCommune], after));
    expect(ancestors.statements).toBe(1);
    expect(ancestors.result[0]).toEqual([]);
    expect(ancestors.result[1]!.map((u) => u.fullName)).toEqual(
      (await ancestorsOn(db, ids.units.chiemHoaCommune, after)).map((u) => u.fullName),
    );
  });

  it('gives the organizations, sub-bodies and posts of many units and organizations at once', async () => {
    const { db, ids } = await counted();
    const units = [ids.units.vinhLocTownship, ids.units.chiemHoaDistrict];
    const orgs = await once(() => organizationsAtUnitsOn(db, units, before));
    expect(orgs.statements).toBe(1);
    for (const [i, unit] of units.entries()) expect(orgs.result[i]).toEqual(await organizationsAt(db, unit, before));

    const parents = [ids.organizations.chiemHoaFrontCommittee, ids.organizations.provincialPartyCommittee];
    const subs = await once(() => subOrganizationsOfOn(db, parents, before));
    expect(subs.statements).toBe(1);
    for (const [i, parent] of parents.entries()) expect(subs.result[i]).toEqual(await subOrganizationsOn(db, parent, before));

    const posts = await once(() => postsOfOrganizationsOn(db, parents, before));
    expect(posts.statements).toBe(1);
    for (const [i, parent] of parents.entries()) expect(posts.result[i]).toEqual(await postsOf(db, parent, before));
    const byId = await once(() => getPosts(db, [posts.result[0]![1]!.id, 'post_khong-co' as PostId, posts.result[0]![0]!.id]));
    expect(byId.statements).toBe(1);
    expect(byId.result).toEqual([posts.result[0]![1], undefined, posts.result[0]![0]]);
  });

  it('gives who holds what for many posts, people and organizations at once: Triệu Đức Long holds two posts', async () => {
    const { db, ids } = await counted();
    const people = [ids.people.trieuDucLong, ids.people.tangThiDuong];
    const held = await once(() => holdingsOfPeopleOn(db, people, before));
    expect(held.statements).toBe(1);
    for (const [i, person] of people.entries()) {
      expect(held.result[i]).toEqual((await postsHeldBy(db, person, before)).map((h) => h.holding));
    }
    expect(held.result[0]).toHaveLength(2);

    const postIds = held.result[0]!.map((h) => h.postId);
    const holders = await once(() => holdingsOfPostsOn(db, postIds, before));
    expect(holders.statements).toBe(1);
    expect(holders.result.map((hs) => hs.map((h) => h.personId))).toEqual([[ids.people.trieuDucLong], [ids.people.trieuDucLong]]);

    const orgs = [ids.organizations.chiemHoaFrontCommittee, ids.organizations.chiemHoaMassMobilizationBoard];
    const office = await once(() => holdingsOfOrganizationsOn(db, orgs, before));
    expect(office.statements).toBe(1);
    for (const [i, org] of orgs.entries()) expect(office.result[i]).toEqual((await officeHoldersOf(db, org, before)).map((h) => h.holding));
    // The same holdings with their posts, from the same one statement: each post as getPosts reads it.
    const withPosts = await once(() => heldPostsOfOrganizationsOn(db, orgs, before));
    expect(withPosts.statements).toBe(1);
    expect(withPosts.result.map((held) => held.map((h) => h.holding))).toEqual(office.result);
    for (const held of withPosts.result) {
      expect(held.map((h) => h.post)).toEqual(
        await getPosts(
          db,
          held.map((h) => h.holding.postId),
        ),
      );
    }
    expect(withPosts.result.flat().length).toBeGreaterThan(0);

    const holdingIds = [...held.result[0]!.map((h) => h.id), 'holding_khong-co' as HoldingId];
    const byId = await once(() => getHoldings(db, holdingIds));
    expect(byId.statements).toBe(1);
    expect(byId.result).toEqual([...held.result[0]!, undefined]);
    const termIds = held.result
      .flat()
      .map((h) => h.termId)
      .filter((t): t is TermId => t !== null);
    const terms = await once(() => getTerms(db, termIds));
    expect(terms.statements).toBe(1);
    expect(terms.result.every((t) => t !== undefined)).toBe(true);
  });

  it('gives people and sources by id in key order', async () => {
    const { db, ids } = await counted();
    const people = await once(() => getPeople(db, [ids.people.tangThiDuong, 'person_khong-co' as never, ids.people.trieuDucLong]));
    expect(people.statements).toBe(1);
    expect(people.result).toEqual([await getPerson(db, ids.people.tangThiDuong), undefined, await getPerson(db, ids.people.trieuDucLong)]);
    const sources = await once(() => getSources(db, [people.result[0]!.sourceId, 'src_khong-co' as SourceId]));
    expect(sources.statements).toBe(1);
    expect(sources.result[0]?.id).toBe(people.result[0]!.sourceId);
    expect(sources.result[1]).toBeUndefined();
  });

  it('gives the tasks of many directives, and the directives of many organizations', async () => {
    const { db, ids } = await counted();
    const directives = [ids.directives.project02, ids.directives.chiemHoaRegulation];
    const tasks = await once(() => tasksOfDirectives(db, directives));
    expect(tasks.statements).toBe(1);
    for (const [i, directive] of directives.entries()) expect(tasks.result[i]).toEqual(await tasksOf(db, directive));

    const orgs = [ids.organizations.chiemHoaFrontCommittee, 'org_khong-co' as OrganizationId];
    const issued = await once(() => directiveIdsOfOrganizations(db, orgs));
    expect(issued.statements).toBe(1);
    expect(issued.result[0]).toEqual((await directivesOf(db, orgs[0]!)).map((d) => d.id));
    expect(issued.result[1]).toEqual([]);
  });

  it('gives statuses on a date, histories and reports of many assignments at once', async () => {
    const { db, ids } = await counted();
    const mine = await tasksOfPerson(db, ids.people.trieuDucLong, before);
    const keys = mine.map((t) => t.view.assignment.id);
    expect(keys.length).toBeGreaterThan(1);
    const statuses = await once(() => statusesOn(db, [...keys, 'asg_khong-co' as AssignmentId], isoDate('2023-01-31')));
    expect(statuses.statements).toBe(1);
    for (const [i, key] of keys.entries()) expect(statuses.result[i]).toEqual(await statusOn(db, key, isoDate('2023-01-31')));
    expect(statuses.result.at(-1)).toBeUndefined();

    const events = await once(() => eventsOfAssignments(db, keys));
    expect(events.statements).toBe(1);
    for (const [i, key] of keys.entries()) expect(events.result[i]).toEqual(await eventsOf(db, key));
    const reports = await once(() => progressReportsOfAssignments(db, keys));
    expect(reports.statements).toBe(1);
    for (const [i, key] of keys.entries()) expect(reports.result[i]).toEqual(await progressReportsOf(db, key));

    const assignments = await once(() => getAssignments(db, [...keys].reverse()));
    expect(assignments.statements).toBe(1);
    expect(assignments.result[0]).toEqual(await getAssignment(db, keys.at(-1)!));
    const eventIds = events.result.flat().map((e) => e.id);
    expect((await once(() => getAssignmentEvents(db, eventIds))).result).toEqual(events.result.flat());
    const reportIds = reports.result.flat().map((r) => r.id);
    expect(reportIds.length).toBeGreaterThan(0);
    expect((await once(() => getProgressReports(db, reportIds))).result).toEqual(reports.result.flat());
  });

  it('gives what was assigned directly to many assignees at once, with the status on the date', async () => {
    const { db, ids } = await counted();
    const front = ids.organizations.chiemHoaFrontCommittee;
    const chair = 'post_073-until-2025.frontCommittee.chair';
    const result = await once(() => assignmentsOfAssigneesOn(db, [front, chair, ids.people.tangThiDuong], isoDate('2023-06-01')));
    expect(result.statements).toBe(1);
    const [ofFront, ofChair, ofDuong] = result.result;
    expect(ofFront!.every((a) => a.assignment.assignee.id === front)).toBe(true);
    expect(ofFront!.map((a) => a.assignment.taskId)).toContain(ids.tasks.yearly);
    expect(ofChair!.map((a) => [a.assignment.taskId, a.statusOn])).toEqual([[ids.tasks.breakthrough, 'inProgress']]);
    expect(ofDuong).toEqual([]);
  });
});
