import { getUnit, type UnitId } from '@mttq/core';
import { createYoga, useReadinessCheck, type YogaServerInstance } from 'graphql-yoga';
import { useTokenActor } from './auth/actor.plugin.js';
import { createChangeHub, type ChangeHub } from './changes/change-hub.js';
import { createContext, type Context, type ContextOptions } from './context.js';
import { apiProfile, type ApiProfileOptions } from './http/api-profile.js';
import { useCompiledQueries } from './http/compiled-execution.plugin.js';
import { corsFor } from './http/cors.js';
import { EXAMPLE_QUERY } from './http/example-query.js';
import { useExplorer } from './http/explorer.plugin.js';
import { useLanguage } from './http/language.plugin.js';
import { withGraphiqlFont } from './http/graphiql-font.js';
import { useNoIntrospection } from './http/no-introspection.plugin.js';
import { useRequestArrival } from './http/request-arrival.js';
import { jsonLines, useRequestLog, type RequestLogEntry } from './http/request-log.plugin.js';
import { maskStoreUnavailable } from './http/store-unavailable.error.js';
import { useRequestParseErrors } from './http/request-parse-errors.plugin.js';
import { useBodySizeLimit } from './limits/body-size.plugin.js';
import { withFieldGuards } from './limits/field-guard.js';
import { LIMITS } from './limits/limits.js';
import { armorPlugins, useRequestLimits } from './limits/limits.plugin.js';
import { useResponseSizeLimit } from './limits/response-size.plugin.js';
import { useTimeBudget } from './limits/time-budget.plugin.js';
import { schema } from './schema/index.js';

/**
 * How an API instance is built: the store and, optionally, the rule pack, "today", whether reads need a token,
 * where logs go, its limits and its profile (production, GraphiQL, introspection, CORS origins).
 */
export interface ApiOptions extends ContextOptions, ApiProfileOptions {
  /** Where the request log goes; default: one JSON line per request on standard output. `false`: nowhere. */
  readonly log?: ((entry: RequestLogEntry) => void) | false;
  /** Largest request body (and GET URL) in bytes, refused with 413 (414) before parsing; default `LIMITS.maxBodyBytes`. */
  readonly maxBodyBytes?: number;
  /** Milliseconds a request may run from its arrival before it is stopped with `REQUEST.TIME_BUDGET_EXCEEDED`; default `LIMITS.timeBudgetMs`. */
  readonly timeBudgetMs?: number;
  /** Largest answer of a query in bytes, past which it is stopped with `REQUEST.RESPONSE_TOO_LARGE`; default `LIMITS.maxResponseBytes`. */
  readonly maxResponseBytes?: number;
  /** The followers of the change feed (the `changes` subscription); default: a hub of its own. Close it to end their streams. */
  readonly changes?: ChangeHub;
}

/** The GraphQL endpoint; GraphiQL is served there to browsers. */
export const GRAPHQL_PATH = '/graphql';

/**
 * Builds the GraphQL API over a store: Yoga with the Pothos schema, GraphiQL served from the package itself
 * (no internet needed), `/health` and `/ready`, request logs, limits checked before execution (body size, depth,
 * cost, page size, list length) and while it runs (a time budget counted from the request's arrival, the size
 * of the answer). With `production: true`, GraphiQL and introspection are off unless asked for; CORS answers
 * only the origins of `corsOrigins` in every profile. Does no I/O: listen with `node:http` (see
 * `http/server.ts`), or call `api.fetch(...)` directly, as the tests do.
 *
 * @example
 * const store = await openStore();
 * await loadExampleDataset(store.db);
 * const api = createApi({ db: store.db, log: false });
 * const response = await api.fetch('http://api/graphql', { method: 'POST', headers: { 'content-type': 'application/json' },
 *   body: JSON.stringify({ query: '{ unitByCode(code: "073", asOf: "2023-06-01") { ... on Unit { fullName } } }' }) });
 */
export function createApi(options: ApiOptions): YogaServerInstance<Record<string, unknown>, Context> {
  const log = options.log === undefined ? jsonLines : options.log;
  const profile = apiProfile(options);
  const changes = options.changes ?? createChangeHub(options.db);
  return createYoga<Record<string, unknown>, Context>({
    schema: withFieldGuards(schema),
    graphqlEndpoint: GRAPHQL_PATH,
    context: ({ request }) => createContext({ ...options, changes }, request),
    maskedErrors: { maskError: maskStoreUnavailable },
    landingPage: false,
    logging: log === false ? false : 'warn',
    cors: corsFor(profile.corsOrigins),
    // Parsing and validation are cached by document; the limits that read variables run apart (useRequestLimits).
    graphiql: profile.graphiql && { title: 'mttq-model — GraphiQL', defaultQuery: EXAMPLE_QUERY },
    // Imported on the first browser visit: the inlined GraphiQL bundle costs ≈ 80 MB of resident memory once
    // loaded, which an API serving only queries never needs.
    renderGraphiQL: async (options) => withGraphiqlFont((await import('@graphql-yoga/render-graphiql')).renderGraphiQL(options)),
    plugins: [
      // First: a request's time counts from its arrival, before its body is read.
      useRequestArrival(),
      // Every error of the answer in the request's language (Accept-Language), and Content-Language said.
      useLanguage(),
      // The body is counted before anything reads it, and the later plugins see the request it is read into.
      useBodySizeLimit(options.maxBodyBytes ?? LIMITS.maxBodyBytes),
      // Queries run compiled; before the time budget and response size, whose onExecuteDone then sees the compiled
      // result with its errors' AST nodes put back.
      useCompiledQueries(),
      useTimeBudget(options.timeBudgetMs ?? LIMITS.timeBudgetMs),
      useResponseSizeLimit(options.maxResponseBytes ?? LIMITS.maxResponseBytes),
      useRequestParseErrors(),
      useExplorer(),
      ...armorPlugins(),
      ...(profile.introspection ? [] : [useNoIntrospection()]),
      useRequestLimits(),
      useTokenActor(),
      useReadinessCheck({
        endpoint: '/ready',
        // A primary-key read through core: the store answers.
        check: async () => {
          await getUnit(options.db, 'unit_ready' as UnitId);
          return true;
        },
      }),
      ...(log === false ? [] : [useRequestLog(log)]),
    ],
  });
}
