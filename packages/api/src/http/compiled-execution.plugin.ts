import { useGraphQlJit } from '@envelop/graphql-jit';
import {
  getOperationAST,
  getVariableValues,
  GraphQLError,
  Kind,
  OperationTypeNode,
  type DocumentNode,
  type ExecutionResult,
  type FieldNode,
  type FragmentDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
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
 * The limits that run with execution work with either executor: the field guards (`withFieldGuards`) sit in the
 * resolvers, which jit calls as they are, and `useTimeBudget`/`useResponseSizeLimit` read the result in
 * `onExecuteDone`, after this plugin (registered first) has put the errors' AST nodes back.
 *
 * @example
 * createYoga({ schema, plugins: [useCompiledQueries(), useTimeBudget(5_000)] });
 */
export function useCompiledQueries(): Plugin {
  const jit = compiledQueries();
  return {
    onPluginInit({ addPlugin }) {
      addPlugin(jit);
    },
    // graphql-jit gives an error a resolver throws its `locations` but not its AST `nodes`, so an error rebuilt
    // later (in the request's language, masked) loses them; graphql-js gives both (the spec's
    // SHOULD for locations): the nodes are put back from the field the error's path names, so both executors answer the same.
    onExecute({ args }) {
      return {
        onExecuteDone({ result, setResult }) {
          if (!('errors' in result) || !result.errors?.some((e) => !e.nodes && e.path)) return;
          setResult(withLocations(result as ExecutionResult, args.document, args.operationName ?? undefined));
        },
      };
    },
  };
}

function compiledQueries(): Plugin {
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

/** `result` with each error that has a path but no AST nodes located at the field its path names. */
function withLocations(result: ExecutionResult, document: DocumentNode, operationName: string | undefined): ExecutionResult {
  const operation = getOperationAST(document, operationName);
  if (!operation || !result.errors) return result;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const errors = result.errors.map((error) => {
    if (error.nodes || !error.path) return error;
    const field = fieldAt(operation.selectionSet, error.path, fragments);
    if (!field) return error;
    return new GraphQLError(error.message, {
      nodes: field,
      path: error.path,
      originalError: error.originalError ?? undefined,
      extensions: error.extensions,
    });
  });
  return { ...result, errors };
}

/** The field a response path names (list indexes skipped), through inline fragments and fragment spreads. */
function fieldAt(
  selectionSet: SelectionSetNode,
  path: readonly (string | number)[],
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
): FieldNode | undefined {
  const [key, ...rest] = path;
  if (key === undefined) return undefined;
  if (typeof key === 'number') return fieldAt(selectionSet, rest, fragments);
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD && (selection.alias ?? selection.name).value === key) {
      if (rest.every((k) => typeof k === 'number')) return selection;
      const found = selection.selectionSet && fieldAt(selection.selectionSet, rest, fragments);
      if (found) return found;
    }
    const nested =
      selection.kind === Kind.INLINE_FRAGMENT
        ? selection.selectionSet
        : selection.kind === Kind.FRAGMENT_SPREAD
          ? fragments.get(selection.name.value)?.selectionSet
          : undefined;
    const found = nested && fieldAt(nested, path, fragments);
    if (found) return found;
  }
  return undefined;
}
