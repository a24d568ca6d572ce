import { initGraphQLTada } from 'gql.tada';
import type { introspection } from './graphql-env.js';

/**
 * `graphql()` for the Explorer's documents, typed against packages/api/schema.graphql (gql.tada reads the
 * introspection `pnpm typecheck` regenerates from it): a schema change that breaks a document breaks `tsc`.
 */
export const graphql = initGraphQLTada<{
  introspection: introspection;
  scalars: { Date: string; ID: string };
}>();

export type { FragmentOf, ResultOf, VariablesOf } from 'gql.tada';
