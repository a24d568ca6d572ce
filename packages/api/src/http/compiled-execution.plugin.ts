import { useGraphQlJit } from '@envelop/graphql-jit';
import { getOperationAST, getVariableValues, OperationTypeNode, type DocumentNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/** How many times a document runs with the standard executor before it is compiled. */
const RUNS_BEFORE_COMPILING = 1;

/**
 * Runs the queries an application sends again and again compiled (graphql-jit): a document is compiled once
 * into JavaScript that calls the schema's resolvers directly, instead of being walked by the generic executor
 * on every request — about half the CPU of a nested query of a thousand objects (docs/performance.md, "Issue
 * 16: API execution"). The compiled query is kept with the parsed document (Yoga caches parsing by text).
 *
 * What keeps the standard executor, whose answers every test pins:
 * - a document's first run: compiling costs 20–100 ms, spent only on documents that come back, so one-off
 *   questions (GraphiQL, a stream of distinct documents) cost no more than before;
 * - variables that do not coerce: the standard executor answers them with the scalar's own message
 *   (`… YYYY-MM-DD`), graphql-jit with a generic one;
 * - mutations and subscriptions (the `changes` feed): they are small, and a write's error paths must stay
 *   exactly those of graphql-js.
 *
 * Must come before the plugins that wrap execution (`useTimeBudget`, `useResponseSizeLimit`), so that they wrap
 * the compiled execution; the field guards (`withFieldGuards`) sit in the resolvers, which jit calls as they are.
 *
 * @example
 * createYoga({ schema, plugins: [useCompiledQueries(), useTimeBudget(5_000)] });
 */
export function useCompiledQueries(): Plugin {
  const runs = new WeakMap<DocumentNode, number>();
  return useGraphQlJit(
    // Errors of a request are answered without their stack: no need to capture one for each.
    { disablingCapturingStackErrors: true },
    {
      enableIf: (args) => {
        const operation = getOperationAST(args.document, args.operationName);
        if (operation?.operation !== OperationTypeNode.QUERY) return false;
        const seen = runs.get(args.document) ?? 0;
        if (seen < RUNS_BEFORE_COMPILING) {
          runs.set(args.document, seen + 1);
          return false;
        }
        if (!operation.variableDefinitions?.length) return true;
        const variables = (args.variableValues ?? {}) as Record<string, unknown>;
        return getVariableValues(args.schema, operation.variableDefinitions, variables).errors === undefined;
      },
    },
  ) as Plugin;
}
