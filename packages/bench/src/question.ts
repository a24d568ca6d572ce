/**
 * The nested question every HTTP benchmark asks, of this API, of the hand-written endpoint and of the
 * PostGraphile peer alike: a commune on a date, its residential areas, the organizations at each area, and
 * who holds which post in each of them that day.
 */
export const COMMUNE_QUESTION = `query CommuneOnDate($code: String!, $asOf: Date!) {
  unitByCode(code: $code, asOf: $asOf) {
    ... on Unit {
      code
      fullName
      children(first: 40) {
        edges { node {
          fullName
          organizations(first: 10) {
            edges { node {
              name
              officeHolders(first: 20) { edges { node { person { fullName } post { title } } } }
            } }
          }
        } }
      }
    }
  }
}`;

/** The date the benchmarks ask about: inside the generated directives' year, after the 2025 reform. */
export const QUESTION_DATE = '2026-06-01';
