import { graphql } from './graphql.js';

/** One search box over units, people, organizations and directives, diacritics optional, on a date. */
export const SearchQuery = graphql(`
  query Search($q: String!, $date: Date!) {
    searchUnits(query: $q, asOf: $date, first: 20) {
      totalCount
      edges {
        node {
          id
          code
          fullName
          parent {
            fullName
          }
        }
      }
    }
    searchPeople(query: $q, asOf: $date, first: 20) {
      totalCount
      edges {
        node {
          id
          fullName
          holdings(first: 3) {
            edges {
              node {
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
    searchOrganizations(query: $q, asOf: $date, first: 20) {
      totalCount
      edges {
        node {
          id
          name
          typeLabel
          unit {
            code
            fullName
          }
        }
      }
    }
    searchDirectives(query: $q, asOf: $date, first: 20) {
      totalCount
      edges {
        node {
          id
          title
          kindLabel
          issuedOn
          symbol {
            raw
          }
        }
      }
    }
  }
`);
