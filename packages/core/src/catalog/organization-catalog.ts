import type { IsoDate } from '../time/iso-date.js';
import { holdsOn, overlaps, type Validity } from '../time/validity.js';
import type { Level } from './level.js';
import type { OrganizationType } from './organization-type.js';
import { REFORM_DATE } from './era.js';

/** Where an organization type may stand in one era: the levels it exists at and the types its parent may have. */
export interface OrganizationTypeRule {
  readonly levels: readonly Level[];
  /** The types its parent organization may have; absent when it may have none. */
  readonly parentTypes?: readonly OrganizationType[];
  /** `required` (the default when `parentTypes` is given): it cannot stand alone; `optional`: it may. */
  readonly parent?: 'required' | 'optional';
}

/**
 * The organization types of one era and where each may stand, the way a hierarchy scheme says the levels of
 * its era. A type the era does not list does not exist in it. Data, not code: the keys and the parent types
 * are `OrganizationType`s, so a misspelt one is a compile error.
 */
export interface OrganizationCatalog {
  readonly key: string;
  readonly name: string;
  readonly validity: Validity;
  readonly types: { readonly [T in OrganizationType]?: OrganizationTypeRule };
  /** The legal basis of the era's rules. */
  readonly source: string;
}

const ALL_ABOVE_AREA: readonly Level[] = ['province', 'district', 'commune'];
const PROVINCE_AND_COMMUNE: readonly Level[] = ['province', 'commune'];
const AREA: readonly Level[] = ['residentialArea'];
const SOCIO_POLITICAL_PARENTS: readonly OrganizationType[] = [
  'farmersUnion',
  'womensUnion',
  'youthUnion',
  'veteransAssociation',
  'labourFederation',
];

/** The catalog in force until 2025-06-30: four levels; the socio-political organizations stand beside the Front, under no body. */
export const ORGANIZATIONS_UNTIL_2025: OrganizationCatalog = {
  key: 'until-2025',
  name: 'Danh mục tổ chức đến 30/6/2025',
  validity: { validFrom: null, validTo: REFORM_DATE },
  types: {
    frontCommittee: { levels: ALL_ABOVE_AREA },
    frontStandingBoard: { levels: ALL_ABOVE_AREA, parentTypes: ['frontCommittee'] },
    frontOffice: { levels: ALL_ABOVE_AREA, parentTypes: ['frontCommittee'] },
    frontWorkBoard: { levels: AREA, parentTypes: ['frontCommittee'] },
    farmersUnion: { levels: ALL_ABOVE_AREA },
    farmersUnionBranch: { levels: AREA, parentTypes: ['farmersUnion'] },
    womensUnion: { levels: ALL_ABOVE_AREA },
    womensUnionBranch: { levels: AREA, parentTypes: ['womensUnion'] },
    youthUnion: { levels: ALL_ABOVE_AREA },
    youthUnionBranch: { levels: AREA, parentTypes: ['youthUnion'] },
    veteransAssociation: { levels: ALL_ABOVE_AREA },
    veteransAssociationBranch: { levels: AREA, parentTypes: ['veteransAssociation'] },
    labourFederation: { levels: ['province', 'district'] },
    organizationStandingBoard: { levels: ALL_ABOVE_AREA, parentTypes: SOCIO_POLITICAL_PARENTS },
    partyCommittee: { levels: ALL_ABOVE_AREA },
    partyStandingCommittee: { levels: ALL_ABOVE_AREA, parentTypes: ['partyCommittee'] },
    partyStandingMembers: { levels: ALL_ABOVE_AREA, parentTypes: ['partyCommittee'] },
    massMobilizationBoard: { levels: ['province', 'district'], parentTypes: ['partyCommittee'] },
    // The merged boards were formed at the provinces in the first months of 2025, before the district level ended.
    propagandaAndMassMobilizationBoard: { levels: ['province'], parentTypes: ['partyCommittee'] },
    partyDelegation: { levels: ['province'] },
    partyCaucus: { levels: ['province'] },
    peoplesCouncil: { levels: ALL_ABOVE_AREA },
    peoplesCommittee: { levels: ALL_ABOVE_AREA },
    department: { levels: ['province'], parentTypes: ['peoplesCommittee'] },
    nationalAssemblyDelegation: { levels: ['province'] },
  },
  source:
    'Hiến pháp 2013, Điều 9; Luật Mặt trận Tổ quốc Việt Nam số 75/2015/QH13; điều lệ Hội Nông dân, Hội LHPN, Đoàn TNCS Hồ Chí Minh, Hội CCB, Công đoàn Việt Nam',
};

/**
 * The catalog in force from 2025-07-01: no district level; the socio-political organizations are placed under
 * the Front (their parent may be the Front committee of their unit); the Party's mass mobilization boards are
 * merged into the propaganda and mass mobilization boards.
 */
export const ORGANIZATIONS_FROM_2025: OrganizationCatalog = {
  key: 'from-2025',
  name: 'Danh mục tổ chức từ 1/7/2025',
  validity: { validFrom: REFORM_DATE, validTo: null },
  types: {
    frontCommittee: { levels: PROVINCE_AND_COMMUNE },
    frontStandingBoard: { levels: PROVINCE_AND_COMMUNE, parentTypes: ['frontCommittee'] },
    frontOffice: { levels: PROVINCE_AND_COMMUNE, parentTypes: ['frontCommittee'] },
    frontWorkBoard: { levels: AREA, parentTypes: ['frontCommittee'] },
    // Optional rather than required: a body recorded before the catalog knew of the reform stays valid, and
    // the stores already written keep passing verifyStore; the example dataset and the generator record it.
    farmersUnion: { levels: PROVINCE_AND_COMMUNE, parentTypes: ['frontCommittee'], parent: 'optional' },
    farmersUnionBranch: { levels: AREA, parentTypes: ['farmersUnion'] },
    womensUnion: { levels: PROVINCE_AND_COMMUNE, parentTypes: ['frontCommittee'], parent: 'optional' },
    womensUnionBranch: { levels: AREA, parentTypes: ['womensUnion'] },
    youthUnion: { levels: PROVINCE_AND_COMMUNE, parentTypes: ['frontCommittee'], parent: 'optional' },
    youthUnionBranch: { levels: AREA, parentTypes: ['youthUnion'] },
    veteransAssociation: { levels: PROVINCE_AND_COMMUNE, parentTypes: ['frontCommittee'], parent: 'optional' },
    veteransAssociationBranch: { levels: AREA, parentTypes: ['veteransAssociation'] },
    labourFederation: { levels: ['province'], parentTypes: ['frontCommittee'], parent: 'optional' },
    organizationStandingBoard: { levels: PROVINCE_AND_COMMUNE, parentTypes: SOCIO_POLITICAL_PARENTS },
    partyCommittee: { levels: PROVINCE_AND_COMMUNE },
    partyStandingCommittee: { levels: PROVINCE_AND_COMMUNE, parentTypes: ['partyCommittee'] },
    partyStandingMembers: { levels: PROVINCE_AND_COMMUNE, parentTypes: ['partyCommittee'] },
    propagandaAndMassMobilizationBoard: { levels: ['province'], parentTypes: ['partyCommittee'] },
    partyDelegation: { levels: ['province'] },
    partyCaucus: { levels: ['province'] },
    peoplesCouncil: { levels: PROVINCE_AND_COMMUNE },
    peoplesCommittee: { levels: PROVINCE_AND_COMMUNE },
    department: { levels: ['province'], parentTypes: ['peoplesCommittee'] },
    nationalAssemblyDelegation: { levels: ['province'] },
  },
  source:
    'Nghị quyết 203/2025/QH15 sửa đổi Hiến pháp (Điều 9: các tổ chức chính trị - xã hội trực thuộc Mặt trận); ' +
    'Luật 97/2025/QH15 sửa đổi Luật Mặt trận Tổ quốc Việt Nam, Luật Công đoàn, Luật Thanh niên; Luật 72/2025/QH15 (bỏ cấp huyện); ' +
    'hợp nhất Ban Tuyên giáo và Ban Dân vận cấp ủy năm 2025',
};

/** Both eras, in order. */
export const ORGANIZATION_CATALOGS: readonly OrganizationCatalog[] = [ORGANIZATIONS_UNTIL_2025, ORGANIZATIONS_FROM_2025];

/** The catalog in force on `date`. */
export function organizationCatalogOn(
  date: IsoDate,
  catalogs: readonly OrganizationCatalog[] = ORGANIZATION_CATALOGS,
): OrganizationCatalog {
  const catalog = catalogs.find((c) => holdsOn(c.validity, date));
  if (!catalog) throw new Error(`No organization catalog covers ${date}`);
  return catalog;
}

/**
 * The catalogs in force on some day of `validity`, in order: a body that lives across 2025-07-01 must stand
 * where both eras allow it.
 */
export function organizationCatalogsOver(
  validity: Validity,
  catalogs: readonly OrganizationCatalog[] = ORGANIZATION_CATALOGS,
): readonly OrganizationCatalog[] {
  return catalogs.filter((c) => overlaps(c.validity, validity));
}

/** True when the rule wants a parent. */
export function needsParent(rule: OrganizationTypeRule): boolean {
  return rule.parentTypes !== undefined && rule.parent !== 'optional';
}
