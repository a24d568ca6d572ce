import { describe, expect, it } from 'vitest';
import {
  DEFAULT_RULE_PACK,
  assignTask,
  auditLog,
  changeAssignmentStatus,
  isoDate,
  runAs,
  unwrap,
  type AuditRecord,
  type OrganizationId,
  type SourceId,
  type TaskId,
} from '../src/index.js';
import { exampleStore, tableCounts } from './fixtures.js';

const SOURCE = 'src_minh-hoa' as SourceId;
const request = {
  taskId: 'task_nhiem-vu-cu-the-hang-nam' as TaskId,
  periodKey: '2024',
  assigner: { kind: 'organization', id: 'org_073-until-2025.partyStandingMembers' as OrganizationId },
  assignee: { kind: 'organization', id: 'org_073-until-2025.farmersUnion' as OrganizationId },
  assignedOn: isoDate('2024-01-10'),
  sourceId: SOURCE,
} as const;

describe('the audit log', () => {
  it('records every write with who made it, what it wrote and where, in the write’s own transaction', async () => {
    const { db } = await exampleStore();
    const assignment = unwrap(await runAs({ id: 'token:minh-hoa' }, () => assignTask(db, DEFAULT_RULE_PACK, request)));
    await runAs({ id: 'token:minh-hoa' }, () =>
      changeAssignmentStatus(db, { assignmentId: assignment.id, status: 'accepted', on: isoDate('2024-01-15'), sourceId: SOURCE }),
    );
    const page = unwrap(await auditLog(db, { actor: 'token:minh-hoa' }));
    expect(page.items.map((e) => [e.action, e.entityId, e.unitId])).toEqual([
      ['assignment.create', assignment.id, 'unit_073-until-2025'],
      ['assignment.status.accepted', assignment.id, 'unit_073-until-2025'],
    ]);
    expect(page.items[0]!.after).toMatchObject({ id: assignment.id, ruleId: 'nhiem-vu-hang-nam-cung-cap' });
    expect(page.items[0]!.before).toBeUndefined();
    expect(page.items[1]!.before).toMatchObject({ status: 'assigned' });
    expect(page.items[1]!.after).toMatchObject({ status: 'accepted', on: '2024-01-15' });
    expect(page.items.every((e) => !Number.isNaN(Date.parse(e.at)))).toBe(true);
  });

  it('answers by unit subtree and by date range, and the loaders write as "system"', async () => {
    const { db, ids } = await exampleStore();
    const system = unwrap(await auditLog(db, { actor: 'system' }, { first: 1 }));
    expect(system.totalCount).toBeGreaterThan(100);
    // Every write of the district's loading is there (posts included), so the assignments are read page by page.
    const inDistrict: AuditRecord[] = [];
    for (
      let after: string | undefined, page;
      (page = unwrap(await auditLog(db, { withinUnitId: ids.units.chiemHoaDistrict }, { first: 500, after })));
      after = page.pageInfo.endCursor!
    ) {
      inDistrict.push(...page.items);
      if (!page.pageInfo.hasNextPage) break;
    }
    expect(inDistrict.length).toBeGreaterThan(0);
    expect(inDistrict.some((e) => e.action === 'assignment.create' && e.unitId === 'unit_073-until-2025')).toBe(true);
    expect(inDistrict.some((e) => e.action === 'post.create')).toBe(true);
    expect(unwrap(await auditLog(db, { to: isoDate('2000-01-01') })).totalCount).toBe(0);
  });

  it('records nothing for a refused write, nor for a write whose transaction is rolled back', async () => {
    const { db } = await exampleStore();
    const before = await tableCounts(db);
    const refused = await assignTask(db, DEFAULT_RULE_PACK, {
      ...request,
      assignee: { kind: 'organization', id: 'org_073-until-2025.peoplesCommittee' as OrganizationId },
    });
    expect(!refused.ok && refused.error.code).toBe('ASSIGNMENT.RULE_DENIED');
    await expect(
      db.transaction().execute(async (trx) => {
        unwrap(await assignTask(trx, DEFAULT_RULE_PACK, request));
        throw new Error('the caller changes its mind');
      }),
    ).rejects.toThrow('the caller changes its mind');
    expect(await tableCounts(db)).toEqual(before);
  });
});
