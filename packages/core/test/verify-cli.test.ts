// `pnpm verify`, as an operator runs it: a sound store passes (exit 0), a broken one lists the violation with its
// records (exit 1), a wrong flag prints the usage (exit 2) — never a stack trace.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedExampleDatabase, type SharedDatabase } from './workers/example-database.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
let database: SharedDatabase;

beforeAll(async () => {
  database = await sharedExampleDatabase();
}, 120_000);

afterAll(async () => {
  await database?.remove();
});

function verify(...args: string[]) {
  const named = database.args[0] === '--url' ? ['--database-url', database.args[1]!] : [...database.args];
  const run = spawnSync(process.execPath, ['--import', 'tsx', '--conditions=source', 'packages/core/scripts/verify-store.ts', ...named, ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

describe('pnpm verify', () => {
  it('passes a sound store, lists what is wrong in a broken one, and refuses a wrong flag with the usage', async () => {
    const sound = verify();
    expect(sound.code, sound.err).toBe(0);
    expect(sound.out).toContain('không có vi phạm nào');

    const store = await database.open();
    try {
      const { id } = await store.db.selectFrom('holding').select('id').orderBy('id').executeTakeFirstOrThrow();
      await store.db.deleteFrom('audit_log').where('entity_id', '=', id).execute();
    } finally {
      await store.close();
    }
    const broken = verify('--json');
    expect(broken.code).toBe(1);
    expect(broken.out.trim().split('\n').map((l) => JSON.parse(l).check)).toEqual(['AUDIT.MISSING_ENTRIES']);

    const wrong = verify('--bogus');
    expect(wrong.code).toBe(2);
    expect(wrong.err).toContain('Cách dùng (usage)');
    expect(wrong.err).not.toMatch(/\n\s+at /);
  }, 60_000);
});
