import { stableId, type AssignmentId, type OrganizationId, type PersonId, type TaskId, type UnitId } from '../shared/ids.js';
import { unwrap } from '../shared/result.js';
import type { Db } from '../store/database.js';
import { isoDate } from '../time/iso-date.js';
import type { OrganizationType } from '../catalog/organization-type.js';
import type { AssigneeRef, AssignerRef } from '../rule/assignment-request.js';
import { DEFAULT_RULE_PACK } from '../rule/default-rule-pack.js';
import { assignTask, changeAssignmentStatus, registerAssignment, reportProgress } from '../assignment/assignment.repository.js';
import type { AssignmentStatus } from '../assignment/assignment-status.js';
import { EXAMPLE_SOURCES } from './example-sources.js';
import { orgId, postId } from './example-organizations.js';
import { CADRE_CHIEM_HOA, CADRE_VINH_LOC } from './example-people.js';
import { TASKS } from './example-directives.js';
import { CHIEM_HOA_DISTRICT_CODE, areaId, unitIdBefore, unitIdFrom } from './example-units.js';

const ORGANIZATIONS: readonly OrganizationType[] = [
  'frontCommittee',
  'farmersUnion',
  'womensUnion',
  'youthUnion',
  'veteransAssociation',
  'labourFederation',
];

const byOrg = (unit: UnitId, type: OrganizationType): AssignerRef & AssigneeRef => ({ kind: 'organization', id: orgId(unit, type) });
const byPost = (unit: UnitId, type: OrganizationType, post: Parameters<typeof postId>[1]): AssigneeRef => ({
  kind: 'post',
  id: postId(orgId(unit, type), post),
});
const byPerson = (id: PersonId): AssigneeRef => ({ kind: 'person', id });

/** The id of an example assignment: task, period, assigner and assignee. */
export const assignmentId = (taskId: TaskId, period: string, assigner: AssignerRef, assignee: AssigneeRef) =>
  stableId<AssignmentId>('asg', `${taskId.slice(5)}.${period}.${assigner.id}.${assignee.id}`);

/**
 * Instances of the practice the article describes, checked by the default rule pack like any write: the
 * 2023 yearly tasks at province, district and Thị trấn Vĩnh Lộc; breakthrough tasks to the heads and the
 * registrations of the district and commune Front chairs; the third-quarter review meetings; coordination
 * under the two regulations; a Front office cadre's work at a residential area; overdue work in 2024; and
 * the same practice at Xã Chiêm Hóa in 2026.
 */
export async function loadExampleAssignments(trx: Db): Promise<void> {
  const { practice } = EXAMPLE_SOURCES;
  const province = unitIdBefore('08');
  const district = unitIdBefore(CHIEM_HOA_DISTRICT_CODE);
  const vinhLoc = unitIdBefore('02287');
  const newCommune = unitIdFrom('02287');

  const give = async (
    taskId: TaskId,
    period: string,
    assigner: AssignerRef,
    assignee: AssigneeRef,
    assignedOn: string,
    dueOn: string | null,
    extra: { place?: UnitId; history?: readonly [AssignmentStatus, string, string?][] } = {},
  ): Promise<AssignmentId> => {
    const id = assignmentId(taskId, period, assigner, assignee);
    unwrap(
      await assignTask(trx, DEFAULT_RULE_PACK, {
        id,
        taskId,
        periodKey: period,
        assigner,
        assignee,
        placeUnitId: extra.place ?? null,
        assignedOn: isoDate(assignedOn),
        dueOn: dueOn ? isoDate(dueOn) : null,
        sourceId: practice.id,
      }),
    );
    for (const [status, on, note] of extra.history ?? []) {
      if (status === 'registered')
        unwrap(await registerAssignment(trx, { assignmentId: id, on: isoDate(on), content: note ?? '', sourceId: practice.id }));
      else unwrap(await changeAssignmentStatus(trx, { assignmentId: id, status, on: isoDate(on), note, sourceId: practice.id }));
    }
    return id;
  };
  const done2023: [AssignmentStatus, string][] = [
    ['accepted', '2023-01-20'],
    ['inProgress', '2023-02-01'],
    ['done', '2023-12-20'],
  ];

  // Yearly: the Party committee's standing members assign specific tasks to the Front and organizations at their level.
  for (const type of ORGANIZATIONS) {
    await give(TASKS.yearly, '2023', byOrg(province, 'partyStandingMembers'), byOrg(province, type), '2023-01-15', '2023-12-31', {
      history: done2023,
    });
    await give(TASKS.yearly, '2023', byOrg(district, 'partyStandingMembers'), byOrg(district, type), '2023-01-16', '2023-12-31', {
      history: done2023,
    });
  }
  await give(TASKS.yearly, '2023', byOrg(vinhLoc, 'partyStandingMembers'), byOrg(vinhLoc, 'frontCommittee'), '2023-01-17', '2023-12-31', {
    history: done2023,
  });

  // Breakthrough tasks to the heads; the district and commune Front chairs register their breakthrough content.
  const registered = 'Nâng cao vai trò của người đứng đầu tổ chức trong triển khai thực hiện nhiệm vụ';
  await give(
    TASKS.breakthrough,
    '2023',
    byOrg(province, 'partyStandingMembers'),
    byPost(province, 'frontCommittee', 'chair'),
    '2023-01-15',
    '2023-12-31',
    {
      history: [
        ['registered', '2023-01-30', registered],
        ['inProgress', '2023-02-10'],
        ['done', '2023-12-15'],
      ],
    },
  );
  const districtChair = await give(
    TASKS.breakthrough,
    '2023',
    byOrg(district, 'partyStandingMembers'),
    byPost(district, 'frontCommittee', 'chair'),
    '2023-01-16',
    '2023-12-31',
    {
      history: [
        ['registered', '2023-02-01', registered],
        ['inProgress', '2023-02-15'],
        ['done', '2023-12-20'],
      ],
    },
  );
  unwrap(
    await reportProgress(trx, {
      assignmentId: districtChair,
      on: isoDate('2023-09-30'),
      text: 'Đã triển khai nội dung đột phá tại các xã, thị trấn; tiếp tục theo dõi.',
      percent: 70,
      sourceId: practice.id,
    }),
  );
  await give(
    TASKS.breakthrough,
    '2023',
    byOrg(vinhLoc, 'partyStandingMembers'),
    byPost(vinhLoc, 'frontCommittee', 'chair'),
    '2023-01-17',
    '2023-12-31',
    {
      history: [
        ['registered', '2023-02-03', registered],
        ['inProgress', '2023-02-20'],
        ['done', '2023-12-22'],
      ],
    },
  );

  // Each Front office cadre registers a breakthrough and takes on specific work at a residential area.
  await give(TASKS.cadreWork, '2023', byOrg(vinhLoc, 'frontStandingBoard'), byPerson(CADRE_VINH_LOC), '2023-02-10', '2023-12-31', {
    place: areaId('minh-hoa-tdp-1'),
    history: [
      ['registered', '2023-02-15', 'Đảm nhận vận động vệ sinh môi trường ở Tổ dân phố Minh Họa 1'],
      ['inProgress', '2023-03-01'],
      ['done', '2023-12-10'],
    ],
  });
  await give(TASKS.periodicMeeting, '2023-Q3', byOrg(vinhLoc, 'frontStandingBoard'), byPerson(CADRE_VINH_LOC), '2023-07-01', '2023-09-30', {
    place: areaId('minh-hoa-tdp-2'),
    history: [
      ['accepted', '2023-07-02'],
      ['inProgress', '2023-08-01'],
      ['done', '2023-09-15'],
    ],
  });

  // Quarterly review meetings (the article reports the third quarter's).
  for (const type of ORGANIZATIONS) {
    await give(
      TASKS.quarterlyReview,
      '2023-Q3',
      byOrg(province, 'partyStandingMembers'),
      byOrg(province, type),
      '2023-07-01',
      '2023-09-30',
      {
        history: [
          ['inProgress', '2023-09-28'],
          ['done', '2023-09-28'],
        ],
      },
    );
  }
  for (const type of ORGANIZATIONS.slice(1)) {
    await give(TASKS.quarterlyReview, '2023-Q3', byOrg(province, 'frontStandingBoard'), byOrg(province, type), '2023-07-01', '2023-09-30', {
      history: [
        ['inProgress', '2023-09-29'],
        ['done', '2023-09-29'],
      ],
    });
  }
  await give(
    TASKS.quarterlyReview,
    '2023-Q3',
    byOrg(province, 'frontStandingBoard'),
    byOrg(district, 'frontCommittee'),
    '2023-07-01',
    '2023-09-30',
    {
      history: [
        ['inProgress', '2023-09-29'],
        ['done', '2023-09-29'],
      ],
    },
  );

  // Coordination under the provincial regulation 2021–2025 and Chiêm Hóa's 2021–2026.
  const regulationParties: OrganizationType[] = [
    'partyCaucus',
    'partyDelegation',
    'frontCommittee',
    'farmersUnion',
    'womensUnion',
    'youthUnion',
    'veteransAssociation',
    'labourFederation',
  ];
  for (const type of regulationParties) {
    await give(
      TASKS.provincialCoordination,
      'once',
      byOrg(province, 'partyStandingCommittee'),
      byOrg(province, type),
      '2021-06-15',
      '2025-12-31',
      { history: [['accepted', '2021-06-20']] },
    );
  }
  await give(
    TASKS.provincialCoordination,
    'once',
    byOrg(province, 'partyStandingCommittee'),
    { kind: 'organization', id: stableId<OrganizationId>('org', '08-until-2025.organizationStandingBoard') },
    '2021-06-15',
    '2025-12-31',
  );
  for (const type of ['peoplesCommittee', 'frontCommittee'] as const) {
    await give(TASKS.chiemHoaCoordination, 'once', byOrg(district, 'partyStandingCommittee'), byOrg(district, type), '2021-07-01', null, {
      history: [['inProgress', '2021-08-01']],
    });
  }
  await give(TASKS.wasteMovement, 'once', byOrg(district, 'frontCommittee'), byOrg(district, 'peoplesCommittee'), '2021-09-01', null, {
    history: [['inProgress', '2021-09-15']],
  });

  // 2024: the district Women's Union's yearly task, due mid-year, still in progress — overdue from 2024-07-01.
  await give(TASKS.yearly, '2024', byOrg(district, 'partyStandingMembers'), byOrg(district, 'womensUnion'), '2024-01-15', '2024-06-30', {
    history: [['inProgress', '2024-02-01']],
  });

  // 2026, after the reform: the same practice at Xã Chiêm Hóa.
  await give(
    TASKS.yearly,
    '2026',
    byOrg(newCommune, 'partyStandingMembers'),
    byOrg(newCommune, 'frontCommittee'),
    '2026-01-15',
    '2026-12-31',
    { history: [['accepted', '2026-01-20']] },
  );
  await give(TASKS.cadreWork, '2026', byOrg(newCommune, 'frontStandingBoard'), byPerson(CADRE_CHIEM_HOA), '2026-01-20', '2026-12-31', {
    place: areaId('minh-hoa-thon-3'),
    history: [['registered', '2026-01-25', 'Đảm nhận phần việc ở Thôn Minh Họa 3']],
  });
}
