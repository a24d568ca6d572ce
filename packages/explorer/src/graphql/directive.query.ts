import { graphql } from './graphql.js';

/** A directive on a date: who issued it and its tasks. */
export const DirectiveQuery = graphql(`
  query Directive($id: ID!, $date: Date!) {
    directive(id: $id, asOf: $date) {
      id
      title
      kindLabel
      issuedOn
      symbol {
        raw
      }
      validity {
        text
      }
      parties {
        role
        organization {
          id
          name
          unit {
            code
          }
        }
      }
      tasks(first: 50) {
        edges {
          node {
            id
            title
            kindLabel
          }
        }
      }
    }
  }
`);

/** Who answers for a task on a date: every assignment of it, resolved down to people. */
export const ResponsibleForQuery = graphql(`
  query ResponsibleFor($task: ID!, $date: Date!) {
    responsibleFor(task: $task, asOf: $date, first: 50) {
      edges {
        node {
          assignment {
            id
            overdue
            assignee {
              __typename
              ... on Organization {
                name
              }
              ... on Post {
                title
                organization {
                  name
                }
              }
              ... on Person {
                fullName
              }
            }
          }
          people {
            path
            person {
              id
              fullName
            }
          }
        }
      }
    }
  }
`);
