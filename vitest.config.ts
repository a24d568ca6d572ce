import { defineConfig } from 'vitest/config';

export default defineConfig({
  ssr: { resolve: { conditions: ['source'] } },
  // graphql 16 ships CJS (main) and ESM (module) copies; Node, and so Yoga and Pothos, load the CJS one.
  // Sources must get the same copy, or GraphQLError instances from resolvers are not recognised (and masked).
  resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] },
  test: {
    include: ['packages/*/test/**/*.test.ts'],
    pool: 'forks',
  },
});
