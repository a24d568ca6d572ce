import { stableId, type DirectiveId, type OrganizationId, type TaskId } from '../shared/ids.js';
import { unwrap } from '../shared/result.js';
import type { Db } from '../store/database.js';
import { isoDate } from '../time/iso-date.js';
import { validity } from '../time/validity.js';
import { createDirective } from '../directive/directive.repository.js';
import { createTask } from '../task/task.repository.js';
import { EXAMPLE_SOURCES } from './example-sources.js';
import { orgId } from './example-organizations.js';
import { CHIEM_HOA_DISTRICT_CODE, REFORM_DATE, unitIdBefore } from './example-units.js';

const directive = (key: string) => stableId<DirectiveId>('dir', key);
const task = (key: string) => stableId<TaskId>('task', key);

/** The directives of the example dataset. */
export const DIRECTIVES = {
  project02: directive('02-DA-TU'),
  provincialRegulation: directive('quy-che-phoi-hop-tinh-2021-2025'),
  chiemHoaRegulation: directive('quy-che-phoi-hop-chiem-hoa-2021-2026'),
  periodicMeetingRule: directive('quy-dinh-du-sinh-hoat-khu-dan-cu'),
  workBoardGuidance: directive('huong-dan-sinh-hoat-ban-cong-tac-mat-tran'),
  ruralRoadsResolution: directive('nghi-quyet-hdnd-tinh-be-tong-hoa-duong-gtnt'),
  wasteProgram: directive('ctph-chiem-hoa-chung-tay-xu-ly-rac-thai'),
  roadsProgram: directive('ctph-be-tong-hoa-duong-gtnt'),
  tourismProgram: directive('ctph-de-an-phat-trien-du-lich-chiem-hoa'),
} as const;

/** The tasks of the example dataset. */
export const TASKS = {
  yearly: task('nhiem-vu-cu-the-hang-nam'),
  breakthrough: task('viec-dot-pha-doi-moi'),
  quarterlyReview: task('giao-ban-hang-quy'),
  cadreWork: task('can-bo-dam-nhan-phan-viec-o-khu-dan-cu'),
  periodicMeeting: task('du-sinh-hoat-dinh-ky-o-khu-dan-cu'),
  provincialCoordination: task('thuc-hien-quy-che-phoi-hop-tinh'),
  chiemHoaCoordination: task('thuc-hien-quy-che-phoi-hop-chiem-hoa'),
  wasteMovement: task('phong-trao-chung-tay-xu-ly-rac-thai'),
} as const;

/**
 * The directives the article names — Project 02-ĐA/TU, the provincial coordination regulation 2021–2025,
 * Chiêm Hóa's regulation 2021–2026 and its coordination programs (three named, five more counted), the
 * provincial Front's rule on periodic meetings and guidance on work-board meetings — and the tasks they
 * create.
 */
export async function loadExampleDirectives(trx: Db): Promise<void> {
  const { article } = EXAMPLE_SOURCES;
  const province = unitIdBefore('08');
  const district = unitIdBefore(CHIEM_HOA_DISTRICT_CODE);
  const org = (unit: typeof province, type: Parameters<typeof orgId>[1]): OrganizationId => orgId(unit, type);
  const since2021 = validity(isoDate('2021-01-01'), REFORM_DATE);

  unwrap(
    await createDirective(trx, {
      id: DIRECTIVES.project02,
      kind: 'project',
      symbol: '02-ĐA/TU',
      issuedOn: isoDate('2021-05-23'),
      title: 'Tiếp tục đổi mới nội dung, phương thức hoạt động của MTTQ và các tổ chức chính trị - xã hội',
      issuers: [org(province, 'partyStandingCommittee')],
      sourceId: article.id,
    }),
  );
  unwrap(
    await createDirective(trx, {
      id: DIRECTIVES.provincialRegulation,
      kind: 'regulation',
      implementsId: DIRECTIVES.project02,
      title:
        'Quy chế phối hợp công tác giữa Ban Cán sự đảng UBND tỉnh với Đảng đoàn Ủy ban MTTQ, các tổ chức chính trị - xã hội tỉnh và Ban Thường vụ Tỉnh đoàn giai đoạn 2021 - 2025',
      validity: validity(isoDate('2021-01-01'), isoDate('2026-01-01')),
      issuers: [org(province, 'partyStandingCommittee')],
      sourceId: article.id,
    }),
  );
  unwrap(
    await createDirective(trx, {
      id: DIRECTIVES.chiemHoaRegulation,
      kind: 'regulation',
      title: 'Quy chế phối hợp giữa UBND với MTTQ và các tổ chức chính trị - xã hội huyện Chiêm Hóa, giai đoạn 2021 - 2026',
      validity: validity(isoDate('2021-01-01'), isoDate('2027-01-01')),
      issuers: [org(district, 'partyStandingCommittee')],
      sourceId: article.id,
    }),
  );
  unwrap(
    await createDirective(trx, {
      id: DIRECTIVES.periodicMeetingRule,
      kind: 'rule',
      implementsId: DIRECTIVES.project02,
      title:
        'Quy định cán bộ MTTQ, các tổ chức chính trị - xã hội dự sinh hoạt định kỳ cùng với Ban Công tác Mặt trận, chi đoàn, chi hội ở khu dân cư',
      issuers: [org(province, 'frontStandingBoard')],
      validity: validity(isoDate('2021-05-23'), null),
      sourceId: article.id,
    }),
  );
  unwrap(
    await createDirective(trx, {
      id: DIRECTIVES.workBoardGuidance,
      kind: 'guidance',
      implementsId: DIRECTIVES.project02,
      title: 'Hướng dẫn việc đổi mới nội dung sinh hoạt Ban Công tác Mặt trận',
      issuers: [org(province, 'frontStandingBoard')],
      validity: validity(isoDate('2021-05-23'), null),
      sourceId: article.id,
    }),
  );
  unwrap(
    await createDirective(trx, {
      id: DIRECTIVES.ruralRoadsResolution,
      kind: 'resolution',
      title: 'Nghị quyết của HĐND tỉnh về bê tông hóa đường giao thông nông thôn và xây dựng cầu trên đường giao thông nông thôn',
      issuers: [org(province, 'peoplesCouncil')],
      sourceId: article.id,
    }),
  );
  const programs = [
    [
      DIRECTIVES.wasteProgram,
      'Chương trình phối hợp thực hiện Phong trào "Chiêm Hóa chung tay xử lý rác thải và chống rác thải nhựa"',
      null,
    ],
    [
      DIRECTIVES.roadsProgram,
      'Chương trình phối hợp thực hiện Nghị quyết của HĐND tỉnh về bê tông hóa đường giao thông nông thôn và xây dựng cầu trên đường giao thông nông thôn',
      DIRECTIVES.ruralRoadsResolution,
    ],
    [DIRECTIVES.tourismProgram, 'Chương trình phối hợp thực hiện Đề án phát triển du lịch huyện Chiêm Hóa', null],
  ] as const;
  for (const [id, title, implementsId] of programs) {
    unwrap(
      await createDirective(trx, {
        id,
        kind: 'coordinationProgram',
        title,
        implementsId,
        validity: since2021,
        signatories: [org(district, 'frontCommittee')],
        sourceId: article.id,
      }),
    );
  }
  // The article counts 8 programs signed since 2021 and names three; the other five are recorded by count only.
  for (let n = 4; n <= 8; n++) {
    unwrap(
      await createDirective(trx, {
        id: directive(`ctph-chiem-hoa-thu-${n}`),
        kind: 'coordinationProgram',
        validity: since2021,
        title: `Chương trình, kế hoạch phối hợp thứ ${n} của MTTQ huyện Chiêm Hóa (bài báo không nêu tên)`,
        signatories: [org(district, 'frontCommittee')],
        sourceId: article.id,
      }),
    );
  }

  const tasks = [
    [TASKS.yearly, DIRECTIVES.project02, 'yearly', 'yearly', 'Nhiệm vụ cụ thể hằng năm của MTTQ và các tổ chức chính trị - xã hội'],
    [TASKS.breakthrough, DIRECTIVES.project02, 'breakthrough', 'yearly', 'Việc đột phá, đổi mới nâng cao vai trò người đứng đầu'],
    [TASKS.quarterlyReview, DIRECTIVES.project02, 'reviewMeeting', 'quarterly', 'Giao ban định kỳ hằng quý'],
    [TASKS.cadreWork, DIRECTIVES.project02, 'regular', 'yearly', 'Cán bộ cơ quan MTTQ đảm nhận phần việc cụ thể ở cơ sở, khu dân cư'],
    [
      TASKS.periodicMeeting,
      DIRECTIVES.periodicMeetingRule,
      'periodicMeeting',
      'quarterly',
      'Dự sinh hoạt định kỳ cùng Ban Công tác Mặt trận, chi đoàn, chi hội ở khu dân cư',
    ],
    [
      TASKS.provincialCoordination,
      DIRECTIVES.provincialRegulation,
      'coordination',
      'once',
      'Thực hiện Quy chế phối hợp công tác giai đoạn 2021 - 2025',
    ],
    [
      TASKS.chiemHoaCoordination,
      DIRECTIVES.chiemHoaRegulation,
      'coordination',
      'once',
      'Ký kết và thực hiện các chương trình phối hợp theo quy chế giai đoạn 2021 - 2026',
    ],
    [
      TASKS.wasteMovement,
      DIRECTIVES.wasteProgram,
      'coordination',
      'once',
      'Phối hợp thực hiện Phong trào "Chiêm Hóa chung tay xử lý rác thải và chống rác thải nhựa"',
    ],
  ] as const;
  for (const [id, directiveId, kind, recurrence, title] of tasks) {
    unwrap(await createTask(trx, { id, directiveId, kind, recurrence, title, sourceId: article.id }));
  }
}
