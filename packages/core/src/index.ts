/**
 * @mttq/core — Vietnam's Fatherland Front and socio-political organizations in time: the hierarchy of
 * units in both eras, organizations, posts, people and who holds what at any date.
 *
 * @example
 * import { openStore, loadExampleDataset, findUnitByCode, unitTreeOn, isoDate } from '@mttq/core';
 * const store = await openStore();
 * await loadExampleDataset(store.db);
 * const province = await findUnitByCode(store.db, '08', isoDate('2022-01-01'));
 * if (province.ok) console.log(await unitTreeOn(store.db, province.value.id, isoDate('2022-01-01')));
 */

export type { Brand } from './shared/brand.js';
export * from './shared/ids.js';
export { ok, err, unwrap, type Result } from './shared/result.js';
export type { CoreError } from './shared/core-error.js';
export type { InvalidRangeError, NotFoundError } from './shared/common.errors.js';

export { isoDate, parseIsoDate, today, addDays, type IsoDate } from './time/iso-date.js';
export { ALWAYS, validity, isProperRange, holdsOn, overlaps, intersect, covers, formatValidity, type Validity } from './time/validity.js';
export { searchKey } from './text/search-key.js';

export { LEVELS, LEVEL_LABELS, isLevel, type Level } from './catalog/level.js';
export { UNIT_KINDS, isUnitKind, fullUnitName, type UnitKind } from './catalog/unit-kind.js';
export {
  HIERARCHY_SCHEMES,
  FOUR_LEVEL_SCHEME,
  THREE_LEVEL_SCHEME,
  schemeOn,
  levelOfKind,
  levelsOn,
  type HierarchyScheme,
  type SchemeLevel,
} from './catalog/hierarchy-scheme.js';
export {
  ORGANIZATION_TYPES,
  SOCIO_POLITICAL_ORGANIZATIONS,
  organizationTypeInfo,
  isOrganizationType,
  type OrganizationType,
  type OrganizationTypeInfo,
  type OrganizationFamily,
} from './catalog/organization-type.js';
export { POST_TYPES, isPostType, type PostType, type PostTypeInfo } from './catalog/post-type.js';

export { openStore, type Store, type OpenStoreOptions } from './store/open-store.js';
export { StoreError } from './store/store-error.js';
export type { Db, Database } from './store/database.js';

export type { Source, SourceInput } from './source/source.js';
export { createSource, getSource } from './source/source.repository.js';

export type { Unit, UnitParentLink, UnitTreeNode } from './unit/unit.js';
export type * from './unit/unit.errors.js';
export { createUnit, createUnits, addParentLink, type UnitInput, type ParentLinkInput } from './unit/unit.repository.js';
export {
  getUnit,
  getUnits,
  findUnitByCode,
  unitsEverCoded,
  unitsOfLevelOn,
  parentLinksOf,
  parentOn,
  ancestorsOn,
  descendantsOn,
  childrenOn,
  unitTreeOn,
  searchUnits,
  compareUnits,
  type Descendant,
} from './unit/unit.queries.js';

export type { Organization, OrganizationEnd } from './organization/organization.js';
export type * from './organization/organization.errors.js';
export {
  createOrganization,
  createOrganizations,
  endOrganization,
  linkSuccessor,
  defaultOrganizationName,
  type OrganizationInput,
} from './organization/organization.repository.js';
export { getOrganization, getOrganizations, organizationsAt, subOrganizationsOn, searchOrganizations } from './organization/organization.queries.js';

export type { Post } from './post/post.js';
export type * from './post/post.errors.js';
export { createPost, createPosts, type PostInput } from './post/post.repository.js';
export { getPost, postsOf } from './post/post.queries.js';

export type { Person } from './person/person.js';
export { createPerson, getPerson, searchPeople, type PersonInput, type EmptyNameError } from './person/person.repository.js';

export type { Term } from './holding/term.js';
export { createTerm } from './holding/term.repository.js';
export type { Holding, HeldPost } from './holding/holding.js';
export type * from './holding/holding.errors.js';
export { assignHolding, endHolding, type HoldingInput } from './holding/holding.repository.js';
export { postsHeldBy, holdersOf, officeHoldersOf, headsOf } from './holding/holding.queries.js';

export { loadExampleDataset, type ExampleDataset } from './dataset/example-dataset.js';
