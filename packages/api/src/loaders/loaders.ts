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
  getPosts,
  getProgressReports,
  getSources,
  getTasks,
  getTerms,
  getUnits,
  holdingsOfOrganizationsOn,
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
  type Db,
  type UnitId,
} from '@mttq/core';
import DataLoader from 'dataloader';
import { byId, eachOnDate, onDate } from './batch-loader.js';

/**
 * The DataLoaders of one request. Every relation of the schema is read through one of them, and each calls
 * one batch read of `@mttq/core`, so a nested query costs a number of SQL statements that grows with its
 * depth, not with the number of rows.
 */
export function createLoaders(db: Db) {
  return {
    unit: byId((ids) => getUnits(db, ids as never)),
    organization: byId((ids) => getOrganizations(db, ids as never)),
    post: byId((ids) => getPosts(db, ids as never)),
    person: byId((ids) => getPeople(db, ids as never)),
    holding: byId((ids) => getHoldings(db, ids as never)),
    term: byId((ids) => getTerms(db, ids as never)),
    source: byId((ids) => getSources(db, ids as never)),
    directive: byId((ids) => getDirectives(db, ids as never)),
    task: byId((ids) => getTasks(db, ids as never)),
    assignment: byId((ids) => getAssignments(db, ids as never)),
    assignmentEvent: byId((ids) => getAssignmentEvents(db, ids as never)),
    progressReport: byId((ids) => getProgressReports(db, ids as never)),

    childrenOf: onDate((ids, date) => childrenOfUnitsOn(db, ids as never, date)),
    parentOf: onDate((ids, date) => parentsOfUnitsOn(db, ids as never, date)),
    ancestorsOf: onDate((ids, date) => ancestorsOfUnitsOn(db, ids as never, date)),
    organizationsAt: onDate((ids, date) => organizationsAtUnitsOn(db, ids as never, date)),
    subOrganizationsOf: onDate((ids, date) => subOrganizationsOfOn(db, ids as never, date)),
    postsOf: onDate((ids, date) => postsOfOrganizationsOn(db, ids as never, date)),
    holdingsOfPost: onDate((ids, date) => holdingsOfPostsOn(db, ids as never, date)),
    holdingsOfPerson: onDate((ids, date) => holdingsOfPeopleOn(db, ids as never, date)),
    holdingsOfOrganization: onDate((ids, date) => holdingsOfOrganizationsOn(db, ids as never, date)),
    statusOf: onDate((ids, date) => statusesOn(db, ids as never, date)),
    assignedTo: onDate((ids, date) => assignmentsOfAssigneesOn(db, ids, date)),
    // Core reads these one unit at a time (no batch read yet): one call per unit, side by side.
    becameOf: onDate(eachOnDate((id: UnitId, date) => whatBecameOf(db, id, date))),
    formedFrom: onDate(eachOnDate((id: UnitId, date) => formedFrom(db, id, date))),
    parentChangeOf: onDate(eachOnDate((id: UnitId, date) => parentBeforeAndAfter(db, id, date))),

    tasksOfDirective: new DataLoader((ids: readonly string[]) => tasksOfDirectives(db, ids as never)),
    directivesOfOrganization: new DataLoader((ids: readonly string[]) => directiveIdsOfOrganizations(db, ids as never)),
    eventsOf: new DataLoader((ids: readonly string[]) => eventsOfAssignments(db, ids as never)),
    progressReportsOf: new DataLoader((ids: readonly string[]) => progressReportsOfAssignments(db, ids as never)),
    successorsOf: new DataLoader((ids: readonly string[]) => successorsOfUnits(db, ids as never)),
    predecessorsOf: new DataLoader((ids: readonly string[]) => predecessorsOfUnits(db, ids as never)),
  };
}

/** The DataLoaders of one request. */
export type Loaders = ReturnType<typeof createLoaders>;
