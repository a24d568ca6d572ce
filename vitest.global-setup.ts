import { randomBytes } from 'node:crypto';
import { dropTestDatabases } from './packages/core/src/testing/index.js';

/** Gives this run an id (inherited by the test processes), so that its PostgreSQL databases are its own. */
export function setup(): void {
  process.env.MTTQ_TEST_RUN_ID ??= randomBytes(4).toString('hex');
}

/** After the whole run: drop the PostgreSQL databases this run made. */
export async function teardown(): Promise<void> {
  await dropTestDatabases();
}
