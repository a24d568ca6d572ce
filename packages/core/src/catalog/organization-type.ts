import type { Level } from './level.js';

/** Which part of the political system an organization type belongs to. */
export type OrganizationFamily = 'front' | 'socioPolitical' | 'party' | 'state';

/** What the catalog knows of an organization type. */
export interface OrganizationTypeInfo {
  readonly label: string;
  readonly english: string;
  readonly family: OrganizationFamily;
  /** The levels where an organization of this type may sit. */
  readonly levels: readonly Level[];
  /**
   * The types its parent organization may have; absent when it has none. A standing board is part of its
   * committee (same unit); a branch belongs to the association of its commune (a unit above).
   */
  readonly parentTypes?: readonly string[];
}

const ALL_ABOVE_AREA: readonly Level[] = ['province', 'district', 'commune'];
const AREA: readonly Level[] = ['residentialArea'];

/**
 * The organization types, keyed by a name used in code. A misspelled key is a compile error wherever an
 * `OrganizationType` is expected.
 */
export const ORGANIZATION_TYPES = {
  frontCommittee: { label: 'Ủy ban Mặt trận Tổ quốc Việt Nam', english: 'Front committee', family: 'front', levels: ALL_ABOVE_AREA },
  frontStandingBoard: { label: 'Ban Thường trực Ủy ban MTTQ', english: 'Front standing board', family: 'front', levels: ALL_ABOVE_AREA, parentTypes: ['frontCommittee'] },
  frontOffice: { label: 'Cơ quan Ủy ban MTTQ', english: 'Front office', family: 'front', levels: ALL_ABOVE_AREA, parentTypes: ['frontCommittee'] },
  frontWorkBoard: { label: 'Ban Công tác Mặt trận', english: 'Front work board', family: 'front', levels: AREA, parentTypes: ['frontCommittee'] },

  farmersUnion: { label: 'Hội Nông dân', english: "Farmers' Union", family: 'socioPolitical', levels: ALL_ABOVE_AREA },
  farmersUnionBranch: { label: 'Chi hội Nông dân', english: "Farmers' Union branch", family: 'socioPolitical', levels: AREA, parentTypes: ['farmersUnion'] },
  womensUnion: { label: 'Hội Liên hiệp Phụ nữ', english: "Women's Union", family: 'socioPolitical', levels: ALL_ABOVE_AREA },
  womensUnionBranch: { label: 'Chi hội Phụ nữ', english: "Women's Union branch", family: 'socioPolitical', levels: AREA, parentTypes: ['womensUnion'] },
  youthUnion: { label: 'Đoàn Thanh niên Cộng sản Hồ Chí Minh', english: 'Ho Chi Minh Communist Youth Union', family: 'socioPolitical', levels: ALL_ABOVE_AREA },
  youthUnionBranch: { label: 'Chi đoàn', english: 'Youth Union branch', family: 'socioPolitical', levels: AREA, parentTypes: ['youthUnion'] },
  veteransAssociation: { label: 'Hội Cựu chiến binh', english: "Veterans' Association", family: 'socioPolitical', levels: ALL_ABOVE_AREA },
  veteransAssociationBranch: { label: 'Chi hội Cựu chiến binh', english: "Veterans' Association branch", family: 'socioPolitical', levels: AREA, parentTypes: ['veteransAssociation'] },
  labourFederation: { label: 'Liên đoàn Lao động', english: 'Labour federation', family: 'socioPolitical', levels: ['province', 'district'] },
  organizationStandingBoard: {
    label: 'Ban Thường vụ',
    english: 'Standing board of a socio-political organization',
    family: 'socioPolitical',
    levels: ALL_ABOVE_AREA,
    parentTypes: ['farmersUnion', 'womensUnion', 'youthUnion', 'veteransAssociation', 'labourFederation'],
  },

  partyCommittee: { label: 'Ban Chấp hành Đảng bộ', english: 'Party committee', family: 'party', levels: ALL_ABOVE_AREA },
  partyStandingCommittee: { label: 'Ban Thường vụ cấp ủy', english: 'Party standing committee', family: 'party', levels: ALL_ABOVE_AREA, parentTypes: ['partyCommittee'] },
  partyStandingMembers: { label: 'Thường trực cấp ủy', english: "Party committee's standing members", family: 'party', levels: ALL_ABOVE_AREA, parentTypes: ['partyCommittee'] },
  massMobilizationBoard: { label: 'Ban Dân vận', english: 'Mass mobilization board', family: 'party', levels: ['province', 'district'], parentTypes: ['partyCommittee'] },
  propagandaAndMassMobilizationBoard: { label: 'Ban Tuyên giáo và Dân vận', english: 'Propaganda and mass mobilization board', family: 'party', levels: ['province'], parentTypes: ['partyCommittee'] },
  partyDelegation: { label: 'Đảng đoàn', english: 'Party delegation', family: 'party', levels: ['province'] },
  partyCaucus: { label: 'Ban Cán sự đảng', english: 'Party caucus', family: 'party', levels: ['province'] },

  peoplesCouncil: { label: 'Hội đồng nhân dân', english: "People's Council", family: 'state', levels: ALL_ABOVE_AREA },
  peoplesCommittee: { label: 'Ủy ban nhân dân', english: "People's Committee", family: 'state', levels: ALL_ABOVE_AREA },
  department: { label: 'Sở, ngành', english: 'Department', family: 'state', levels: ['province'], parentTypes: ['peoplesCommittee'] },
  nationalAssemblyDelegation: { label: 'Đoàn đại biểu Quốc hội', english: 'National Assembly delegation', family: 'state', levels: ['province'] },
} as const satisfies Record<string, OrganizationTypeInfo>;

/** An organization type: `frontCommittee`, `womensUnion`, `partyStandingMembers`… */
export type OrganizationType = keyof typeof ORGANIZATION_TYPES;

// A misspelled parent type in the catalog above fails to compile here.
type ParentTypeNames = (typeof ORGANIZATION_TYPES)[OrganizationType] extends infer E
  ? E extends { parentTypes: readonly (infer P)[] }
    ? P
    : never
  : never;
type UnknownParentTypes = Exclude<ParentTypeNames, OrganizationType>;
export const catalogParentTypesAreKnown: [UnknownParentTypes] extends [never] ? true : UnknownParentTypes = true;

/** The five socio-political organizations (with the Front, the "Front and organizations" of the article). */
export const SOCIO_POLITICAL_ORGANIZATIONS = [
  'farmersUnion',
  'womensUnion',
  'youthUnion',
  'veteransAssociation',
  'labourFederation',
] as const satisfies readonly OrganizationType[];

/** The catalog entry of a type. */
export function organizationTypeInfo(type: OrganizationType): OrganizationTypeInfo & { readonly parentTypes?: readonly OrganizationType[] } {
  return ORGANIZATION_TYPES[type] as OrganizationTypeInfo & { readonly parentTypes?: readonly OrganizationType[] };
}

/** True when `raw` names an organization type. */
export function isOrganizationType(raw: string): raw is OrganizationType {
  return Object.hasOwn(ORGANIZATION_TYPES, raw);
}
