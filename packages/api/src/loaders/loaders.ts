import {
  ancestorsOfUnitsOn,
  assignmentsOfAssigneesOn,
  childrenOfUnitsOn,
  directiveIdsOfOrganizations,
  formedFrom,
  eventsOfAssignments,
  getAssignmentEvents,
  getAssignments,
  getDirectives,
  getHoldings,
  getOrganizations,
  getPeople,
  getPersonNames,
  getPosts,
  getProgressReports,
  getSources,
  getTasks,
  getTerms,
  getUnits,
  heldPostsOfOrganizationsOn,
  holdingsOfPeopleOn,
  holdingsOfPostsOn,
  organizationsAtUnitsOn,
  parentBeforeAndAfter,
  parentsOfUnitsOn,
  predecessorsOfUnits,
  postsOfOrganizationsOn,
  progressReportsOfAssignments,
  statusesOn,
  subOrganizationsOfOn,
  successorsOfUnits,
  tasksOfDirectives,
  whatBecameOf,
  type AssignmentEventId,
  type AssignmentId,
  type Db,
  type DirectiveId,
  type HoldingId,
  type OrganizationId,
  type Person,
  type PersonId,
  type PostId,
  type ProgressReportId,
  type SourceId,
  type TaskId,
  type TermId,
  type UnitId,
} from '@mttq/core';
import DataLoader from 'dataloader';
import { byId, eachOnDate, onDate } from './batch-loader.js';

/**
 * The DataLoaders of one request. Every relation of the schema is read through one of them, and each calls
 * one batch read of `@mttq/core`, so a nested query costs a number of SQL statements that grows with its
 * depth, not with the number of rows. Every loader is keyed by the branded id of what it reads (`UnitId`…),
 * as the node refs parse them from global ids.
 */
export function createLoaders(db: Db) {
  const post = byId((ids: readonly PostId[]) => getPosts(db, ids));
  return {
    unit: byId((ids: readonly UnitId[]) => getUnits(db, ids)),
    organization: byId((ids: readonly OrganizationId[]) => getOrganizations(db, ids)),
    post,
    person: byId((ids: readonly PersonId[]) => getPeople(db, ids)),
    holding: byId((ids: readonly HoldingId[]) => getHoldings(db, ids)),
    term: byId((ids: readonly TermId[]) => getTerms(db, ids)),
    source: byId((ids: readonly SourceId[]) => getSources(db, ids)),
    directive: byId((ids: readonly DirectiveId[]) => getDirectives(db, ids)),
    task: byId((ids: readonly TaskId[]) => getTasks(db, ids)),
    assignment: byId((ids: readonly AssignmentId[]) => getAssignments(db, ids)),
    assignmentEvent: byId((ids: readonly AssignmentEventId[]) => getAssignmentEvents(db, ids)),
    progressReport: byId((ids: readonly ProgressReportId[]) => getProgressReports(db, ids)),

    childrenOf: onDate((ids: readonly UnitId[], date) => childrenOfUnitsOn(db, ids, date)),
    parentOf: onDate((ids: readonly UnitId[], date) => parentsOfUnitsOn(db, ids, date)),
    ancestorsOf: onDate((ids: readonly UnitId[], date) => ancestorsOfUnitsOn(db, ids, date)),
    organizationsAt: onDate((ids: readonly UnitId[], date) => organizationsAtUnitsOn(db, ids, date)),
    subOrganizationsOf: onDate((ids: readonly OrganizationId[], date) => subOrganizationsOfOn(db, ids, date)),
    postsOf: onDate((ids: readonly OrganizationId[], date) => postsOfOrganizationsOn(db, ids, date)),
    holdingsOfPost: onDate((ids: readonly PostId[], date) => holdingsOfPostsOn(db, ids, date)),
    holdingsOfPerson: onDate((ids: readonly PersonId[], date) => holdingsOfPeopleOn(db, ids, date)),
    // The posts come with the holdings (one statement): the post loader is primed, so `post { title }` reads nothing.
    holdingsOfOrganization: onDate(async (ids: readonly OrganizationId[], date) =>
      (await heldPostsOfOrganizationsOn(db, ids, date)).map((held) =>
        held.map(({ holding, post: of }) => {
          post.prime(of.id, of);
          return holding;
        }),
      ),
    ),
    statusOf: onDate((ids: readonly AssignmentId[], date) => statusesOn(db, ids, date)),
    assignedTo: onDate((ids: readonly (OrganizationId | PostId | PersonId)[], date) => assignmentsOfAssigneesOn(db, ids, date)),
    // Core reads these one unit at a time (no batch read yet): one call per unit, side by side.
    becameOf: onDate(eachOnDate((id: UnitId, date) => whatBecameOf(db, id, date))),
    formedFrom: onDate(eachOnDate((id: UnitId, date) => formedFrom(db, id, date))),
    parentChangeOf: onDate(eachOnDate((id: UnitId, date) => parentBeforeAndAfter(db, id, date))),

    tasksOfDirective: new DataLoader((ids: readonly DirectiveId[]) => tasksOfDirectives(db, ids)),
    directivesOfOrganization: new DataLoader((ids: readonly OrganizationId[]) => directiveIdsOfOrganizations(db, ids)),
    eventsOf: new DataLoader((ids: readonly AssignmentId[]) => eventsOfAssignments(db, ids)),
    progressReportsOf: new DataLoader((ids: readonly AssignmentId[]) => progressReportsOfAssignments(db, ids)),
    successorsOf: new DataLoader((ids: readonly UnitId[]) => successorsOfUnits(db, ids)),
    predecessorsOf: new DataLoader((ids: readonly UnitId[]) => predecessorsOfUnits(db, ids)),
    namesOf: new DataLoader((people: readonly Person[]) => getPersonNames(db, people), { cacheKeyFn: (p) => p.id }),
  };
}

/** The DataLoaders of one request. */
export type Loaders = ReturnType<typeof createLoaders>;
