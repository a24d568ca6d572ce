/**
 * @mttq/api — the GraphQL API over @mttq/core: Pothos code-first schema, GraphQL Yoga, DataLoaders.
 *
 * @example
 * import { createApi } from '@mttq/api';
 * const api = createApi({ db: store.db });
 * await api.fetch('http://api/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body });
 */
export { createApi, GRAPHQL_PATH, type ApiOptions } from './api.js';
export { listen } from './http/server.js';
export { serve, ServeError, type ServeOptions, type RunningServer } from './http/serve.js';
export { apiProfile, profileFromEnvironment, type ApiProfile, type ApiProfileOptions } from './http/api-profile.js';
export { createContext, type Context, type ContextOptions } from './context.js';
export type { RequestLogEntry } from './http/request-log.plugin.js';
export { LIMITS } from './limits/limits.js';
export { schema } from './schema/index.js';
