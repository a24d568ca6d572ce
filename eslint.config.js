// @ts-check
// One lint configuration for the workspace. Type-aware rules read the root tsconfig.json (Node packages, their
// tests and scripts) and the Explorer's own tsconfig.json (browser code).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['**/dist/**', '**/node_modules/**', 'packages/explorer/src/graphql/graphql-env.d.ts', 'test-artifacts/**', 'data/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: {
      parserOptions: {
        project: ['./tsconfig.json', './packages/explorer/tsconfig.json'],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Pothos plugins extend its types by declaration merging (`declare global { namespace PothosSchemaTypes … }`).
      '@typescript-eslint/no-namespace': ['error', { allowDeclarations: true }],
    },
  },
  {
    // A migration runs against the database as it was at that step, not as `Database` describes it now: `Kysely<any>`, as Kysely's guide writes them.
    files: ['packages/core/src/store/migrations/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // Plain JavaScript run by Node directly (a data extraction script; PostGraphile 5's server under another Node line).
    files: ['**/*.mjs'],
    languageOptions: {
      globals: { console: 'readonly', process: 'readonly', performance: 'readonly', setTimeout: 'readonly', URL: 'readonly' },
    },
  },
  {
    // Tests read GraphQL answers and spawned processes' JSON; `any` there is a reading aid, not a type hole in the product.
    files: ['packages/*/test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', 'no-useless-assignment': 'off' },
  },
);
