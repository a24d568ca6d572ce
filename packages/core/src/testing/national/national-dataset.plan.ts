// What the generator builds at each unit, as tables: organizations, posts, and the dates every record carries.
import {
  isoDate,
  stableId,
  validity,
  type OrganizationId,
  type OrganizationType,
  type PostId,
  type PostType,
  type UnitId,
} from '../../index.js';

export const FROM_REFORM = isoDate('2025-07-01');
/** The Front committee's term, and every holding's validity. */
export const TERM = validity(FROM_REFORM, isoDate('2030-07-01'));
export const PROVINCE_ISSUED = isoDate('2025-12-15');
export const COMMUNE_ISSUED = isoDate('2025-12-22');
export const DIRECTIVE_VALIDITY = validity(isoDate('2026-01-01'), isoDate('2027-01-01'));
export const DUE = isoDate('2026-12-31');

/** An organization at a unit: its key (unique at the unit), type, and the key of its parent there. */
export type OrgPlan = readonly [key: string, type: OrganizationType, parent?: string];
/** A post: the key of its organization, its type, and a title when not the type's. */
export type PostPlan = readonly [org: string, type: PostType, title?: string];

export const UNIONS = ['farmersUnion', 'womensUnion', 'youthUnion', 'veteransAssociation'] as const;
/**
 * What a province and a commune have: the Party, the Front, the four organizations with their standing boards, the
 * council and committee. The units are those from 2025-07-01, so the organizations sit under the Front committee
 * as the catalog of that era places them.
 */
export const ABOVE_AREA_ORGS: readonly OrgPlan[] = [
  ['partyCommittee', 'partyCommittee'],
  ['partyStandingMembers', 'partyStandingMembers', 'partyCommittee'],
  ['partyStandingCommittee', 'partyStandingCommittee', 'partyCommittee'],
  ['frontCommittee', 'frontCommittee'],
  ['frontStandingBoard', 'frontStandingBoard', 'frontCommittee'],
  ['frontOffice', 'frontOffice', 'frontCommittee'],
  ...UNIONS.flatMap((u): OrgPlan[] => [
    [u, u, 'frontCommittee'],
    [`${u}.standingBoard`, 'organizationStandingBoard', u],
  ]),
  ['peoplesCouncil', 'peoplesCouncil'],
  ['peoplesCommittee', 'peoplesCommittee'],
];
/**
 * And a province besides: the Labour federation (under the Front), the Party's merged propaganda and mass
 * mobilization board (no separate mass mobilization board from 2025), delegation and caucus, the National Assembly delegation.
 */
export const PROVINCE_ONLY_ORGS: readonly OrgPlan[] = [
  ['labourFederation', 'labourFederation', 'frontCommittee'],
  ['labourFederation.standingBoard', 'organizationStandingBoard', 'labourFederation'],
  ['propagandaAndMassMobilizationBoard', 'propagandaAndMassMobilizationBoard', 'partyCommittee'],
  ['partyDelegation', 'partyDelegation'],
  ['partyCaucus', 'partyCaucus'],
  ['nationalAssemblyDelegation', 'nationalAssemblyDelegation'],
  ['department.home', 'department', 'peoplesCommittee'],
  ['department.agriculture', 'department', 'peoplesCommittee'],
];
export const ABOVE_AREA_POSTS: readonly PostPlan[] = [
  ['partyStandingMembers', 'secretary'],
  ['partyStandingMembers', 'deputySecretary'],
  ['partyStandingCommittee', 'standingCommitteeMember'],
  ['frontCommittee', 'chair'],
  ['frontCommittee', 'viceChair'],
  ['frontStandingBoard', 'standingMember'],
  ['frontOffice', 'cadre'],
  ['farmersUnion', 'chair'],
  ['farmersUnion', 'viceChair'],
  ['womensUnion', 'chair'],
  ['womensUnion', 'viceChair'],
  ['youthUnion', 'secretary'],
  ['youthUnion', 'deputySecretary'],
  ['veteransAssociation', 'chair'],
  ['veteransAssociation', 'viceChair'],
  ...UNIONS.map((u): PostPlan => [`${u}.standingBoard`, 'standingCommitteeMember']),
  ['peoplesCouncil', 'chair'],
  ['peoplesCommittee', 'chair'],
  ['frontCommittee', 'member'],
];
export const PROVINCE_ONLY_POSTS: readonly PostPlan[] = [
  ['labourFederation', 'chair'],
  ['nationalAssemblyDelegation', 'head'],
];
/** At a residential area: the Front work board and the four branches, under the commune's bodies. */
export const AREA_ORGS: readonly (readonly [OrganizationType, string])[] = [
  ['frontWorkBoard', 'frontCommittee'],
  ['farmersUnionBranch', 'farmersUnion'],
  ['womensUnionBranch', 'womensUnion'],
  ['youthUnionBranch', 'youthUnion'],
  ['veteransAssociationBranch', 'veteransAssociation'],
];
export const AREA_POSTS: readonly PostPlan[] = [
  ['frontWorkBoard', 'head'],
  ['frontWorkBoard', 'deputyHead'],
  ['farmersUnionBranch', 'head', 'Chi hội trưởng'],
  ['farmersUnionBranch', 'deputyHead', 'Chi hội phó'],
  ['womensUnionBranch', 'head', 'Chi hội trưởng'],
  ['womensUnionBranch', 'deputyHead', 'Chi hội phó'],
  ['youthUnionBranch', 'secretary', 'Bí thư Chi đoàn'],
  ['youthUnionBranch', 'deputySecretary', 'Phó Bí thư Chi đoàn'],
  ['veteransAssociationBranch', 'head', 'Chi hội trưởng'],
  ['veteransAssociationBranch', 'deputyHead', 'Chi hội phó'],
  ['frontWorkBoard', 'member'],
];
/** Who a Party committee's standing members give the yearly task to. */
export const YEARLY_ASSIGNEES = ['frontCommittee', ...UNIONS] as const;
/** The bodies whose people a commune's Front standing board may send to an area's periodic meeting (default rule pack). */
export const MEETING_BODIES: ReadonlySet<string> = new Set(['frontCommittee', 'frontStandingBoard', 'frontOffice', ...UNIONS]);

/** A unit's id without its prefix: the stem of the ids of everything the generator makes there. */
export const unitKey = (unitId: UnitId) => unitId.replace(/^unit_/, '');
export const orgId = (unitId: UnitId, orgKey: string) => stableId<OrganizationId>('org', `${unitKey(unitId)}.${orgKey}`);
export const postId = (unitId: UnitId, orgKey: string, post: PostType) => stableId<PostId>('post', `${unitKey(unitId)}.${orgKey}.${post}`);
export const orgType = (plan: readonly OrgPlan[], orgKey: string) => plan.find(([k]) => k === orgKey)![1];
