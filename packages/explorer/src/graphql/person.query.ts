import { graphql } from './graphql.js';

/** People matching a name search, with the posts each holds on the date. */
export const PersonSearchQuery = graphql(`
  query PersonSearch($name: String!, $date: Date!) {
    searchPeople(query: $name, asOf: $date, first: 10) {
      totalCount
      edges {
        node {
          id
          fullName
          holdings(first: 20) {
            edges {
              node {
                id
                validity {
                  text
                }
                post {
                  id
                  title
                }
                organization {
                  id
                  name
                  unit {
                    code
                    fullName
                  }
                }
              }
            }
          }
        }
      }
    }
  }
`);

/** The tasks a person carries on a date, each with every path that reaches them. */
export const PersonTasksQuery = graphql(`
  query PersonTasks($person: ID!, $date: Date!) {
    tasksOfPerson(person: $person, asOf: $date, first: 50) {
      totalCount
      edges {
        node {
          assignment {
            id
            overdue
            dueOn
            status
            task {
              id
              title
              directive {
                id
                title
              }
            }
          }
          paths {
            path
            holding {
              post {
                title
              }
              organization {
                name
              }
            }
          }
        }
      }
    }
  }
`);
