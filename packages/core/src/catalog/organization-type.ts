/** Which part of the political system an organization type belongs to. */
export type OrganizationFamily = 'front' | 'socioPolitical' | 'party' | 'state';

/** What an organization type is, in every era. Where it may stand (levels, parent types) is said by the catalog of the era. */
export interface OrganizationTypeInfo {
  readonly label: string;
  readonly english: string;
  readonly family: OrganizationFamily;
}

/**
 * The organization types, keyed by a name used in code. A misspelled key is a compile error wherever an
 * `OrganizationType` is expected. Their levels and parents change with the era: see `organizationCatalogOn`.
 */
export const ORGANIZATION_TYPES = {
  frontCommittee: { label: 'Ủy ban Mặt trận Tổ quốc Việt Nam', english: 'Front committee', family: 'front' },
  frontStandingBoard: { label: 'Ban Thường trực Ủy ban MTTQ', english: 'Front standing board', family: 'front' },
  frontOffice: { label: 'Cơ quan Ủy ban MTTQ', english: 'Front office', family: 'front' },
  frontWorkBoard: { label: 'Ban Công tác Mặt trận', english: 'Front work board', family: 'front' },

  farmersUnion: { label: 'Hội Nông dân', english: "Farmers' Union", family: 'socioPolitical' },
  farmersUnionBranch: { label: 'Chi hội Nông dân', english: "Farmers' Union branch", family: 'socioPolitical' },
  womensUnion: { label: 'Hội Liên hiệp Phụ nữ', english: "Women's Union", family: 'socioPolitical' },
  womensUnionBranch: { label: 'Chi hội Phụ nữ', english: "Women's Union branch", family: 'socioPolitical' },
  youthUnion: { label: 'Đoàn Thanh niên Cộng sản Hồ Chí Minh', english: 'Ho Chi Minh Communist Youth Union', family: 'socioPolitical' },
  youthUnionBranch: { label: 'Chi đoàn', english: 'Youth Union branch', family: 'socioPolitical' },
  veteransAssociation: { label: 'Hội Cựu chiến binh', english: "Veterans' Association", family: 'socioPolitical' },
  veteransAssociationBranch: { label: 'Chi hội Cựu chiến binh', english: "Veterans' Association branch", family: 'socioPolitical' },
  labourFederation: { label: 'Liên đoàn Lao động', english: 'Labour federation', family: 'socioPolitical' },
  organizationStandingBoard: {
    label: 'Ban Thường vụ',
    english: 'Standing board of a socio-political organization',
    family: 'socioPolitical',
  },

  partyCommittee: { label: 'Ban Chấp hành Đảng bộ', english: 'Party committee', family: 'party' },
  partyStandingCommittee: { label: 'Ban Thường vụ cấp ủy', english: 'Party standing committee', family: 'party' },
  partyStandingMembers: { label: 'Thường trực cấp ủy', english: "Party committee's standing members", family: 'party' },
  massMobilizationBoard: { label: 'Ban Dân vận', english: 'Mass mobilization board', family: 'party' },
  propagandaAndMassMobilizationBoard: {
    label: 'Ban Tuyên giáo và Dân vận',
    english: 'Propaganda and mass mobilization board',
    family: 'party',
  },
  partyDelegation: { label: 'Đảng đoàn', english: 'Party delegation', family: 'party' },
  partyCaucus: { label: 'Ban Cán sự đảng', english: 'Party caucus', family: 'party' },

  peoplesCouncil: { label: 'Hội đồng nhân dân', english: "People's Council", family: 'state' },
  peoplesCommittee: { label: 'Ủy ban nhân dân', english: "People's Committee", family: 'state' },
  department: { label: 'Sở, ngành', english: 'Department', family: 'state' },
  nationalAssemblyDelegation: { label: 'Đoàn đại biểu Quốc hội', english: 'National Assembly delegation', family: 'state' },
} as const satisfies Record<string, OrganizationTypeInfo>;

/** An organization type: `frontCommittee`, `womensUnion`, `partyStandingMembers`… */
export type OrganizationType = keyof typeof ORGANIZATION_TYPES;

/** The five socio-political organizations (with the Front, the "Front and organizations" of the article). */
export const SOCIO_POLITICAL_ORGANIZATIONS = [
  'farmersUnion',
  'womensUnion',
  'youthUnion',
  'veteransAssociation',
  'labourFederation',
] as const satisfies readonly OrganizationType[];

/** What a type is (name, family), in every era. */
export function organizationTypeInfo(type: OrganizationType): OrganizationTypeInfo {
  return ORGANIZATION_TYPES[type];
}

/** True when `raw` names an organization type. */
export function isOrganizationType(raw: string): raw is OrganizationType {
  return Object.hasOwn(ORGANIZATION_TYPES, raw);
}
