import { configDefaults, defineConfig } from 'vitest/config';

// The whole suite runs once per database: always on SQLite, and on PostgreSQL when a server is given
// (`.ci/run` starts one and sets MTTQ_TEST_POSTGRES_URL).
const postgres = process.env.MTTQ_TEST_POSTGRES_URL;
if (!postgres) {
  console.warn('\n⚠ MTTQ_TEST_POSTGRES_URL is not set: the suite runs on SQLite only (CI runs it on PostgreSQL too).\n');
}

// Programs choose their language from the locale (LC_ALL, LC_MESSAGES, LANG): the suite runs under a neutral one, so
// its Vietnamese expectations hold on a machine set to English. Tests of the English output set the locale themselves.
process.env.LANG = 'C.UTF-8';
delete process.env.LC_ALL;
delete process.env.LC_MESSAGES;

export default defineConfig({
  ssr: { resolve: { conditions: ['source'] } },
  // graphql 16 ships CJS (main) and ESM (module) copies; Node, and so Yoga and Pothos, load the CJS one.
  // Sources must get the same copy, or GraphQLError instances from resolvers are not recognised (and masked).
  resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] },
  test: {
    pool: 'forks',
    globalSetup: ['./vitest.global-setup.ts'],
    projects: [
      { extends: true as const, test: { name: 'sqlite', include: ['packages/*/test/**/*.test.ts'], env: { MTTQ_TEST_DIALECT: 'sqlite' } } },
      ...(postgres
        ? [
            {
              extends: true as const,
              // Each test's database is created on the server: allow for it.
              // The packed-package and mttq command tests use no test database (SQLite files of their own): SQLite project only.
              test: {
                name: 'postgres',
                include: ['packages/*/test/**/*.test.ts'],
                exclude: [...configDefaults.exclude, 'packages/api/test/packed-packages.test.ts', 'packages/api/test/mttq-cli.test.ts'],
                env: { MTTQ_TEST_DIALECT: 'postgres' },
                testTimeout: 30_000,
                hookTimeout: 120_000,
              },
            },
          ]
        : []),
    ],
  },
});
