import { graphql } from './graphql.js';

/** A unit on a date: where it sits, what is below it, its bodies with posts and holders, and its 2025 lineage. */
export const UnitQuery = graphql(`
  query Unit($code: String!, $date: Date!) {
    unitByCode(code: $code, asOf: $date) {
      __typename
      ... on Unit {
        id
        code
        fullName
        kindLabel
        validity {
          text
          validTo
        }
        ancestors {
          id
          code
          fullName
        }
        children(first: 100) {
          totalCount
          edges {
            node {
              id
              code
              fullName
            }
          }
        }
        organizations(first: 25) {
          totalCount
          edges {
            node {
              id
              name
              typeLabel
              parent {
                id
              }
              posts(first: 20) {
                edges {
                  node {
                    id
                    title
                    heads
                    seats
                    holders(first: 3) {
                      edges {
                        node {
                          id
                          person {
                            id
                            fullName
                          }
                          validity {
                            text
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
        predecessors {
          kind
          onDate
          unit {
            id
            code
            fullName
          }
        }
        successors {
          kind
          onDate
          unit {
            id
            code
            fullName
          }
        }
        becameOn(asOf: "2025-07-01") {
          id
          code
          fullName
        }
      }
      ... on BaseError {
        code
        message
      }
    }
  }
`);

/** Every unit that bore a code, and what each had become by a date: to follow a unit across a reorganization. */
export const UnitSuccessorsQuery = graphql(`
  query UnitSuccessors($code: String!, $date: Date!) {
    unitsEverCoded(code: $code) {
      id
      code
      name
      fullName
      validity {
        validFrom
        validTo
      }
      becameOn(asOf: $date) {
        id
        code
        name
        fullName
      }
    }
  }
`);

/** The tasks given under a unit up to a date, a page at a time, with whether each is overdue. */
export const UnitAssignmentsQuery = graphql(`
  query UnitAssignments($code: String!, $date: Date!, $first: Int!, $after: String) {
    assignments(under: { code: $code }, asOf: $date, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          overdue
          dueOn
          status
          period {
            label
          }
          task {
            id
            title
            kindLabel
            directive {
              id
              title
            }
          }
          assignee {
            __typename
            ... on Organization {
              id
              name
            }
            ... on Post {
              id
              title
              organization {
                name
              }
            }
            ... on Person {
              id
              fullName
            }
          }
        }
      }
    }
  }
`);
