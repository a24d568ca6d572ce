import { describe, expect, it } from 'vitest';
import {
  DEFAULT_RULE_PACK,
  assignHolding,
  auditLog,
  bulkLoad,
  checkAssignment,
  createPerson,
  createUnits,
  getOrganization,
  isoDate,
  openBulkLoader,
  postsHeldBy,
  stableId,
  statusOn,
  tasksOfPerson,
  unitTreeOn,
  unwrap,
  validity,
  type AssignmentId,
  type BulkBatch,
  type Db,
  type DirectiveId,
  type OrganizationId,
  type PersonId,
  type PostId,
  type SourceId,
  type TaskId,
  type UnitId,
} from '../src/index.js';
import { FROM, storeWithSource, tableCounts } from './fixtures.js';

const DATE = isoDate('2026-06-01');
const province = stableId<UnitId>('unit', 'tinh-thu');
const commune = stableId<UnitId>('unit', 'xa-thu');
const area = stableId<UnitId>('unit', 'thon-thu-1');
const org = (k: string) => stableId<OrganizationId>('org', `thu.${k}`);
const post = (k: string) => stableId<PostId>('post', `thu.${k}`);
const cadre = stableId<PersonId>('person', 'thu-can-bo');
const chair = stableId<PersonId>('person', 'thu-chu-tich');
const regularTask = stableId<TaskId>('task', 'thu.regular');
const atArea = stableId<AssignmentId>('asg', 'thu.khu-dan-cu');

/** A province and a commune stored the ordinary way, and the source the batch cites. */
async function world(): Promise<{ db: Db; sourceId: SourceId }> {
  const { db, sourceId } = await storeWithSource();
  unwrap(
    await createUnits(db, [
      { id: province, code: '99', kind: 'tinh', name: 'Thử Nghiệm', validity: FROM, sourceId },
      { id: commune, code: '99999', kind: 'xa', name: 'Thử Nghiệm', validity: FROM, parents: [{ parentId: province }], sourceId },
    ]),
  );
  return { db, sourceId };
}

/** A commune's Front and Party bodies, a residential area with its work board, two people, a directive and two assignments. */
function communeBatch(sourceId: SourceId): BulkBatch {
  return {
    units: [{ id: area, kind: 'thon', name: 'Thử 1', validity: FROM, parents: [{ parentId: commune }], sourceId }],
    people: [
      { id: cadre, fullName: 'Người Thử Cán Bộ', sourceId },
      { id: chair, fullName: 'Người Thử Chủ Tịch', sourceId },
    ],
    organizations: [
      { id: org('partyCommittee'), type: 'partyCommittee', unitId: commune, sourceId },
      { id: org('partyStandingMembers'), type: 'partyStandingMembers', unitId: commune, parentId: org('partyCommittee'), sourceId },
      { id: org('frontCommittee'), type: 'frontCommittee', unitId: commune, sourceId },
      { id: org('frontStandingBoard'), type: 'frontStandingBoard', unitId: commune, parentId: org('frontCommittee'), sourceId },
      { id: org('frontOffice'), type: 'frontOffice', unitId: commune, parentId: org('frontCommittee'), sourceId },
      { id: org('frontWorkBoard'), type: 'frontWorkBoard', unitId: area, parentId: org('frontCommittee'), sourceId },
    ],
    posts: [
      { id: post('chair'), organizationId: org('frontCommittee'), type: 'chair', sourceId },
      { id: post('cadre'), organizationId: org('frontOffice'), type: 'cadre', sourceId },
      { id: post('workBoardHead'), organizationId: org('frontWorkBoard'), type: 'head', sourceId },
    ],
    holdings: [
      { personId: chair, postId: post('chair'), validity: FROM, sourceId },
      { personId: cadre, postId: post('cadre'), validity: FROM, sourceId },
      { personId: cadre, postId: post('workBoardHead'), validity: FROM, sourceId },
    ],
    directives: [
      {
        id: stableId<DirectiveId>('dir', 'thu'),
        kind: 'plan',
        title: 'Kế hoạch thử nghiệm năm 2026',
        issuedOn: isoDate('2025-12-20'),
        validity: validity(isoDate('2026-01-01'), isoDate('2027-01-01')),
        issuers: [org('partyStandingMembers')],
        sourceId,
      },
    ],
    tasks: [
      {
        id: stableId<TaskId>('task', 'thu.yearly'),
        directiveId: stableId<DirectiveId>('dir', 'thu'),
        kind: 'yearly',
        title: 'Nhiệm vụ năm 2026',
        recurrence: 'yearly',
        sourceId,
      },
      {
        id: regularTask,
        directiveId: stableId<DirectiveId>('dir', 'thu'),
        kind: 'regular',
        title: 'Phần việc ở khu dân cư',
        recurrence: 'yearly',
        sourceId,
      },
    ],
    assignments: [
      {
        id: stableId<AssignmentId>('asg', 'thu.hang-nam'),
        taskId: stableId<TaskId>('task', 'thu.yearly'),
        assignedOn: isoDate('2026-01-10'),
        sourceId,
        assigner: { kind: 'organization', id: org('partyStandingMembers') },
        assignee: { kind: 'organization', id: org('frontCommittee') },
      },
      {
        id: atArea,
        taskId: regularTask,
        assignedOn: isoDate('2026-02-03'),
        dueOn: isoDate('2026-12-31'),
        placeUnitId: area,
        sourceId,
        assigner: { kind: 'organization', id: org('frontStandingBoard') },
        assignee: { kind: 'person', id: cadre },
      },
    ],
  };
}

/** Loads a batch expecting a refusal; checks nothing of it was written and returns the error. */
async function refused(db: Db, batch: BulkBatch) {
  const before = await tableCounts(db);
  const result = await bulkLoad(db, batch, { rulePack: DEFAULT_RULE_PACK });
  expect(result.ok).toBe(false);
  expect(await tableCounts(db)).toEqual(before);
  if (result.ok) throw new Error('unreachable');
  return result.error;
}

describe('the bulk loader', () => {
  it('loads a commune batch that core then reads like any other data', async () => {
    const { db, sourceId } = await world();
    const report = unwrap(await bulkLoad(db, communeBatch(sourceId), { rulePack: DEFAULT_RULE_PACK, unitId: commune }));
    expect(report.rowsByTable).toMatchObject({
      admin_unit: 1,
      unit_parent: 1,
      unit_closure: 3,
      organization: 6,
      post: 3,
      person: 2,
      holding: 3,
      assignment: 2,
      assignment_event: 2,
      audit_log: 1,
    });

    const tree = await unitTreeOn(db, province, DATE);
    expect(tree?.children[0]?.children.map((n) => n.unit.fullName)).toEqual(['Thôn Thử 1']);
    expect((await getOrganization(db, org('frontWorkBoard')))?.name).toBe('Ban Công tác Mặt trận thôn Thử 1');
    expect((await postsHeldBy(db, cadre, DATE)).map((h) => h.post.id).sort()).toEqual([post('cadre'), post('workBoardHead')].sort());

    const tasks = await tasksOfPerson(db, cadre, DATE);
    expect(tasks.map((t) => t.view.assignment.id)).toEqual([atArea]);
    expect(tasks[0]!.view.assignment).toMatchObject({
      ruleId: 'can-bo-co-quan-mat-tran-o-khu-dan-cu',
      viaPostId: post('cadre'),
      assigneeUnitId: commune,
      period: { key: '2026' },
    });
    expect(await statusOn(db, atArea, DATE)).toBe('assigned');
  });

  it('decides as the one-by-one check does', async () => {
    const { db, sourceId } = await world();
    unwrap(await bulkLoad(db, communeBatch(sourceId), { rulePack: DEFAULT_RULE_PACK }));
    const decision = unwrap(
      await checkAssignment(db, DEFAULT_RULE_PACK, {
        taskKind: 'regular',
        date: isoDate('2026-02-03'),
        placeUnitId: area,
        assigner: { kind: 'organization', id: org('frontStandingBoard') },
        assignee: { kind: 'person', id: cadre },
      }),
    );
    expect(decision).toMatchObject({ allowed: true, ruleId: 'can-bo-co-quan-mat-tran-o-khu-dan-cu', viaPostId: post('cadre') });
  });

  it('writes one audit entry for the whole batch', async () => {
    const { db, sourceId } = await world();
    const before = unwrap(await auditLog(db)).totalCount;
    const report = unwrap(
      await bulkLoad(db, communeBatch(sourceId), { rulePack: DEFAULT_RULE_PACK, label: 'bulk_xa-thu', unitId: commune }),
    );
    const log = unwrap(await auditLog(db, {}, { first: 100 }));
    expect(log.totalCount).toBe(before + 1);
    const entry = log.items.at(-1)!;
    expect(entry).toMatchObject({ action: 'bulk.load', entityType: 'batch', entityId: 'bulk_xa-thu', unitId: commune });
    expect(report.batchId).toBe('bulk_xa-thu');
    expect((entry.after as { rowsByTable: Record<string, number> }).rowsByTable.assignment).toBe(2);
  });

  it('refuses the batch when a Front work board is put at a commune, naming the record', async () => {
    const { db, sourceId } = await world();
    const batch = communeBatch(sourceId);
    const error = await refused(db, {
      ...batch,
      organizations: [
        ...batch.organizations!,
        { id: org('misplaced'), type: 'frontWorkBoard', unitId: commune, parentId: org('frontCommittee'), sourceId },
      ],
    });
    expect(error.code).toBe('ORGANIZATION.TYPE_NOT_ALLOWED_AT_LEVEL');
    expect(error.record).toEqual({ kind: 'organization', index: 6, id: org('misplaced') });
    expect(error.message).toContain('tổ chức thứ 7 (org_thu.misplaced)');
  });

  it('refuses the batch when the rule pack does not allow an assignment', async () => {
    const { db, sourceId } = await world();
    const batch = communeBatch(sourceId);
    // A yearly task comes from the Party committee's standing members, not from the Front's standing board.
    const denied = {
      ...batch.assignments![0]!,
      id: stableId<AssignmentId>('asg', 'thu.sai'),
      assigner: { kind: 'organization', id: org('frontStandingBoard') },
    } as const;
    const error = await refused(db, { ...batch, assignments: [...batch.assignments!, denied] });
    expect(error.code).toBe('ASSIGNMENT.RULE_DENIED');
    expect(error.record).toEqual({ kind: 'assignment', index: 2, id: 'asg_thu.sai' });
    // The refusal explains every rule of the pack, as assignTask's does.
    expect((error.details as { decision: { trace: unknown[] } }).decision.trace).toHaveLength(DEFAULT_RULE_PACK.rules.length);
  });

  it('refuses the batch when a record cites a source never recorded', async () => {
    const { db, sourceId } = await world();
    const batch = communeBatch(sourceId);
    const error = await refused(db, {
      ...batch,
      people: [...batch.people!, { fullName: 'Người Không Nguồn', sourceId: stableId<SourceId>('src', 'khong-co') }],
    });
    expect(error.code).toBe('SOURCE.NOT_FOUND');
    expect(error.record).toMatchObject({ kind: 'person', index: 2 });
  });

  it('refuses the batch when a single seat would be held twice, in the batch or against a stored holder', async () => {
    const { db, sourceId } = await world();
    const batch = communeBatch(sourceId);
    const twice = await refused(db, {
      ...batch,
      holdings: [...batch.holdings!, { personId: cadre, postId: post('chair'), validity: FROM, sourceId }],
    });
    expect(twice.code).toBe('HOLDING.SEAT_TAKEN');
    expect(twice.record).toMatchObject({ kind: 'holding', index: 3 });

    unwrap(await bulkLoad(db, batch, { rulePack: DEFAULT_RULE_PACK }));
    const newcomer = unwrap(await createPerson(db, { fullName: 'Người Thử Mới', sourceId }));
    const stored = await refused(db, {
      holdings: [{ personId: newcomer.id, postId: post('chair'), validity: validity(isoDate('2026-01-01')), sourceId }],
    });
    expect(stored.code).toBe('HOLDING.SEAT_TAKEN');
    expect(stored.message).toContain('Người Thử Chủ Tịch');
    // The ordinary write agrees.
    expect(
      (await assignHolding(db, { personId: newcomer.id, postId: post('chair'), validity: validity(isoDate('2026-01-01')), sourceId })).ok,
    ).toBe(false);
  });

  it('refuses a record whose id is already stored, and a malformed id', async () => {
    const { db, sourceId } = await world();
    unwrap(await bulkLoad(db, communeBatch(sourceId), { rulePack: DEFAULT_RULE_PACK }));
    const again = await refused(db, {
      people: [
        { id: stableId<PersonId>('person', 'thu-moi'), fullName: 'Người Thử Mới', sourceId },
        { id: chair, fullName: 'Trùng Mã', sourceId },
      ],
    });
    expect(again.code).toBe('BULK.DUPLICATE_ID');
    expect(again.record).toEqual({ kind: 'person', index: 1, id: chair });
    const malformed = await refused(db, { people: [{ id: 'người thử' as PersonId, fullName: 'Mã Sai', sourceId }] });
    expect(malformed.code).toBe('BULK.INVALID_ID');
  });

  it('loads batch after batch in a session, each naming records of the earlier ones', async () => {
    const { db, sourceId } = await world();
    const batch = communeBatch(sourceId);
    const loader = openBulkLoader(db, { rulePack: DEFAULT_RULE_PACK });
    try {
      unwrap(await loader.load({ ...batch, assignments: [] }));
      unwrap(await loader.load({ assignments: batch.assignments! }));
    } finally {
      await loader.close();
    }
    expect((await tasksOfPerson(db, cadre, DATE)).map((t) => t.view.assignment.id)).toEqual([atArea]);
  });

  it("loads inside a caller's transaction", async () => {
    const { db, sourceId } = await world();
    await db.transaction().execute(async (trx) => {
      unwrap(await bulkLoad(trx, communeBatch(sourceId), { rulePack: DEFAULT_RULE_PACK }));
    });
    expect((await tasksOfPerson(db, cadre, DATE)).map((t) => t.view.assignment.id)).toEqual([atArea]);
  });
});
