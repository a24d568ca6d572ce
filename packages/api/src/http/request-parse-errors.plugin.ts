import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { localizedError } from '../errors/localized-error.js';

/**
 * Answers a request whose parameters cannot be read — `variables` or `extensions` that are not JSON, in a GET
 * query string or a form body — with HTTP 400 and a JSON error coded `BAD_REQUEST`, as Yoga answers a JSON
 * body that is not JSON. Yoga's parsers of query strings and form bodies let `JSON.parse`'s SyntaxError
 * through, which became an HTTP 500.
 *
 * @example
 * // POST /graphql, content-type application/x-www-form-urlencoded, body: query={rulePack{id}}&variables={
 * // → 400 {"errors":[{"message":"Không đọc được tham số của yêu cầu: …","extensions":{"code":"BAD_REQUEST"}}]}
 */
export function useRequestParseErrors(): Plugin {
  return {
    onRequestParse({ requestParser, setRequestParser }) {
      if (!requestParser) return;
      setRequestParser(async (request) => {
        try {
          return await requestParser(request);
        } catch (error) {
          if (error instanceof GraphQLError) throw error;
          const reason = error instanceof Error ? error.message : String(error);
          throw localizedError(
            {
              vi: `Không đọc được tham số của yêu cầu: ${reason}. variables và extensions phải là JSON.`,
              en: `The request's parameters could not be read: ${reason}. variables and extensions must be JSON.`,
            },
            { extensions: { code: 'BAD_REQUEST', http: { status: 400 } } },
          );
        }
      });
    },
  };
}
