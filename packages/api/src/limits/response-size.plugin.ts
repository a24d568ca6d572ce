import { getOperationAST, type GraphQLError, OperationTypeNode, type ExecutionResult } from 'graphql';
import type { Plugin, YogaInitialContext } from 'graphql-yoga';
import { guardOf, LimitError, stoppedBy } from './field-guard.js';
import { localizedError } from '../errors/localized-error.js';

/**
 * Stops a query whose answer grows past `maxBytes` while it is being built, and answers it with
 * `REQUEST.RESPONSE_TOO_LARGE` alone (no partial data): the same record asked for many times, or long texts
 * asked for under many aliases, would otherwise build an answer of hundreds of megabytes (an HTTP 500 from the
 * serializer past V8's longest string) before anything noticed. Each field charges its size as it resolves
 * (see `withFieldGuards`). A mutation is not stopped: its answer is small, and must not hide a committed write.
 *
 * @example
 * createYoga({ schema: withFieldGuards(schema), plugins: [useResponseSizeLimit(4 * 1024 * 1024)] });
 */
export function useResponseSizeLimit(maxBytes: number): Plugin<YogaInitialContext> {
  return {
    onExecute({ args }) {
      if (getOperationAST(args.document, args.operationName)?.operation !== OperationTypeNode.QUERY) return;
      // The error is built only if the answer passes the limit.
      const limit = new LimitError(() => responseTooLarge(maxBytes));
      guardOf(args.contextValue).size = { left: maxBytes, limit };
      return {
        onExecuteDone({ result, setResult }) {
          const stopped = stoppedBy(result as ExecutionResult, limit);
          if (stopped) setResult(stopped);
        },
      };
    },
  };
}

function responseTooLarge(maxBytes: number): GraphQLError {
  return localizedError(
    {
      vi: `Câu trả lời vượt quá ${maxBytes} byte và đã bị dừng. Hãy xin trang nhỏ hơn, ít mã (ids) hơn hoặc bớt trường.`,
      en: `The answer grew past ${maxBytes} bytes and was stopped. Ask for smaller pages, fewer ids or fewer fields.`,
    },
    { extensions: { code: 'REQUEST.RESPONSE_TOO_LARGE', max: maxBytes } },
  );
}
