import { describe, expect, it } from 'vitest';
import {
  assignmentsInSubtree,
  endHolding,
  isoDate,
  overdueByUnit,
  postsHeldBy,
  responsibleFor,
  tasksOfPerson,
  unwrap,
  type AssignmentView,
  type TaskId,
  type UnitId,
} from '../src/index.js';
import { exampleStore } from './fixtures.js';

const pathKinds = (paths: readonly { kind: string }[]) => paths.map((p) => p.kind);

describe('who is assigned which task', () => {
  it('gives Triệu Đức Long his tasks through the post he holds and the committee he heads', async () => {
    const { db, ids } = await exampleStore();
    const tasks = await tasksOfPerson(db, ids.people.trieuDucLong, isoDate('2023-06-01'));
    const byTitle = new Map(tasks.map((t) => [`${t.view.task.title} / ${t.view.assignment.assignee.id}`, pathKinds(t.paths)]));
    expect(byTitle.get('Việc đột phá, đổi mới nâng cao vai trò người đứng đầu / post_073-until-2025.frontCommittee.chair')).toEqual([
      'post',
    ]);
    expect(byTitle.get('Nhiệm vụ cụ thể hằng năm của MTTQ và các tổ chức chính trị - xã hội / org_073-until-2025.frontCommittee')).toEqual([
      'headOf',
    ]);
    const headOf = tasks.find((t) => t.paths[0]?.kind === 'headOf')!.paths[0]!;
    expect(headOf.kind === 'headOf' && headOf.held.post.title).toBe('Chủ tịch');
  });

  it('gives a Front office cadre the work assigned to them directly, at its residential area', async () => {
    const { db } = await exampleStore();
    const tasks = await tasksOfPerson(db, 'person_minh-hoa-can-bo-vinh-loc' as never, isoDate('2023-08-01'));
    expect(tasks.map((t) => [t.view.task.kind, pathKinds(t.paths)[0], t.view.assignment.placeUnitId])).toEqual([
      ['regular', 'direct', 'unit_minh-hoa-tdp-1'],
      ['periodicMeeting', 'direct', 'unit_minh-hoa-tdp-2'],
    ]);
  });

  it('does not reach a holder outside their term', async () => {
    const { db, ids } = await exampleStore();
    const held = await postsHeldBy(db, ids.people.trieuDucLong, isoDate('2023-06-01'));
    const chair = held.find((h) => h.post.type === 'chair')!;
    unwrap(await endHolding(db, { holdingId: chair.holding.id, date: isoDate('2023-05-01') }));
    const tasks = await tasksOfPerson(db, ids.people.trieuDucLong, isoDate('2023-06-01'));
    expect(tasks.filter((t) => t.view.assignment.assigneeUnitId === 'unit_073-until-2025' && t.view.task.kind !== 'coordination')).toEqual(
      [],
    );
    expect(await tasksOfPerson(db, ids.people.trieuDucLong, isoDate('2025-07-01'))).toEqual([]);
  });

  it('resolves a task down to the people responsible: the post holder, and nobody for an empty post', async () => {
    const { db } = await exampleStore();
    const responsible = await responsibleFor(db, 'task_viec-dot-pha-doi-moi' as TaskId, isoDate('2023-06-01'));
    const byAssignee = new Map(
      responsible.map((r) => [r.view.assignment.assignee.id, r.people.map((p) => `${p.person.fullName} (${p.path.kind})`)]),
    );
    expect(byAssignee.get('post_073-until-2025.frontCommittee.chair' as never)).toEqual(['Triệu Đức Long (post)']);
    expect(byAssignee.get('post_08-until-2025.frontCommittee.chair' as never)).toEqual([]);
  });

  it('lists every assignment in a subtree in stable pages, complete and without repeats', async () => {
    const { db, ids } = await exampleStore();
    const date = isoDate('2023-10-01');
    const seen: AssignmentView[] = [];
    let page = unwrap(await assignmentsInSubtree(db, ids.units.tuyenQuangUntil2025, date, {}, { first: 7 }));
    seen.push(...page.items);
    while (page.pageInfo.hasNextPage) {
      page = unwrap(await assignmentsInSubtree(db, ids.units.tuyenQuangUntil2025, date, {}, { first: 7, after: page.pageInfo.endCursor! }));
      seen.push(...page.items);
    }
    expect(seen.length).toBe(page.totalCount);
    expect(new Set(seen.map((v) => v.assignment.id)).size).toBe(seen.length);
    const district = unwrap(await assignmentsInSubtree(db, ids.units.chiemHoaDistrict, date, {}, { first: 500 }));
    expect(district.totalCount).toBeLessThan(page.totalCount);
    expect(district.items.every((v) => ['unit_073-until-2025', 'unit_02287-until-2025'].includes(v.assignment.assigneeUnitId))).toBe(true);
    const rawCursor = await assignmentsInSubtree(db, ids.units.chiemHoaDistrict, date, {}, { first: 5, after: 'garbage' });
    expect(!rawCursor.ok && rawCursor.error.code).toBe('PAGE.CURSOR_INVALID');
    const tooBig = await assignmentsInSubtree(db, ids.units.chiemHoaDistrict, date, {}, { first: 10_000 });
    expect(!tooBig.ok && tooBig.error.code).toBe('PAGE.SIZE_INVALID');
  });

  it('filters a subtree by directive, status on the date, period and task kind', async () => {
    const { db, ids } = await exampleStore();
    const list = async (date: string, filter: Parameters<typeof assignmentsInSubtree>[3]) =>
      unwrap(await assignmentsInSubtree(db, ids.units.tuyenQuangUntil2025, isoDate(date), filter, { first: 500 })).items;
    const reviews = await list('2023-10-01', { taskKind: 'reviewMeeting', periodKey: '2023-Q3' });
    expect(reviews.length).toBe(12);
    expect(reviews.every((v) => v.statusOn === 'done')).toBe(true);
    expect((await list('2023-09-01', { taskKind: 'reviewMeeting', status: 'assigned' })).length).toBe(12);
    const coordination = await list('2023-10-01', { directiveId: 'dir_quy-che-phoi-hop-tinh-2021-2025' as never });
    expect(coordination.length).toBe(9);
    const registered = await list('2023-02-05', { status: 'registered' });
    expect(registered.map((v) => v.assignment.assignee.id).sort()).toEqual([
      'post_02287-until-2025.frontCommittee.chair',
      'post_073-until-2025.frontCommittee.chair',
      'post_08-until-2025.frontCommittee.chair',
    ]);
  });

  it('reports overdue work by unit on a date', async () => {
    const { db, ids } = await exampleStore();
    expect(await overdueByUnit(db, ids.units.tuyenQuangUntil2025, isoDate('2024-06-30'))).toEqual([]);
    const overdue = await overdueByUnit(db, ids.units.tuyenQuangUntil2025, isoDate('2024-07-01'));
    expect(overdue.map((g) => [g.unit.fullName, g.assignments.map((a) => a.assignment.assignee.id)])).toEqual([
      ['Huyện Chiêm Hóa', ['org_073-until-2025.womensUnion']],
    ]);
  });

  it('answers at Xã Chiêm Hóa after the reform', async () => {
    const { db, ids } = await exampleStore();
    const page = unwrap(
      await assignmentsInSubtree(db, ids.units.chiemHoaCommune, isoDate('2026-03-01'), { periodKey: '2026' }, { first: 50 }),
    );
    expect(page.items.map((v) => v.task.kind).sort()).toEqual(['regular', 'yearly']);
    // Work done in 2023 at residential areas that now lie in Xã Chiêm Hóa stays in its history.
    const history = unwrap(
      await assignmentsInSubtree(db, ids.units.chiemHoaCommune, isoDate('2026-03-01'), { periodKey: '2023-Q3' }, { first: 50 }),
    );
    expect(history.items.map((v) => v.assignment.placeUnitId)).toEqual(['unit_minh-hoa-tdp-2']);
    const cadre = await tasksOfPerson(db, 'person_minh-hoa-can-bo-xa-chiem-hoa' as never, isoDate('2026-03-01'));
    expect(cadre.map((t) => t.view.assignment.placeUnitId)).toEqual(['unit_minh-hoa-thon-3' as UnitId]);
  });
});
