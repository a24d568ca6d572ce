import { dropTestDatabases } from './packages/core/src/testing/index.js';

/** Before and after the whole run: drop the PostgreSQL databases that test processes made. */
export async function setup(): Promise<void> {
  await dropTestDatabases();
}

export async function teardown(): Promise<void> {
  await dropTestDatabases();
}
