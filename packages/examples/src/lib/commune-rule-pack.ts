import { defineRulePack } from '@mttq/core';

/**
 * A small rule pack a commune could write for itself (illustrative): the commune Party committee's standing
 * members give yearly tasks to the commune Front and the organizations, and breakthrough tasks to their
 * heads; the Front standing board sends the Front office's cadres to residential areas of the commune.
 */
export const COMMUNE_RULE_PACK = defineRulePack({
  id: 'xa-minh-hoa',
  name: 'Quy chế minh họa của một xã',
  validity: { validFrom: '2025-07-01' as never, validTo: null },
  rules: [
    {
      id: 'nhiem-vu-nam',
      description: 'Thường trực Đảng ủy xã giao nhiệm vụ hằng năm cho Ủy ban MTTQ và các đoàn thể xã',
      taskKinds: ['yearly'],
      assigner: { kind: 'organization', organizationTypes: ['partyStandingMembers'], levels: ['commune'] },
      assignees: [
        { kind: 'organization', organizationTypes: ['frontCommittee', 'farmersUnion', 'womensUnion', 'youthUnion', 'veteransAssociation'] },
      ],
      relation: 'sameUnit',
    },
    {
      id: 'dot-pha-nguoi-dung-dau',
      description: 'Thường trực Đảng ủy xã giao việc đột phá cho người đứng đầu Ủy ban MTTQ và các đoàn thể xã',
      taskKinds: ['breakthrough'],
      assigner: { kind: 'organization', organizationTypes: ['partyStandingMembers'], levels: ['commune'] },
      assignees: [
        {
          kind: 'holder',
          holding: {
            heads: true,
            organizationTypes: ['frontCommittee', 'farmersUnion', 'womensUnion', 'youthUnion', 'veteransAssociation'],
          },
        },
      ],
      relation: 'sameUnit',
    },
    {
      id: 'can-bo-ve-khu-dan-cu',
      description: 'Ban Thường trực MTTQ xã cử cán bộ cơ quan MTTQ xã phụ trách khu dân cư của xã',
      taskKinds: ['regular', 'periodicMeeting'],
      assigner: { kind: 'organization', organizationTypes: ['frontStandingBoard'], levels: ['commune'] },
      assignees: [{ kind: 'holder', holding: { postTypes: ['cadre'], organizationTypes: ['frontOffice'] } }],
      relation: 'sameUnit',
      place: { required: true, levels: ['residentialArea'], relation: 'withinAssignerSubtree' },
    },
  ],
});
