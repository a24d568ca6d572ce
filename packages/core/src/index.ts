// Over 300 lines on purpose: this is the package's whole public surface, one group per folder in the order a
// reader learns the model; splitting it would only hide exports behind more re-export files.
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

// Foundations: branded ids, results instead of exceptions, coded errors, text limits, languages, page cursors.
export type { Brand } from './shared/brand.js';
export * from './shared/ids.js';
export { ok, err, unwrap, type Result } from './shared/result.js';
export { pageCursor } from './shared/page.js';
export type { CountedPageRequest, KeysetPage, PageRequest } from './shared/keyset-page.js';
export type { CoreError } from './shared/core-error.js';
export { messageIn } from './shared/core-error.js';
export { problemsIn, type ProblemList } from './shared/problem-list.js';
export { DEFAULT_LANG, LANGS, VIETNAMESE_LETTERS, isLang, langFromLocale, type Lang, type Texts } from './shared/lang.js';
export { PROGRAM_TEXTS, commanderErrorIn, commanderHelpIn, unexpectedErrorLine } from './shared/program-texts.js';
export type { InvalidRangeError, NotFoundError, TextTooLongError, DateTooFarError } from './shared/common.errors.js';
export { TEXT_LIMITS, type TextLimitKind } from './shared/text-limits.js';
export { DEFAULT_EVENT_HORIZON_DAYS, type WriteClock } from './shared/date-horizon.js';

// Time: ISO dates and half-open validities [validFrom, validTo) — every dated fact has one, every query takes a date; search keys.
export { isoDate, parseIsoDate, today, addDays, type IsoDate } from './time/iso-date.js';
export { ALWAYS, validity, isProperRange, holdsOn, overlaps, intersect, covers, formatValidity, type Validity } from './time/validity.js';
export { searchKey } from './text/search-key.js';

// Sources: the document, web page or synthetic note every record cites.
export type { Source, SourceInput } from './source/source.js';
export { createSource, getSource } from './source/source.repository.js';
export type * from './source/source.errors.js';
export { getSources } from './source/source.batch.js';

// Units and eras: the catalogs of levels, kinds, hierarchy schemes and bodies in each era; units and their parents in time; lineage across the 2025 reform.
export { REFORM_DATE, BEFORE_REFORM, FROM_REFORM, unitIdBefore, unitIdFrom } from './catalog/era.js';
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
export {
  ORGANIZATION_CATALOGS,
  ORGANIZATIONS_UNTIL_2025,
  ORGANIZATIONS_FROM_2025,
  organizationCatalogOn,
  type OrganizationCatalog,
  type OrganizationTypeRule,
} from './catalog/organization-catalog.js';
export { POST_TYPES, isPostType, type PostType, type PostTypeInfo } from './catalog/post-type.js';
export { POST_TYPES_OF_ORGANIZATION, allowsPostType } from './catalog/organization-post-types.js';
export type { Unit, UnitParentLink, UnitTreeNode } from './unit/unit.js';
export type * from './unit/unit.errors.js';
export { createUnit, createUnits, addParentLink, type UnitInput, type ParentLinkInput } from './unit/unit.repository.js';
export { endUnit } from './unit/unit-end.repository.js';
export type { UnitEnd, UnitEndInput, UnitSuccessorInput } from './unit/unit-end.js';
export type * from './unit/unit-end.errors.js';
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
  type Descendant,
} from './unit/unit.queries.js';
export { searchUnits, searchUnitsPage, type UnitSearch } from './unit/unit-search.queries.js';
export { childrenOfUnitsOn, parentsOfUnitsOn, ancestorsOfUnitsOn } from './unit/unit.batch.js';
export { unitCountsOn, type UnitCounts } from './unit/unit-counts.queries.js';
export type { LineageKind, LineageLink, LineageStep } from './lineage/lineage.js';
export type * from './lineage/lineage.errors.js';
export { addLineageLinks, type LineageLinkInput } from './lineage/lineage.repository.js';
export {
  successorsOf,
  predecessorsOf,
  whatBecameOf,
  formedFrom,
  counterpartsOn,
  parentBeforeAndAfter,
  type ParentChange,
} from './lineage/lineage.queries.js';
export {
  linkSuccessorOrganizations,
  type SuccessorPair,
  type UnlinkedOrganization,
  type SuccessorOrganizationsReport,
} from './lineage/successor-organizations.js';
export { successorsOfUnits, predecessorsOfUnits } from './lineage/lineage.batch.js';

// Organizations at a unit, in time, under a parent body.
export type { Organization, OrganizationEnd } from './organization/organization.js';
export type * from './organization/organization.errors.js';
export {
  createOrganization,
  createOrganizations,
  endOrganization,
  linkSuccessor,
  type OrganizationInput,
} from './organization/organization.repository.js';
export { getOrganization, getOrganizations, organizationsAt, subOrganizationsOn } from './organization/organization.queries.js';
export { searchOrganizations, searchOrganizationsPage, type OrganizationSearch } from './organization/organization-search.queries.js';
export { organizationsAtUnitsOn, subOrganizationsOfOn } from './organization/organization.batch.js';

// Posts of an organization, and the people who can hold them.
export type { Post } from './post/post.js';
export type * from './post/post.errors.js';
export { createPost, createPosts, type PostInput } from './post/post.repository.js';
export { endPost } from './post/post-end.repository.js';
export { getPost, postsOf } from './post/post.queries.js';
export { getPosts, postsOfOrganizationsOn } from './post/post.batch.js';
export type { Person } from './person/person.js';
export { createPerson, getPerson, type PersonInput, type EmptyNameError } from './person/person.repository.js';
export { searchPeople, searchPeoplePage, type PersonMatch } from './person/person-search.queries.js';
export { getPeople } from './person/person.batch.js';
export type { PersonName, PersonNameKind } from './person/person-name.js';
export { getPersonNames, personNames } from './person/person-name.queries.js';
export { organizationsHeldIn, type HeldIn } from './person/person-posts.queries.js';
export { correctPerson, type CorrectPersonInput, type CorrectedPerson } from './person/person-correct.repository.js';
export type { CorrectPersonError, SameNameError, NameDateOutsideError } from './person/person.errors.js';

// Holdings: who holds which post when, within a term.
export type { Term } from './holding/term.js';
export { createTerm } from './holding/term.repository.js';
export type { Holding, HeldPost } from './holding/holding.js';
export type * from './holding/holding.errors.js';
export { assignHolding, endHolding, type HoldingInput } from './holding/holding.repository.js';
export { postsHeldBy, holdersOf, officeHoldersOf, headsOf } from './holding/holding.queries.js';
export { getTerms } from './holding/term.batch.js';
export {
  getHoldings,
  holdingsOfPostsOn,
  holdingsOfPeopleOn,
  holdingsOfOrganizationsOn,
  heldPostsOfOrganizationsOn,
  type HoldingOfPost,
} from './holding/holding.batch.js';

// Directives (with their symbols and issuing bodies) and the tasks they carry.
export { DIRECTIVE_KINDS, isDirectiveKind, type DirectiveKind } from './directive/directive-kind.js';
export { parseDirectiveSymbol, formatDirectiveSymbol, type DirectiveSymbol } from './directive/directive-symbol.js';
export type { Directive, DirectiveParty } from './directive/directive.js';
export type * from './directive/directive.errors.js';
export { createDirective, type DirectiveInput } from './directive/directive.repository.js';
export { directiveValidity } from './directive/directive.checks.js';
export { SYMBOL_ISSUERS, symbolIssuerInfo, type SymbolIssuerInfo } from './directive/directive-issuer.js';
export { getDirective, getDirectives, findDirectivesBySymbol, directivesOf } from './directive/directive.queries.js';
export { searchDirectives, searchDirectivesPage, type DirectiveSearch } from './directive/directive-search.queries.js';
export { directiveIdsOfOrganizations } from './directive/directive.batch.js';
export { TASK_KINDS, isTaskKind, type TaskKind } from './task/task-kind.js';
export {
  RECURRENCES,
  RECURRENCE_LABELS,
  periodsOf,
  periodContaining,
  parsePeriodKey,
  type Recurrence,
  type Period,
} from './task/recurrence.js';
export type { Task } from './task/task.js';
export {
  createTask,
  getTask,
  getTasks,
  tasksOf,
  taskValidity,
  type TaskInput,
  type TaskWriteError,
  type TaskOutsideDirectiveError,
} from './task/task.repository.js';
export { tasksOfDirectives } from './task/task.batch.js';

// Assignments of tasks, their status in time, and the typed rules that decide who may assign what to whom.
export {
  ASSIGNMENT_STATUSES,
  ASSIGNMENT_STATUS_LABELS,
  ASSIGNMENT_TRANSITIONS,
  canTransition,
  checkTransition,
  isOpen,
  isOverdue,
  type AssignmentStatus,
  type TransitionNotAllowedError,
} from './assignment/assignment-status.js';
export type { Assignment, AssignmentEvent, ProgressReport } from './assignment/assignment.js';
export type * from './assignment/assignment.errors.js';
export {
  assignTask,
  changeAssignmentStatus,
  registerAssignment,
  reportProgress,
  type AssignmentInput,
  type StatusChangeInput,
} from './assignment/assignment.repository.js';
export { getAssignment, statusOn, eventsOf, progressReportsOf, type AssignmentView } from './assignment/assignment.queries.js';
export {
  tasksOfPerson,
  responsibleFor,
  type PersonTask,
  type Responsible,
  type ResponsibilityPath,
} from './assignment/who-is-assigned.queries.js';
export { tasksOfPersonPage } from './assignment/person-tasks-page.queries.js';
export {
  assignmentsInSubtree,
  overdueByUnit,
  MAX_PAGE_SIZE,
  type SubtreeFilter,
  type Page,
  type PageError,
  type OverdueAtUnit,
} from './assignment/subtree-assignments.queries.js';
export {
  getAssignments,
  statusesOn,
  eventsOfAssignments,
  progressReportsOfAssignments,
  getAssignmentEvents,
  getProgressReports,
  assignmentsOfAssigneesOn,
  type AssignedTo,
} from './assignment/assignment.batch.js';
export {
  defineRulePack,
  type RulePack,
  type AssignmentRule,
  type AssignerSpec,
  type AssigneeSpec,
  type PostSpec,
  type PlaceSpec,
  type UnitRelation,
} from './rule/assignment-rule.js';
export type { AssignmentRequest, AssignerRef, AssigneeRef } from './rule/assignment-request.js';
export type { AssignmentDecision } from './rule/assignment-decision.js';
export type { RuleTrace, RuleCondition } from './rule/assignment-rule.evaluate.js';
export { checkAssignment, decide, explainDecision } from './rule/assignment-check.js';
export { DEFAULT_RULE_PACK } from './rule/default-rule-pack.js';
export { whoMayAssign, mayAssignTo, type ReachError } from './rule/assignment-reach.queries.js';
export type { AssignmentReach, AllowedDecision, ReachQuestion } from './rule/assignment-reach.js';
export { parseRulePack, type RulePackInvalidError } from './rule/rule-pack.parse.js';
export {
  parseRuleTestText,
  parseRuleTestFile,
  type RuleTestFile,
  type RuleTestCheck,
  type RuleTestFixtures,
  type RuleTestInvalidError,
} from './rule/rule-test-file.js';
export {
  runRuleTestFile,
  runRuleTests,
  RuleTestFileError,
  type RuleTestReport,
  type RuleCheckResult,
  type RuleTestOptions,
} from './rule/rule-test.run.js';

// Audit and access: the audit log, the change feed in commit order, API tokens and their write scope.
export { runAs, type Actor } from './audit/actor.js';
export type { AuditEntry, AuditRecord } from './audit/audit-entry.js';
export { auditLog, type AuditFilter } from './audit/audit.queries.js';
export type { ChangeRecord } from './change/change.js';
export { readChanges, latestChangePosition, type ChangeFilter } from './change/change.queries.js';
export { changeCursor, readChangeCursor } from './change/change-cursor.js';
export { watchChanges, type ChangeWatch, type WatchOptions } from './change/change-watch.js';
export { hashTokenSecret, parseApiTokenId, type ApiToken, type ApiTokenId } from './access/api-token.js';
export type * from './access/api-token.errors.js';
export {
  createApiToken,
  revokeApiToken,
  listApiTokens,
  authenticateToken,
  type ApiTokenInput,
  type CreatedApiToken,
} from './access/api-token.repository.js';
export { isWithinScope, type WriteTarget, type WriteDays } from './access/access-scope.js';

// The store: SQLite or PostgreSQL through Kysely, backups, and a check of the stored invariants.
export { openStore, type Store, type OpenStoreOptions } from './store/open-store.js';
export { StoreError } from './store/store-error.js';
export { isStoreUnavailable } from './store/store-unavailable.js';
export { backupSqliteStore } from './store/backup.js';
export type { Db, Database } from './store/database.js';
export { verifyStore } from './verify/verify-store.js';
export type { StoreCheck, StoreViolation } from './verify/store-violation.js';

// The example dataset (Tuyên Quang, both eras) the tests, docs and examples share.
export { loadExampleDataset, type ExampleDataset } from './dataset/example-dataset.js';
export { loadExampleLineage } from './dataset/example-lineage.js';

// The national import: the official unit lists of both eras, reconciled, with lineage and a data quality report.
export { readNationalData, type NationalData, type DataPackage } from './import/national-units.source.js';
export { readNationalUnits, buildNationalUnits, type NationalUnits, type NationalUnitInput } from './import/national-units.js';
export { readOfficialUnits, type OfficialProvinceRecord, type OfficialCommuneRecord } from './import/official-units.source.js';
export { reconcileWithOfficialList, formatCorrections, type UnitCorrection, type ReconciledData } from './import/official-reconcile.js';
export { spellingKey } from './import/name-spelling.js';
export {
  DATA_QUALITY_ISSUES,
  formatDataQuality,
  type DataQualityCode,
  type DataQualityIssue,
  type DataQualityReport,
} from './import/data-quality.js';
export {
  importNationalUnits,
  NATIONAL_IMPORT_PHASES,
  type NationalImportPhase,
  type NationalImportProgress,
  type NationalImportOptions,
  type NationalImportCount,
  type NationalImportReport,
} from './import/national-units.import.js';

// Bulk loading: batches checked in memory as the one-by-one writes check them, written all or none.
export { bulkLoad, openBulkLoader, type BulkLoadOptions, type BulkLoader, type BulkLoaderOptions } from './bulk/bulk-load.js';
export {
  BULK_RECORD_KINDS,
  type BulkBatch,
  type BulkRecordKind,
  type BulkRecordRef,
  type BulkLoadReport,
  type TermInput,
} from './bulk/bulk-batch.js';
export type * from './bulk/bulk.errors.js';

// Popolo (http://www.popoloproject.com/): a unit subtree on a day as a Popolo 1.0.1 document, and back into an empty store.
export { exportPopolo } from './popolo/popolo.export.js';
export { importPopolo, type PopoloImportReport } from './popolo/popolo.import.js';
export type * from './popolo/popolo-document.js';
export type * from './popolo/popolo.errors.js';
