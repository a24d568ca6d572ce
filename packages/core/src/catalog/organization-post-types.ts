import type { OrganizationType } from './organization-type.js';
import type { PostType } from './post-type.js';

const UNION_POSTS: readonly PostType[] = ['chair', 'viceChair', 'standingCommitteeMember', 'executiveCommitteeMember', 'cadre'];
/** A branch at a residential area: chi hội trưởng and chi hội phó, recorded as chair or head (and their deputies). */
const BRANCH_POSTS: readonly PostType[] = ['chair', 'viceChair', 'head', 'deputyHead', 'member'];
const PARTY_BOARD_POSTS: readonly PostType[] = ['head', 'deputyHead', 'member', 'cadre'];

/**
 * The post types each organization type has, in both eras: a Front committee is led by a Chair (Chủ tịch), a
 * Youth Union and a Party body by a Secretary (Bí thư), a Front work board or a Party board by a Head
 * (Trưởng ban), a department by a Director (Giám đốc). A post of a type its organization's type does not list
 * is refused (a Secretary of a Front committee, a Director of a Women's Union).
 */
export const POST_TYPES_OF_ORGANIZATION: { readonly [T in OrganizationType]: readonly PostType[] } = {
  frontCommittee: ['chair', 'standingViceChair', 'viceChair', 'standingMember', 'member'],
  frontStandingBoard: ['chair', 'standingViceChair', 'viceChair', 'standingMember'],
  frontOffice: ['head', 'deputyHead', 'cadre'],
  frontWorkBoard: ['head', 'deputyHead', 'member'],
  farmersUnion: UNION_POSTS,
  farmersUnionBranch: BRANCH_POSTS,
  womensUnion: UNION_POSTS,
  womensUnionBranch: BRANCH_POSTS,
  youthUnion: ['secretary', 'deputySecretary', 'standingCommitteeMember', 'executiveCommitteeMember', 'cadre'],
  youthUnionBranch: ['secretary', 'deputySecretary', 'member'],
  veteransAssociation: UNION_POSTS,
  veteransAssociationBranch: BRANCH_POSTS,
  labourFederation: UNION_POSTS,
  organizationStandingBoard: ['chair', 'viceChair', 'secretary', 'deputySecretary', 'standingCommitteeMember'],
  partyCommittee: ['secretary', 'deputySecretary', 'executiveCommitteeMember'],
  partyStandingCommittee: ['secretary', 'deputySecretary', 'standingCommitteeMember'],
  partyStandingMembers: ['secretary', 'deputySecretary'],
  massMobilizationBoard: PARTY_BOARD_POSTS,
  propagandaAndMassMobilizationBoard: PARTY_BOARD_POSTS,
  partyDelegation: ['secretary', 'deputySecretary', 'member'],
  partyCaucus: ['secretary', 'deputySecretary', 'member'],
  peoplesCouncil: ['chair', 'viceChair', 'head', 'deputyHead', 'delegate'],
  peoplesCommittee: ['chair', 'viceChair', 'member'],
  department: ['director', 'cadre'],
  nationalAssemblyDelegation: ['head', 'deputyHead', 'delegate'],
};

/** True when an organization of type `organization` may have a post of type `post`. */
export function allowsPostType(organization: OrganizationType, post: PostType): boolean {
  return POST_TYPES_OF_ORGANIZATION[organization].includes(post);
}
