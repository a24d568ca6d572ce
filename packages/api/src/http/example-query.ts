/** The query GraphiQL opens with: who is assigned what in Chiêm Hóa (the article's district), on 2023-06-01. */
export const EXAMPLE_QUERY = `# Ai được giao việc gì ở Chiêm Hóa? — who is assigned what in Chiêm Hóa on 2023-06-01
# (Huyện Chiêm Hóa, code 073 until 2025-06-30; try asOf "2026-03-01" with code "02287" for Xã Chiêm Hóa).
# Press ▶ to run. Every question takes asOf; relations below are read on the same date.
query WhoIsAssignedWhatInChiemHoa {
  assignments(under: { code: "073" }, asOf: "2023-06-01", first: 20) {
    totalCount
    edges {
      node {
        task { title kindLabel directive { symbol { raw } title } }
        period { label }
        assigner { ... on Organization { name } ... on Post { title organization { name } } }
        assignee {
          __typename
          ... on Organization { name }
          ... on Post { title organization { name } }
          ... on Person { fullName }
        }
        responsible { person { fullName } path }
        status
        dueOn
        overdue
      }
    }
    pageInfo { hasNextPage endCursor }
  }
}
`;
