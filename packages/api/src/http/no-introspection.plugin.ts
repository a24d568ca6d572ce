import type { ValidationRule } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { localizedError } from '../errors/localized-error.js';

/**
 * Refuses introspection (`__schema`, `__type`) with `INTROSPECTION.DISABLED`, before execution; `__typename`
 * stays. For the production profile: the schema is published as `schema.graphql`, a server need not describe
 * itself to anyone who asks.
 *
 * @example
 * createYoga({ schema, plugins: [useNoIntrospection()] });
 */
export function useNoIntrospection(): Plugin {
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(noIntrospectionRule);
    },
  };
}

const noIntrospectionRule: ValidationRule = (context) => ({
  Field(node) {
    const name = node.name.value;
    if (name !== '__schema' && name !== '__type') return;
    context.reportError(
      localizedError(
        {
          vi: `Máy chủ này không cho xem cấu trúc API (${name}); hãy dùng schema.graphql.`,
          en: `This server does not answer introspection (${name}); use schema.graphql.`,
        },
        {
          nodes: [node],
          extensions: { code: 'INTROSPECTION.DISABLED' },
        },
      ),
    );
  },
});
