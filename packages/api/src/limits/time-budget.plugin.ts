import { getOperationAST, GraphQLError, OperationTypeNode, type ExecutionArgs } from 'graphql';
import type { Plugin, YogaInitialContext } from 'graphql-yoga';

/**
 * Gives each request `budgetMs` milliseconds from its arrival (once its body is read). A request whose budget
 * is spent before execution is answered with `REQUEST.TIME_BUDGET_EXCEEDED` and runs nothing. A query that
 * overruns is aborted between fields, or while it waits on the database, and answered with the same error
 * (no partial data). A mutation is checked only before it starts: a write that has begun is let finish, so an
 * answer never hides a committed write.
 *
 * @example
 * createYoga({ schema, plugins: [useTimeBudget(5_000)] });
 */
export function useTimeBudget(budgetMs: number): Plugin<YogaInitialContext> {
  const arrived = new WeakMap<Request, number>();
  return {
    onRequest({ request }) {
      arrived.set(request, performance.now());
    },
    onExecute({ args, executeFn, setExecuteFn, setResultAndStopExecution }) {
      const deadline = (arrived.get(args.contextValue.request) ?? performance.now()) + budgetMs;
      if (performance.now() >= deadline) {
        setResultAndStopExecution({ errors: [budgetExceeded(budgetMs)] });
        return;
      }
      if (getOperationAST(args.document, args.operationName)?.operation !== OperationTypeNode.QUERY) return;
      setExecuteFn(async (executeArgs: ExecutionArgs & { signal?: AbortSignal }) => {
        const error = budgetExceeded(budgetMs);
        const { signal, dispose } = deadlineSignal(deadline, error, executeArgs.signal);
        // Yoga's executor (GraphQL Tools) takes a signal beside graphql-js's arguments.
        const withDeadline: ExecutionArgs & { signal: AbortSignal } = { ...executeArgs, signal };
        try {
          return await executeFn(withDeadline);
        } catch (thrown) {
          if (thrown === error) return { errors: [error] };
          throw thrown;
        } finally {
          dispose();
        }
      });
    },
  };
}

/**
 * A signal aborted at the deadline with `reason`, for GraphQL Tools' executor (which asks it before every
 * field and races it against pending fields). A timer alone would not do: on SQLite the whole execution may
 * run in microtasks and never let a timer fire, so the clock is also read each time the executor asks.
 */
function deadlineSignal(deadline: number, reason: GraphQLError, upstream?: AbortSignal): { signal: AbortSignal; dispose: () => void } {
  const controller = new AbortController();
  const { signal } = controller;
  const abort = () => controller.abort(reason);
  const timer = setTimeout(abort, Math.max(0, deadline - performance.now()));
  const forward = () => controller.abort(upstream?.reason);
  upstream?.addEventListener('abort', forward, { once: true });
  Object.defineProperty(signal, 'throwIfAborted', {
    value(this: AbortSignal) {
      if (!this.aborted && performance.now() >= deadline) abort();
      AbortSignal.prototype.throwIfAborted.call(this);
    },
  });
  return {
    signal,
    dispose: () => {
      clearTimeout(timer);
      upstream?.removeEventListener('abort', forward);
    },
  };
}

function budgetExceeded(budgetMs: number): GraphQLError {
  return new GraphQLError(
    `Yêu cầu chạy quá ${budgetMs} ms và đã bị dừng. Hãy xin trang nhỏ hơn hoặc bớt lồng nhau. (Request exceeded its time budget of ${budgetMs} ms and was stopped.)`,
    { extensions: { code: 'REQUEST.TIME_BUDGET_EXCEEDED', budgetMs } },
  );
}
