import { describe, expect, it } from 'vitest';
import {
  DEFAULT_RULE_PACK,
  assignTask,
  changeAssignmentStatus,
  checkAssignment,
  eventsOf,
  explainDecision,
  isoDate,
  registerAssignment,
  statusOn,
  unwrap,
  type AssignmentId,
  type OrganizationId,
  type SourceId,
  type TaskId,
} from '../src/index.js';
import { exampleStore, tableCounts } from './fixtures.js';

const SOURCE = 'src_minh-hoa' as SourceId;
const BREAKTHROUGH = 'task_viec-dot-pha-doi-moi' as TaskId;
const DISTRICT_STANDING_MEMBERS = { kind: 'organization', id: 'org_073-until-2025.partyStandingMembers' as OrganizationId } as const;
const DISTRICT_CHAIR_ASSIGNMENT =
  'asg_viec-dot-pha-doi-moi.2023.org_073-until-2025.partyStandingMembers.post_073-until-2025.frontCommittee.chair' as AssignmentId;

describe('assigning tasks under the rules', () => {
  it('records which rule allowed an assignment', async () => {
    const { db } = await exampleStore();
    const result = await assignTask(db, DEFAULT_RULE_PACK, {
      taskId: BREAKTHROUGH,
      periodKey: '2024',
      assigner: DISTRICT_STANDING_MEMBERS,
      assignee: { kind: 'person', id: 'person_trieu-duc-long' as never },
      assignedOn: isoDate('2024-01-10'),
      dueOn: isoDate('2024-12-31'),
      sourceId: SOURCE,
    });
    const assignment = unwrap(result);
    expect(assignment.ruleId).toBe('viec-dot-pha-cho-nguoi-dung-dau');
    expect(assignment.viaPostId).toBe('post_073-until-2025.frontCommittee.chair');
    expect(assignment.assigneeUnitId).toBe('unit_073-until-2025');
    expect(assignment.period.key).toBe('2024');
  });

  it('refuses a breakthrough task to someone who heads nothing, explaining each rule, and writes nothing', async () => {
    const { db } = await exampleStore();
    const before = await tableCounts(db);
    const result = await assignTask(db, DEFAULT_RULE_PACK, {
      taskId: BREAKTHROUGH,
      periodKey: '2023',
      assigner: { kind: 'organization', id: 'org_08-until-2025.partyStandingMembers' as never },
      assignee: { kind: 'person', id: 'person_tang-thi-duong' as never },
      assignedOn: isoDate('2023-02-01'),
      sourceId: SOURCE,
    });
    expect(result.ok).toBe(false);
    if (result.ok || result.error.code !== 'ASSIGNMENT.RULE_DENIED') throw new Error('expected a rule refusal');
    const { decision } = result.error.details!;
    expect(decision.trace).toHaveLength(DEFAULT_RULE_PACK.rules.length);
    const headsRule = decision.trace.find((t) => t.ruleId === 'viec-dot-pha-cho-nguoi-dung-dau')!;
    expect(headsRule).toMatchObject({ outcome: 'notMatched', failed: 'assignee' });
    expect(explainDecision(decision)).toContain('viec-dot-pha-cho-nguoi-dung-dau (assignee)');
    expect(await tableCounts(db)).toEqual(before);
  });

  it('answers "may X assign T to Y on D?" without writing, and refuses bodies that no longer exist', async () => {
    const { db } = await exampleStore();
    const request = {
      taskKind: 'yearly' as const,
      assigner: DISTRICT_STANDING_MEMBERS,
      assignee: { kind: 'organization', id: 'org_073-until-2025.frontCommittee' as OrganizationId } as const,
    };
    const before = unwrap(await checkAssignment(db, DEFAULT_RULE_PACK, { ...request, date: isoDate('2023-01-15') }));
    expect(before.allowed && before.ruleId).toBe('nhiem-vu-hang-nam-cung-cap');
    const after = unwrap(await checkAssignment(db, DEFAULT_RULE_PACK, { ...request, date: isoDate('2025-07-01') }));
    expect(after.allowed).toBe(false);
    expect(after.preconditionFailures.join(' ')).toContain('Thường trực Huyện ủy Chiêm Hóa không tồn tại vào ngày 2025-07-01');
  });

  it('moves along the allowed statuses only, and keeps the registered breakthrough content', async () => {
    const { db } = await exampleStore();
    const events = await eventsOf(db, DISTRICT_CHAIR_ASSIGNMENT);
    expect(events.map((e) => e.status)).toEqual(['assigned', 'registered', 'inProgress', 'done']);
    expect(events[1]?.note).toBe('Nâng cao vai trò của người đứng đầu tổ chức trong triển khai thực hiện nhiệm vụ');
    expect(await statusOn(db, DISTRICT_CHAIR_ASSIGNMENT, isoDate('2023-01-31'))).toBe('assigned');
    expect(await statusOn(db, DISTRICT_CHAIR_ASSIGNMENT, isoDate('2023-02-01'))).toBe('registered');
    const back = await changeAssignmentStatus(db, {
      assignmentId: DISTRICT_CHAIR_ASSIGNMENT,
      status: 'registered',
      on: isoDate('2023-10-01'),
      sourceId: SOURCE,
    });
    expect(!back.ok && back.error.code).toBe('ASSIGNMENT.TRANSITION_NOT_ALLOWED');
    const early = await changeAssignmentStatus(db, {
      assignmentId:
        'asg_thuc-hien-quy-che-phoi-hop-chiem-hoa.once.org_073-until-2025.partyStandingCommittee.org_073-until-2025.peoplesCommittee' as AssignmentId,
      status: 'done',
      on: isoDate('2021-01-01'),
      sourceId: SOURCE,
    });
    expect(!early.ok && early.error.code).toBe('ASSIGNMENT.EVENT_OUT_OF_ORDER');
    const empty = await registerAssignment(db, {
      assignmentId: DISTRICT_CHAIR_ASSIGNMENT,
      on: isoDate('2023-10-01'),
      content: '  ',
      sourceId: SOURCE,
    });
    expect(!empty.ok && empty.error.code).toBe('ASSIGNMENT.EMPTY_TEXT');
    expect(await statusOn(db, DISTRICT_CHAIR_ASSIGNMENT, isoDate('2023-12-19'))).toBe('inProgress');
    expect(await statusOn(db, DISTRICT_CHAIR_ASSIGNMENT, isoDate('2024-01-01'))).toBe('done');
    const reopened = await changeAssignmentStatus(db, {
      assignmentId: DISTRICT_CHAIR_ASSIGNMENT,
      status: 'cancelled',
      on: isoDate('2024-01-02'),
      sourceId: SOURCE,
    });
    expect(!reopened.ok && reopened.error.code).toBe('ASSIGNMENT.TRANSITION_NOT_ALLOWED');
  });
});
