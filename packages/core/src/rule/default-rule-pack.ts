import { SOCIO_POLITICAL_ORGANIZATIONS } from '../catalog/organization-type.js';
import type { IsoDate } from '../time/iso-date.js';
import { defineRulePack } from './assignment-rule.js';

const FRONT_AND_ORGANIZATIONS = ['frontCommittee', ...SOCIO_POLITICAL_ORGANIZATIONS] as const;
const ARTICLE = 'Báo Tuyên Quang, «Bài 2: Hiểu dân để nâng cao cuộc sống cho dân» (Đề án 02-ĐA/TU)';

/**
 * The practice the article describes, as rules: yearly tasks from the Party committee's standing members to
 * the Front and the organizations at the same level, breakthrough tasks to their heads, Front office cadres
 * taking on work at residential areas of their own unit, quarterly review meetings, periodic meetings at
 * residential areas, meetings with voters, movements, and the coordination regulations' parties.
 */
export const DEFAULT_RULE_PACK = defineRulePack({
  id: 'de-an-02-tuyen-quang',
  name: 'Thực tiễn Đề án 02-ĐA/TU (mặc định)',
  rules: [
    {
      id: 'nhiem-vu-hang-nam-cung-cap',
      description: 'Hằng năm, Thường trực cấp ủy giao nhiệm vụ cụ thể cho MTTQ và các tổ chức chính trị - xã hội cùng cấp',
      taskKinds: ['yearly'],
      assigner: { kind: 'organization', organizationTypes: ['partyStandingMembers'], levels: ['province', 'district', 'commune'] },
      assignees: [{ kind: 'organization', organizationTypes: FRONT_AND_ORGANIZATIONS }],
      relation: 'sameUnit',
      basis: ARTICLE,
    },
    {
      id: 'viec-dot-pha-cho-nguoi-dung-dau',
      description: 'Thường trực cấp ủy giao việc đột phá, đổi mới cho người đứng đầu MTTQ và các tổ chức chính trị - xã hội cùng cấp',
      taskKinds: ['breakthrough'],
      assigner: { kind: 'organization', organizationTypes: ['partyStandingMembers'], levels: ['province', 'district', 'commune'] },
      assignees: [
        { kind: 'post', heads: true, organizationTypes: FRONT_AND_ORGANIZATIONS },
        { kind: 'holder', holding: { heads: true, organizationTypes: FRONT_AND_ORGANIZATIONS } },
      ],
      relation: 'sameUnit',
      basis: ARTICLE,
    },
    {
      id: 'can-bo-co-quan-mat-tran-o-khu-dan-cu',
      description:
        'Ban Thường trực Ủy ban MTTQ giao cán bộ cơ quan MTTQ cùng cấp việc đột phá và phần việc cụ thể ở khu dân cư trong địa bàn',
      taskKinds: ['breakthrough', 'regular'],
      assigner: { kind: 'organization', organizationTypes: ['frontStandingBoard'] },
      assignees: [{ kind: 'holder', holding: { postTypes: ['cadre'], organizationTypes: ['frontOffice'] } }],
      relation: 'sameUnit',
      place: { required: false, levels: ['commune', 'residentialArea'], relation: 'withinAssignerSubtree' },
      basis: ARTICLE,
    },
    {
      id: 'giao-ban-quy-cua-thuong-truc-tinh-uy',
      description: 'Định kỳ hằng quý, Thường trực Tỉnh ủy giao ban với MTTQ và các tổ chức chính trị - xã hội tỉnh',
      taskKinds: ['reviewMeeting'],
      assigner: { kind: 'organization', organizationTypes: ['partyStandingMembers'], levels: ['province'] },
      assignees: [{ kind: 'organization', organizationTypes: FRONT_AND_ORGANIZATIONS }],
      relation: 'sameUnit',
      basis: ARTICLE,
    },
    {
      id: 'giao-ban-quy-cua-ban-thuong-truc-mttq',
      description: 'Định kỳ hằng quý, Ban Thường trực MTTQ giao ban với các tổ chức chính trị - xã hội cùng cấp',
      taskKinds: ['reviewMeeting'],
      assigner: { kind: 'organization', organizationTypes: ['frontStandingBoard'], levels: ['province', 'district'] },
      assignees: [{ kind: 'organization', organizationTypes: SOCIO_POLITICAL_ORGANIZATIONS }],
      relation: 'sameUnit',
      basis: ARTICLE,
    },
    {
      id: 'giao-ban-quy-voi-mttq-cap-duoi',
      description: 'Định kỳ hằng quý, Ban Thường trực MTTQ tỉnh giao ban với MTTQ cấp dưới trực tiếp',
      taskKinds: ['reviewMeeting'],
      assigner: { kind: 'organization', organizationTypes: ['frontStandingBoard'], levels: ['province'] },
      assignees: [{ kind: 'organization', organizationTypes: ['frontCommittee'] }],
      relation: 'childUnit',
      basis: ARTICLE,
    },
    {
      id: 'du-sinh-hoat-dinh-ky-o-khu-dan-cu',
      description:
        'Cán bộ MTTQ và các tổ chức chính trị - xã hội dự sinh hoạt định kỳ cùng Ban Công tác Mặt trận, chi đoàn, chi hội ở khu dân cư trong địa bàn',
      taskKinds: ['periodicMeeting'],
      assigner: { kind: 'organization', organizationTypes: ['frontStandingBoard'] },
      assignees: [
        {
          kind: 'holder',
          holding: { organizationTypes: ['frontCommittee', 'frontStandingBoard', 'frontOffice', ...SOCIO_POLITICAL_ORGANIZATIONS] },
        },
      ],
      relation: 'sameUnit',
      place: { required: true, levels: ['residentialArea'], relation: 'withinAssignerSubtree' },
      basis: ARTICLE,
    },
    {
      id: 'tiep-xuc-cu-tri-lien-cap',
      description: 'HĐND, Đoàn ĐBQH tổ chức cho đại biểu các cấp cùng tiếp xúc cử tri đến tận thôn, tổ dân phố',
      taskKinds: ['voterMeeting'],
      assigner: { kind: 'organization', organizationTypes: ['peoplesCouncil', 'nationalAssemblyDelegation'] },
      assignees: [
        {
          kind: 'holder',
          holding: {
            postTypes: ['delegate', 'chair', 'viceChair', 'head'],
            organizationTypes: ['peoplesCouncil', 'nationalAssemblyDelegation'],
          },
        },
      ],
      relation: 'withinSubtree',
      place: { required: true, levels: ['residentialArea'], relation: 'withinAssignerSubtree' },
      basis: ARTICLE,
    },
    {
      id: 'phat-dong-phong-trao',
      description: 'MTTQ phát động phong trào, cuộc vận động; MTTQ cấp dưới và các tổ chức chính trị - xã hội trong địa bàn thực hiện',
      taskKinds: ['movement'],
      assigner: { kind: 'organization', organizationTypes: ['frontCommittee', 'frontStandingBoard'] },
      assignees: [{ kind: 'organization', organizationTypes: [...FRONT_AND_ORGANIZATIONS, 'frontWorkBoard'] }],
      relation: 'withinSubtree',
      basis: ARTICLE,
    },
    {
      id: 'quy-che-phoi-hop-tinh-2021-2025',
      description:
        'Tỉnh Tuyên Quang: Quy chế phối hợp giữa Ban Cán sự đảng UBND tỉnh, Đảng đoàn MTTQ, các tổ chức chính trị - xã hội và Ban Thường vụ Tỉnh đoàn (2021–2025)',
      taskKinds: ['coordination'],
      assigner: { kind: 'organization', organizationTypes: ['partyStandingCommittee'], levels: ['province'] },
      assignees: [
        {
          kind: 'organization',
          organizationTypes: ['partyCaucus', 'partyDelegation', 'organizationStandingBoard', ...FRONT_AND_ORGANIZATIONS],
        },
      ],
      relation: 'sameUnit',
      scope: { withinUnitIds: ['unit_08-until-2025'] },
      validity: { validFrom: '2021-01-01' as IsoDate, validTo: '2026-01-01' as IsoDate },
      basis: `${ARTICLE}; Quyết định của Ban Thường vụ Tỉnh ủy ban hành Quy chế phối hợp giai đoạn 2021–2025`,
    },
    {
      id: 'quy-che-phoi-hop-chiem-hoa-2021-2026',
      description: 'Huyện Chiêm Hóa: Quy chế phối hợp giữa UBND với MTTQ và các tổ chức chính trị - xã hội (2021–2026)',
      taskKinds: ['coordination'],
      assigner: { kind: 'organization', organizationTypes: ['partyStandingCommittee'], levels: ['district'] },
      assignees: [{ kind: 'organization', organizationTypes: ['peoplesCommittee', ...FRONT_AND_ORGANIZATIONS] }],
      relation: 'sameUnit',
      scope: { withinUnitIds: ['unit_073-until-2025'] },
      validity: { validFrom: '2021-01-01' as IsoDate, validTo: '2027-01-01' as IsoDate },
      basis: `${ARTICLE}; quy chế phối hợp do Ban Thường vụ Huyện ủy Chiêm Hóa ban hành, giai đoạn 2021–2026`,
    },
    {
      id: 'chuong-trinh-phoi-hop-cua-mttq',
      description: 'MTTQ ký kết chương trình, kế hoạch phối hợp với chính quyền, cơ quan và các tổ chức cùng cấp',
      taskKinds: ['coordination', 'movement'],
      assigner: { kind: 'organization', organizationTypes: ['frontCommittee'] },
      assignees: [{ kind: 'organization', organizationTypes: ['peoplesCommittee', 'department', ...SOCIO_POLITICAL_ORGANIZATIONS] }],
      relation: 'sameUnit',
      basis: ARTICLE,
    },
  ],
});
