// The records of one province and of one commune with its residential areas, built from the plan tables.
import { stableId, validity, type AssignmentId, type DirectiveId, type TaskId, type UnitId, type UnitInput } from '../../index.js';
import { SYNTHETIC_BENCH_SOURCE } from './national-dataset.js';
import {
  ABOVE_AREA_ORGS,
  ABOVE_AREA_POSTS,
  AREA_ORGS,
  AREA_POSTS,
  COMMUNE_ISSUED,
  FROM_REFORM,
  MEETING_BODIES,
  PROVINCE_ISSUED,
  PROVINCE_ONLY_ORGS,
  PROVINCE_ONLY_POSTS,
  YEARLY_ASSIGNEES,
  orgId,
  orgType,
  postId,
  unitKey,
} from './national-dataset.plan.js';
import {
  assign,
  dayIn,
  directive,
  frontTerm,
  organizations,
  posts,
  staff,
  task,
  yearlyAssignments,
  type GeneratorState,
  type MutableBatch,
} from './national-dataset.records.js';

const source = SYNTHETIC_BENCH_SOURCE.id;

/** One province: its bodies, posts, people, holdings, directive, tasks and the yearly assignments. Returns its tasks. */
export function provinceRecords(state: GeneratorState, batch: MutableBatch, provinceId: UnitId, name: string): TaskId[] {
  const orgPlan = [...ABOVE_AREA_ORGS, ...PROVINCE_ONLY_ORGS];
  const postPlan = [...ABOVE_AREA_POSTS, ...PROVINCE_ONLY_POSTS];
  batch.organizations.push(...organizations(provinceId, orgPlan));
  batch.posts.push(...posts(provinceId, postPlan));
  const termId = frontTerm(batch, provinceId);
  staff(state, batch, provinceId, postPlan, postId(provinceId, 'frontCommittee', 'member'), termId);
  const directiveId = directive(
    batch,
    provinceId,
    `Chỉ thị tổng hợp về công tác Mặt trận năm 2026 — ${name} (dữ liệu tổng hợp)`,
    PROVINCE_ISSUED,
    null,
  );
  const yearly = task(batch, provinceId, directiveId, 'yearly', 'Nhiệm vụ cụ thể năm 2026 (tổng hợp)', 'yearly');
  const movement = task(batch, provinceId, directiveId, 'movement', 'Phong trào thi đua năm 2026 (tổng hợp)', 'once');
  yearlyAssignments(state, batch, provinceId, yearly, [...YEARLY_ASSIGNEES, 'labourFederation']);
  return [yearly, movement];
}

/** One commune: its areas, bodies, posts, people, holdings, directive, tasks and assignments. */
export function communeRecords(
  state: GeneratorState,
  batch: MutableBatch,
  communeId: UnitId,
  name: string,
  provinceId: UnitId,
): { areas: UnitId[]; tasks: TaskId[] } {
  const { areasPerCommune, assignmentsPerUnit } = state.options;
  const areaIds: UnitId[] = [];
  for (let n = 1; n <= areasPerCommune; n++) {
    const id = stableId<UnitId>('unit', `syn-${unitKey(communeId)}-${n}`);
    batch.units.push({
      id,
      kind: 'thon',
      name: `Tổng Hợp ${n}`,
      validity: validity(FROM_REFORM),
      parents: [{ parentId: communeId }],
      sourceId: source,
    } satisfies UnitInput);
    areaIds.push(id);
  }

  batch.organizations.push(...organizations(communeId, ABOVE_AREA_ORGS));
  for (const areaId of areaIds) {
    for (const [type, parent] of AREA_ORGS)
      batch.organizations.push({ id: orgId(areaId, type), type, unitId: areaId, parentId: orgId(communeId, parent), sourceId: source });
  }
  batch.posts.push(...posts(communeId, ABOVE_AREA_POSTS));
  for (const areaId of areaIds) batch.posts.push(...posts(areaId, AREA_POSTS));

  const termId = frontTerm(batch, communeId);
  const holders = staff(state, batch, communeId, ABOVE_AREA_POSTS, postId(communeId, 'frontCommittee', 'member'), termId);
  for (const areaId of areaIds) staff(state, batch, areaId, AREA_POSTS, postId(areaId, 'frontWorkBoard', 'member'), termId);

  const directiveId = directive(
    batch,
    communeId,
    `Kế hoạch thực hiện Chỉ thị về công tác Mặt trận năm 2026 — ${name} (dữ liệu tổng hợp)`,
    COMMUNE_ISSUED,
    stableId<DirectiveId>('dir', `syn-${unitKey(provinceId)}`),
  );
  const yearly = task(batch, communeId, directiveId, 'yearly', 'Nhiệm vụ cụ thể năm 2026 (tổng hợp)', 'yearly');
  const regular = task(batch, communeId, directiveId, 'regular', 'Phần việc ở khu dân cư (tổng hợp)', 'yearly');
  const meeting = task(batch, communeId, directiveId, 'periodicMeeting', 'Dự sinh hoạt định kỳ ở khu dân cư (tổng hợp)', 'monthly');
  const movement = task(batch, communeId, directiveId, 'movement', 'Phong trào ở khu dân cư năm 2026 (tổng hợp)', 'once');

  yearlyAssignments(state, batch, communeId, yearly, YEARLY_ASSIGNEES);
  assign(state, batch, stableId('asg', `${unitKey(communeId)}.movement`), stableId<TaskId>('task', `syn-${unitKey(provinceId)}.movement`), {
    taskKind: 'movement',
    assigner: { kind: 'organization', id: orgId(provinceId, 'frontCommittee') },
    assignee: { kind: 'organization', id: orgId(communeId, 'frontCommittee') },
    date: dayIn(state.rng, 3),
  });

  const cadre = holders.get(postId(communeId, 'frontOffice', 'cadre'));
  const meetingPeople = [
    ...new Set(
      ABOVE_AREA_POSTS.filter(([org]) => MEETING_BODIES.has(orgType(ABOVE_AREA_ORGS, org))).flatMap(
        ([org, type]) => holders.get(postId(communeId, org, type)) ?? [],
      ),
    ),
  ];
  const board = { kind: 'organization', id: orgId(communeId, 'frontStandingBoard') } as const;
  for (const areaId of areaIds) {
    for (let k = 0; k < assignmentsPerUnit; k++) {
      const id = stableId<AssignmentId>('asg', `${unitKey(areaId)}.${k}`);
      if (k === 0 && cadre) {
        assign(state, batch, id, regular, {
          taskKind: 'regular',
          assigner: board,
          assignee: { kind: 'person', id: cadre },
          placeUnitId: areaId,
          date: dayIn(state.rng, 2),
        });
      } else if (k === 1) {
        assign(state, batch, id, movement, {
          taskKind: 'movement',
          assigner: { kind: 'organization', id: orgId(communeId, 'frontCommittee') },
          assignee: { kind: 'organization', id: orgId(areaId, 'frontWorkBoard') },
          date: dayIn(state.rng, 3),
        });
      } else if (meetingPeople.length > 0) {
        const person = meetingPeople[state.rng.int(meetingPeople.length)]!;
        assign(state, batch, id, meeting, {
          taskKind: 'periodicMeeting',
          assigner: board,
          assignee: { kind: 'person', id: person },
          placeUnitId: areaId,
          date: dayIn(state.rng, 1 + ((k + 10) % 12)),
        });
      }
    }
  }
  return { areas: areaIds, tasks: [yearly, regular, meeting, movement] };
}
