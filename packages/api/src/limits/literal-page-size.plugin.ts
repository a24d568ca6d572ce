import { validate } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { pageSizeRule } from './page-size.rule.js';

/**
 * Refuses a page size written in the query (`first: 5000`) with `PAGE.SIZE_TOO_LARGE` during validation, ahead of
 * GraphQL Armor's static cost: Armor multiplies by written page sizes and throws its own uncoded "Query Cost limit"
 * error, so without this a size written in the query met another refusal than the same size passed as a variable
 * (which `useRequestLimits` checks). Only written values are read here, so the answer depends on the document
 * alone and Yoga's validation cache keeps it right. Must come before Armor's plugins.
 */
export function useLiteralPageSize(): Plugin {
  return {
    onValidate({ params: { schema, documentAST }, setResult }) {
      const errors = validate(schema, documentAST, [pageSizeRule({})]);
      if (errors.length > 0) setResult(errors);
    },
  };
}
