import { getOperationAST, type GraphQLError, OperationTypeNode, type ExecutionResult } from 'graphql';
import type { Plugin, YogaInitialContext } from 'graphql-yoga';
import { arrivalOf } from '../http/request-arrival.js';
import { guardOf, LimitError, stoppedBy } from './field-guard.js';
import { localizedError } from '../errors/localized-error.js';

/**
 * Gives each request `budgetMs` milliseconds from its arrival (see `useRequestArrival`: reading its body,
 * parsing and validating count). A request whose budget is spent before execution is answered with
 * `REQUEST.TIME_BUDGET_EXCEEDED` and runs nothing. A query that overruns is stopped at the next field it
 * resolves (so before its next read of the database) and answered with the same error (no partial data); the
 * fields are checked by `withFieldGuards`, which the schema must be wrapped in. A mutation is checked only before
 * it starts: a write that has begun is let finish, so an answer never hides a committed write.
 *
 * Parsing and validation run in one go and cannot be stopped midway: they are bounded by the size of the
 * document instead (body size, tokens, depth, aliases, directives), to milliseconds.
 *
 * @example
 * createYoga({ schema: withFieldGuards(schema), plugins: [useRequestArrival(), useTimeBudget(5_000)] });
 */
export function useTimeBudget(budgetMs: number): Plugin<YogaInitialContext> {
  return {
    onParams({ request, setResult }) {
      // A body that took the whole budget to arrive is not parsed.
      if (performance.now() >= arrivalOf(request) + budgetMs) setResult({ errors: [budgetExceeded(budgetMs)] });
    },
    onExecute({ args, setResultAndStopExecution }) {
      const at = arrivalOf(args.contextValue.request) + budgetMs;
      if (performance.now() >= at) {
        setResultAndStopExecution({ errors: [budgetExceeded(budgetMs)] });
        return;
      }
      if (getOperationAST(args.document, args.operationName)?.operation !== OperationTypeNode.QUERY) return;
      // The error is built only if a field passes the deadline.
      const limit = new LimitError(() => budgetExceeded(budgetMs));
      guardOf(args.contextValue).deadline = { at, limit };
      return {
        onExecuteDone({ result, setResult }) {
          const stopped = stoppedBy(result as ExecutionResult, limit);
          if (stopped) setResult(stopped);
        },
      };
    },
  };
}

function budgetExceeded(budgetMs: number): GraphQLError {
  return localizedError(
    {
      vi: `Yêu cầu chạy quá ${budgetMs} ms và đã bị dừng. Hãy xin trang nhỏ hơn hoặc bớt lồng nhau.`,
      en: `The request ran past its time budget of ${budgetMs} ms and was stopped. Ask for smaller pages or less nesting.`,
    },
    { extensions: { code: 'REQUEST.TIME_BUDGET_EXCEEDED', budgetMs } },
  );
}
