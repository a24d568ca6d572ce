// `mttq verify`, as an operator runs it (a process of its own, from the sources): a sound store passes (exit 0), a
// broken one lists the violation with its records (exit 1), a wrong flag prints the usage (exit 2) — never a stack
// trace. On the database under test: a SQLite file, or a PostgreSQL database named by --database-url.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadExampleDataset, openStore, type Store } from '@mttq/core';
import { freshExamplePostgresDatabase, testDialect } from '@mttq/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** The example dataset where another process can open it: the flags that name it, how to open it here, how to remove it. */
interface SharedStore {
  readonly flags: readonly string[];
  open(): Promise<Store>;
  remove(): Promise<void>;
}

async function sharedExampleStore(): Promise<SharedStore> {
  if (testDialect() === 'postgres') {
    const { url, drop } = await freshExamplePostgresDatabase();
    return { flags: ['--database-url', url], open: () => openStore({ url, poolSize: 2 }), remove: drop };
  }
  const dir = mkdtempSync(join(tmpdir(), 'mttq-verify-'));
  const filename = join(dir, 'mttq.sqlite');
  const store = await openStore({ filename });
  try {
    await loadExampleDataset(store.db);
  } finally {
    await store.close();
  }
  return {
    flags: ['--db', filename],
    open: () => openStore({ filename }),
    remove: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

let shared: SharedStore;

beforeAll(async () => {
  shared = await sharedExampleStore();
}, 120_000);

afterAll(async () => {
  await shared?.remove();
});

function verify(...args: string[]) {
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', '--conditions=source', 'packages/api/src/cli/mttq.ts', 'verify', ...shared.flags, ...args],
    {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, MTTQ_DB: undefined, MTTQ_DATABASE_URL: undefined },
    },
  );
  return { code: run.status, out: run.stdout, err: run.stderr };
}

describe('mttq verify', () => {
  it('passes a sound store, lists what is wrong in a broken one, and refuses a wrong flag with the usage', async () => {
    const sound = verify();
    expect(sound.code, sound.err).toBe(0);
    expect(sound.out).toContain('không có vi phạm nào');

    const store = await shared.open();
    try {
      const { id } = await store.db.selectFrom('holding').select('id').orderBy('id').executeTakeFirstOrThrow();
      await store.db.deleteFrom('audit_log').where('entity_id', '=', id).execute();
    } finally {
      await store.close();
    }
    const broken = verify('--json');
    expect(broken.code).toBe(1);
    expect(
      broken.out
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l).check),
    ).toEqual(['AUDIT.MISSING_ENTRIES']);

    const wrong = verify('--bogus');
    expect(wrong.code).toBe(2);
    expect(wrong.err).toContain('Cách dùng:');
    expect(wrong.err).not.toMatch(/\n\s+at /);
  }, 300_000);
});
