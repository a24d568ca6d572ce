/**
 * Writes the schema as SDL to packages/api/schema.graphql, so that every API change shows as a diff.
 * A test fails when the committed file is stale: run `pnpm schema` after changing a type.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { printSchema } from 'graphql';
import { schema } from '../src/index.js';

const target = fileURLToPath(new URL('../schema.graphql', import.meta.url));
writeFileSync(target, `${printSchema(schema)}\n`);
console.log(`Đã ghi lược đồ GraphQL: ${target}`);
