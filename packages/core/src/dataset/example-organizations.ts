import type { OrganizationType } from '../catalog/organization-type.js';
import type { PostType } from '../catalog/post-type.js';
import { stableId, type OrganizationId, type PostId, type SourceId, type UnitId } from '../shared/ids.js';
import { unwrap } from '../shared/result.js';
import type { Db } from '../store/database.js';
import type { Validity } from '../time/validity.js';
import { createOrganization, linkSuccessor } from '../organization/organization.repository.js';
import { createPosts } from '../post/post.repository.js';
import { EXAMPLE_SOURCES } from './example-sources.js';
import { BEFORE_REFORM, CHIEM_HOA_DISTRICT_CODE, FROM_REFORM, SYNTHETIC_AREAS, areaId, unitIdBefore, unitIdFrom } from './example-units.js';
import { tuyenQuangPost2025, tuyenQuangPre2025 } from './tuyen-quang.units.js';

/** The posts each organization type gets in the example dataset. */
const POSTS: { readonly [T in OrganizationType]?: readonly PostType[] } = {
  frontCommittee: ['chair', 'viceChair', 'member'],
  frontStandingBoard: ['standingMember'],
  frontOffice: ['cadre'],
  frontWorkBoard: ['head', 'member'],
  farmersUnion: ['chair', 'viceChair'],
  womensUnion: ['chair', 'viceChair'],
  youthUnion: ['secretary', 'deputySecretary'],
  veteransAssociation: ['chair', 'viceChair'],
  labourFederation: ['chair', 'viceChair'],
  farmersUnionBranch: ['chair'],
  womensUnionBranch: ['chair'],
  youthUnionBranch: ['secretary'],
  veteransAssociationBranch: ['chair'],
  organizationStandingBoard: ['standingCommitteeMember'],
  partyCommittee: ['secretary', 'deputySecretary', 'executiveCommitteeMember'],
  partyStandingCommittee: ['standingCommitteeMember'],
  partyStandingMembers: ['secretary', 'deputySecretary'],
  massMobilizationBoard: ['head', 'deputyHead'],
  propagandaAndMassMobilizationBoard: ['head', 'deputyHead'],
  partyDelegation: ['secretary', 'member'],
  partyCaucus: ['secretary', 'member'],
  peoplesCouncil: ['chair', 'viceChair', 'delegate'],
  peoplesCommittee: ['chair', 'viceChair', 'member'],
  nationalAssemblyDelegation: ['head', 'delegate'],
};

/** The id of an organization of the example dataset: its unit's id and its type (`unit_073-until-2025/frontCommittee`). */
export const orgId = (unitId: UnitId, type: OrganizationType) => stableId<OrganizationId>('org', `${unitId.slice(5)}.${type}`);
/** The id of a post of the example dataset. */
export const postId = (org: OrganizationId, type: PostType) => stableId<PostId>('post', `${org.slice(4)}.${type}`);

interface OrgSpec {
  readonly type: OrganizationType;
  /** The name the article uses, where the default name would not be it. */
  readonly name?: string;
  readonly parent?: OrganizationType;
  readonly sourceId: SourceId;
}

async function addOrganizations(
  trx: Db,
  unitId: UnitId,
  validity: Validity,
  specs: readonly OrgSpec[],
  parentUnitId: UnitId = unitId,
  idOf: (unitId: UnitId, type: OrganizationType) => OrganizationId = orgId,
): Promise<void> {
  for (const spec of specs) {
    const id = idOf(unitId, spec.type);
    const parentId = spec.parent ? orgId(parentUnitId, spec.parent) : null;
    unwrap(await createOrganization(trx, { id, type: spec.type, unitId, parentId, name: spec.name, validity, sourceId: spec.sourceId }));
    const posts = POSTS[spec.type] ?? [];
    unwrap(
      await createPosts(
        trx,
        posts.map((type) => ({ id: postId(id, type), organizationId: id, type, sourceId: spec.sourceId })),
      ),
    );
  }
}

/**
 * The Front committee, its standing board and office, and the socio-political organizations. Until 2025-06-30
 * the organizations stand beside the Front (`underFront` absent); from 2025-07-01 they sit under the Front
 * committee of their unit, citing the amendment of the Constitution and Law 97/2025/QH15 (`underFront`).
 */
const FRONT_AND_ORGANIZATIONS = (sourceId: SourceId, withLabour: boolean, underFront?: SourceId): OrgSpec[] => {
  const organization = (type: OrganizationType): OrgSpec =>
    underFront ? { type, parent: 'frontCommittee', sourceId: underFront } : { type, sourceId };
  return [
    { type: 'frontCommittee', sourceId },
    { type: 'frontStandingBoard', parent: 'frontCommittee', sourceId },
    { type: 'frontOffice', parent: 'frontCommittee', sourceId },
    organization('farmersUnion'),
    organization('womensUnion'),
    organization('youthUnion'),
    organization('veteransAssociation'),
    ...(withLabour ? [organization('labourFederation')] : []),
  ];
};

const BRANCHES: readonly (readonly [OrganizationType, OrganizationType])[] = [
  ['frontWorkBoard', 'frontCommittee'],
  ['farmersUnionBranch', 'farmersUnion'],
  ['womensUnionBranch', 'womensUnion'],
  ['youthUnionBranch', 'youthUnion'],
  ['veteransAssociationBranch', 'veteransAssociation'],
];

/**
 * The organizations of the example dataset and their posts (without holders): the Party, state, Front and
 * organization bodies the article names at the province and in Chiêm Hóa; the Front, its standing board and
 * the socio-political organizations at each commune; work boards and branches at the synthetic residential
 * areas, whose pre-2025 bodies merged into those under the new commune.
 */
export async function loadExampleOrganizations(trx: Db): Promise<void> {
  const { article, frontLaw2015, reform2025, frontReform2025, partyBoardsMerger2025, synthetic } = EXAMPLE_SOURCES;
  const province = unitIdBefore(tuyenQuangPre2025.province.code);
  await addOrganizations(trx, province, BEFORE_REFORM, [
    ...FRONT_AND_ORGANIZATIONS(article.id, true),
    { type: 'organizationStandingBoard', parent: 'youthUnion', name: 'Ban Thường vụ Tỉnh đoàn Tuyên Quang', sourceId: article.id },
    { type: 'partyCommittee', name: 'Ban Chấp hành Đảng bộ tỉnh Tuyên Quang', sourceId: article.id },
    { type: 'partyStandingCommittee', parent: 'partyCommittee', name: 'Ban Thường vụ Tỉnh ủy Tuyên Quang', sourceId: article.id },
    { type: 'partyStandingMembers', parent: 'partyCommittee', name: 'Thường trực Tỉnh ủy Tuyên Quang', sourceId: article.id },
    { type: 'partyDelegation', name: 'Đảng đoàn Ủy ban MTTQ Việt Nam tỉnh Tuyên Quang', sourceId: article.id },
    { type: 'partyCaucus', name: 'Ban Cán sự đảng Ủy ban nhân dân tỉnh Tuyên Quang', sourceId: article.id },
    { type: 'peoplesCouncil', sourceId: article.id },
    { type: 'peoplesCommittee', sourceId: article.id },
    { type: 'nationalAssemblyDelegation', sourceId: article.id },
  ]);

  const district = unitIdBefore(CHIEM_HOA_DISTRICT_CODE);
  await addOrganizations(trx, district, BEFORE_REFORM, [
    ...FRONT_AND_ORGANIZATIONS(article.id, true),
    { type: 'partyCommittee', name: 'Ban Chấp hành Đảng bộ huyện Chiêm Hóa', sourceId: article.id },
    { type: 'partyStandingCommittee', parent: 'partyCommittee', name: 'Ban Thường vụ Huyện ủy Chiêm Hóa', sourceId: article.id },
    { type: 'partyStandingMembers', parent: 'partyCommittee', name: 'Thường trực Huyện ủy Chiêm Hóa', sourceId: article.id },
    { type: 'massMobilizationBoard', parent: 'partyCommittee', name: 'Ban Dân vận Huyện ủy Chiêm Hóa', sourceId: article.id },
    { type: 'peoplesCouncil', sourceId: article.id },
    { type: 'peoplesCommittee', sourceId: article.id },
  ]);

  const communeBodies = (sourceId: SourceId, underFront?: SourceId): OrgSpec[] => [
    ...FRONT_AND_ORGANIZATIONS(sourceId, false, underFront),
    { type: 'partyCommittee', sourceId },
    { type: 'partyStandingMembers', parent: 'partyCommittee', sourceId },
    { type: 'peoplesCouncil', sourceId },
    { type: 'peoplesCommittee', sourceId },
  ];
  for (const c of tuyenQuangPre2025.chiemHoaCommunes)
    await addOrganizations(trx, unitIdBefore(c.code), BEFORE_REFORM, communeBodies(frontLaw2015.id));

  const newProvince = unitIdFrom(tuyenQuangPost2025.province.code);
  await addOrganizations(trx, newProvince, FROM_REFORM, [
    ...FRONT_AND_ORGANIZATIONS(reform2025.id, true, frontReform2025.id),
    { type: 'partyCommittee', sourceId: reform2025.id },
    { type: 'partyStandingCommittee', parent: 'partyCommittee', sourceId: reform2025.id },
    { type: 'partyStandingMembers', parent: 'partyCommittee', sourceId: reform2025.id },
    {
      type: 'propagandaAndMassMobilizationBoard',
      parent: 'partyCommittee',
      name: 'Ban Tuyên giáo và Dân vận Tỉnh ủy Tuyên Quang',
      sourceId: partyBoardsMerger2025.id,
    },
    { type: 'peoplesCouncil', sourceId: reform2025.id },
    { type: 'peoplesCommittee', sourceId: reform2025.id },
  ]);
  for (const c of tuyenQuangPost2025.communesFromChiemHoa) {
    await addOrganizations(trx, unitIdFrom(c.code), FROM_REFORM, communeBodies(reform2025.id, frontReform2025.id));
  }

  for (const area of SYNTHETIC_AREAS) {
    const unit = areaId(area.key);
    const before = BRANCHES.map(([type, parent]) => ({ type, parent, sourceId: synthetic.id }));
    // A body's parent does not change over time: the branches under the old commune end with it, and
    // are succeeded by new ones under the new commune's association.
    await addOrganizations(trx, unit, BEFORE_REFORM, before, unitIdBefore(area.before));
    await addOrganizations(trx, unit, FROM_REFORM, before, unitIdFrom(area.after), successorId);
    for (const [type] of BRANCHES) {
      unwrap(await linkSuccessor(trx, { organizationId: orgId(unit, type), successorId: successorId(unit, type) }));
    }
  }
}

/** The id of a residential area's body from 2025 on (the one before keeps the plain id). */
export const successorId = (unitId: UnitId, type: OrganizationType) =>
  stableId<OrganizationId>('org', `${unitId.slice(5)}.${type}.from-2025`);
