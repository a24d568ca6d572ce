import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEFAULT_RULE_PACK,
  checkAssignment,
  isoDate,
  loadExampleDataset,
  mayAssignTo,
  unwrap,
  whoMayAssign,
  type AssignmentReach,
  type OrganizationId,
  type PersonId,
  type PostId,
  type Db,
  type ExampleDataset,
  type Store,
  type UnitId,
} from '../src/index.js';
import { openFreshExampleStore } from '../src/testing/index.js';

const chiemHoaStandingMembers = 'org_073-until-2025.partyStandingMembers' as OrganizationId;
const chiemHoaFrontChair = 'post_073-until-2025.frontCommittee.chair' as PostId;
const vinhLocStandingBoard = 'org_02287-until-2025.frontStandingBoard' as OrganizationId;
const parties = (items: readonly AssignmentReach[], side: 'assigner' | 'assignee') =>
  items.map((a) => `${a[side].kind} ${a[side].id} ${a.decision.ruleId}`);

// Every question here only reads: one example store serves the whole file.
let store: Store;
let db: Db;
let ids: ExampleDataset;
beforeAll(async () => {
  store = await openFreshExampleStore();
  db = store.db;
  ids = await loadExampleDataset(db);
}, 120_000);
afterAll(async () => store.close());

describe('the rules, asked backwards', { timeout: 30_000 }, () => {
  it('names who may give the Chiêm Hóa Front committee its yearly task: the district Party standing members and their posts', async () => {
    const page = unwrap(
      await whoMayAssign(
        db,
        DEFAULT_RULE_PACK,
        { kind: 'organization', id: ids.organizations.chiemHoaFrontCommittee },
        { taskKind: 'yearly', date: isoDate('2023-01-15') },
      ),
    );
    expect(parties(page.items, 'assigner')).toEqual([
      'organization org_073-until-2025.partyStandingMembers nhiem-vu-hang-nam-cung-cap',
      'post post_073-until-2025.partyStandingMembers.deputySecretary nhiem-vu-hang-nam-cung-cap',
      'post post_073-until-2025.partyStandingMembers.secretary nhiem-vu-hang-nam-cung-cap',
    ]);
    expect(page.totalCount).toBe(3);
    // After the reform, the district is gone: nobody may.
    const after = unwrap(
      await whoMayAssign(
        db,
        DEFAULT_RULE_PACK,
        { kind: 'organization', id: ids.organizations.chiemHoaFrontCommittee },
        { taskKind: 'yearly', date: isoDate('2025-07-01') },
      ),
    );
    expect(after.totalCount).toBe(0);
  });

  it('names the heads the district standing members may give a breakthrough task to, and Triệu Đức Long through the chair he holds', async () => {
    const page = unwrap(
      await mayAssignTo(
        db,
        DEFAULT_RULE_PACK,
        { kind: 'organization', id: chiemHoaStandingMembers },
        { taskKind: 'breakthrough', date: isoDate('2023-01-15'), under: ids.units.tuyenQuangUntil2025 },
      ),
    );
    expect(parties(page.items, 'assignee')).toContain(`post ${chiemHoaFrontChair} viec-dot-pha-cho-nguoi-dung-dau`);
    expect(page.items.every((a) => a.assignee.kind !== 'organization')).toBe(true);
    const long = page.items.find((a) => a.assignee.kind === 'person');
    expect(long?.assignee.id).toBe(ids.people.trieuDucLong);
    expect(long?.decision.viaPostId).toBe(chiemHoaFrontChair);
    // The Chiêm Hóa township's bodies lie under the district but not at the same unit: none is named.
    expect(page.items.every((a) => a.decision.assigneeUnitId === ids.units.chiemHoaDistrict)).toBe(true);
    // Under a unit that holds none of them, the answer is empty.
    const elsewhere = unwrap(
      await mayAssignTo(
        db,
        DEFAULT_RULE_PACK,
        { kind: 'organization', id: chiemHoaStandingMembers },
        { taskKind: 'breakthrough', date: isoDate('2023-01-15'), under: ids.units.vinhLocTownship },
      ),
    );
    expect(elsewhere.totalCount).toBe(0);
  });

  it('answers a rule that needs a place only when a place is given, inside the assigner’s subtree', async () => {
    const ask = (place: string | null) =>
      mayAssignTo(
        db,
        DEFAULT_RULE_PACK,
        { kind: 'organization', id: vinhLocStandingBoard },
        { taskKind: 'periodicMeeting', date: isoDate('2023-08-01'), under: ids.units.vinhLocTownship, placeUnitId: place as UnitId | null },
      );
    expect(unwrap(await ask(null)).totalCount).toBe(0);
    const atHamlet = unwrap(await ask('unit_minh-hoa-tdp-2'));
    expect(atHamlet.items.map((a) => a.assignee.id)).toContain('person_minh-hoa-can-bo-vinh-loc');
    expect(atHamlet.items.every((a) => a.decision.ruleId === 'du-sinh-hoat-dinh-ky-o-khu-dan-cu')).toBe(true);
  });

  it('agrees with checkAssignment on every answer, and walks its pages completely without repeats', async () => {
    const question = { taskKind: 'movement' as const, date: isoDate('2023-01-15'), under: ids.units.tuyenQuangUntil2025 };
    const assigner = { kind: 'organization' as const, id: ids.organizations.provincialFrontCommittee };
    const seen: AssignmentReach[] = [];
    let page = unwrap(await mayAssignTo(db, DEFAULT_RULE_PACK, assigner, question, { first: 25 }));
    seen.push(...page.items);
    while (page.pageInfo.hasNextPage) {
      page = unwrap(await mayAssignTo(db, DEFAULT_RULE_PACK, assigner, question, { first: 25, after: page.pageInfo.endCursor! }));
      seen.push(...page.items);
    }
    expect(page.totalCount).toBeGreaterThan(100);
    // Any answer's cursor goes on right after it.
    const first = unwrap(await mayAssignTo(db, DEFAULT_RULE_PACK, assigner, question, { first: 10 }));
    const fromThird = unwrap(await mayAssignTo(db, DEFAULT_RULE_PACK, assigner, question, { first: 3, after: first.cursors[2] }));
    expect(fromThird.items.map((a) => a.assignee.id)).toEqual(first.items.slice(3, 6).map((a) => a.assignee.id));
    expect(seen.length).toBe(page.totalCount);
    expect(new Set(seen.map((a) => a.assignee.id)).size).toBe(seen.length);
    for (const a of seen.slice(0, 40)) {
      const decision = unwrap(
        await checkAssignment(db, DEFAULT_RULE_PACK, { taskKind: 'movement', date: question.date, assigner, assignee: a.assignee }),
      );
      expect(decision.allowed && decision.ruleId).toBe(a.decision.ruleId);
    }
  });

  it('refuses an unknown party, an unknown place, a bad cursor and a page too large, with their codes', async () => {
    const date = isoDate('2023-01-15');
    const noPerson = await whoMayAssign(
      db,
      DEFAULT_RULE_PACK,
      { kind: 'person', id: 'person_nobody' as PersonId },
      { taskKind: 'yearly', date },
    );
    expect(!noPerson.ok && noPerson.error.code).toBe('PERSON.NOT_FOUND');
    const noPost = await mayAssignTo(
      db,
      DEFAULT_RULE_PACK,
      { kind: 'post', id: 'post_nothing' as PostId },
      { taskKind: 'yearly', date, under: ids.units.chiemHoaDistrict },
    );
    expect(!noPost.ok && noPost.error.code).toBe('POST.NOT_FOUND');
    const noUnder = await mayAssignTo(
      db,
      DEFAULT_RULE_PACK,
      { kind: 'organization', id: chiemHoaStandingMembers },
      { taskKind: 'yearly', date, under: 'unit_nowhere' as UnitId },
    );
    expect(!noUnder.ok && noUnder.error.code).toBe('UNIT.NOT_FOUND');
    const noPlace = await whoMayAssign(
      db,
      DEFAULT_RULE_PACK,
      { kind: 'organization', id: ids.organizations.chiemHoaFrontCommittee },
      { taskKind: 'periodicMeeting', date, placeUnitId: 'unit_nowhere' as UnitId },
    );
    expect(!noPlace.ok && noPlace.error.code).toBe('UNIT.NOT_FOUND');
    const badCursor = await whoMayAssign(
      db,
      DEFAULT_RULE_PACK,
      { kind: 'organization', id: ids.organizations.chiemHoaFrontCommittee },
      { taskKind: 'yearly', date },
      { after: 'garbage' },
    );
    expect(!badCursor.ok && badCursor.error.code).toBe('PAGE.CURSOR_INVALID');
    const tooBig = await whoMayAssign(
      db,
      DEFAULT_RULE_PACK,
      { kind: 'organization', id: ids.organizations.chiemHoaFrontCommittee },
      { taskKind: 'yearly', date },
      { first: 501 },
    );
    expect(!tooBig.ok && tooBig.error.code).toBe('PAGE.SIZE_INVALID');
  });
});
