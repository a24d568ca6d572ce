import type { PostGraphileOptions } from 'postgraphile';

/**
 * How the peer runs: PostGraphile 4's recommended production set (no GraphiQL, no watch, no query log,
 * dynamic JSON, setof functions without nulls, RBAC respected, relations under their v4 names only) for a
 * read-only peer: default mutations off, since only the nested question is asked. The connection-filter
 * plugin is appended by the server; its defaults are kept (no relation filters).
 */
export const POSTGRAPHILE_OPTIONS = {
  graphiql: false,
  watchPg: false,
  disableQueryLog: true,
  dynamicJson: true,
  setofFunctionsContainNulls: false,
  ignoreRBAC: false,
  legacyRelations: 'omit',
  disableDefaultMutations: true,
  enableQueryBatching: false,
  retryOnInitFail: false,
  showErrorStack: false,
  extendedErrors: ['errcode'],
} as const satisfies PostGraphileOptions;
