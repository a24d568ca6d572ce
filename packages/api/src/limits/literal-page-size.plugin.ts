import { validate, type DocumentNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { pageSizeRule } from './page-size.rule.js';

/**
 * Refuses a page size written in the query (`first: 5000`) with `PAGE.SIZE_TOO_LARGE` during validation, ahead of
 * GraphQL Armor's static cost: Armor multiplies by written page sizes and throws its own uncoded "Query Cost limit"
 * error, so without this a size written in the query met another refusal than the same size passed as a variable
 * (which `useRequestLimits` checks). Only written values are read here, so the answer depends on the document
 * alone: the documents that pass are remembered (this hook runs on every request, Yoga's validation cache or not),
 * so a question asked again is not walked again. Must come before Armor's plugins.
 */
export function useLiteralPageSize(): Plugin {
  const passed = new WeakSet<DocumentNode>();
  return {
    onValidate({ params: { schema, documentAST }, setResult }) {
      if (passed.has(documentAST)) return;
      const errors = validate(schema, documentAST, [pageSizeRule({})]);
      if (errors.length > 0) setResult(errors);
      else passed.add(documentAST);
    },
  };
}
