import { graphql } from './graphql.js';

/** Organizations to choose an assigner or assignee from, by name, diacritics optional. */
export const OrganizationChoicesQuery = graphql(`
  query OrganizationChoices($q: String!, $date: Date!) {
    searchOrganizations(query: $q, asOf: $date, first: 15) {
      edges {
        node {
          id
          name
          unit {
            fullName
          }
        }
      }
    }
  }
`);

/** The decision of the rule pack on a request, explained rule by rule; nothing is written. */
export const CheckAssignmentQuery = graphql(`
  query CheckAssignment($date: Date!, $assigner: ID!, $assignee: ID!, $kind: TaskKind!) {
    checkAssignment(asOf: $date, request: { assigner: $assigner, assignee: $assignee, taskKind: $kind }) {
      __typename
      ... on AssignmentDecision {
        allowed
        ruleId
        packId
        explanation
        preconditionFailures
        assigneeUnit {
          fullName
        }
        trace {
          ruleId
          allowed
          description
          reason
        }
      }
      ... on BaseError {
        code
        message
      }
    }
  }
`);
