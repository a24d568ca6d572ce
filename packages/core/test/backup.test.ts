// `backupSqliteStore` (and `mttq backup`): a consistent copy of a SQLite store taken while other processes write
// to it. SQLite only: PostgreSQL is backed up with pg_dump (docs/deployment.md).
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { backupSqliteStore, openStore, StoreError, verifyStore } from '../src/index.js';
import { testDialect } from '../src/testing/index.js';
import { sharedExampleDatabase, type SharedDatabase } from './workers/example-database.js';
import { startWorker, type WorkerRun } from './workers/spawn-worker.js';

const cleanup: (() => Promise<void>)[] = [];
afterAll(async () => {
  while (cleanup.length > 0) await cleanup.pop()!();
});

describe.skipIf(testDialect() !== 'sqlite')('a backup of a SQLite store taken during a burst of writes', () => {
  it('opens, passes integrity_check, and holds every write acknowledged before it began', async () => {
    const database: SharedDatabase = await sharedExampleDatabase('sqlite');
    cleanup.push(() => database.remove());
    const dir = mkdtempSync(join(tmpdir(), 'mttq-backup-'));
    cleanup.push(async () => rmSync(dir, { recursive: true, force: true }));
    const writers: WorkerRun[] = [0, 1, 2].map((i) =>
      startWorker('assignment-writer', [...database.args, '--worker', String(i), '--count', '100000']),
    );
    cleanup.push(async () => {
      for (const w of writers) w.child.kill('SIGKILL');
      await Promise.all(writers.map((w) => w.ended));
    });
    await Promise.all(writers.map((w) => w.waitForLine((_, i) => i >= 49)));

    const acknowledged = writers.flatMap((w) => [...w.lines]);
    const destination = join(dir, 'nested', 'mttq-backup.sqlite');
    const { pages } = await backupSqliteStore(database.args[1]!, destination);
    const during = writers.reduce((n, w) => n + w.lines.length, 0) - acknowledged.length;
    // The burst goes on after the copy: every writer acknowledges five more writes before it is stopped.
    await Promise.all(
      writers.map((w) => {
        const n = w.lines.length;
        return w.waitForLine((_, i) => i >= n + 4);
      }),
    );
    for (const w of writers) w.child.kill('SIGTERM');
    console.log(`[backup] ${pages} pages copied; ${acknowledged.length} writes acknowledged before it, ${during} while it ran`);

    const copy = await openStore({ filename: destination });
    try {
      const integrity = await sql<{ integrity_check: string }>`pragma integrity_check`.execute(copy.db);
      expect(integrity.rows).toEqual([{ integrity_check: 'ok' }]);
      const ids = new Set((await copy.db.selectFrom('assignment').select('id').where('id', 'like', 'asg_w%').execute()).map((r) => r.id));
      expect(acknowledged.filter((id) => !ids.has(id))).toEqual([]);
      expect(await verifyStore(copy.db)).toEqual([]);
    } finally {
      await copy.close();
    }
  }, 180_000);

  it('refuses a missing store and a copy onto itself, with a coded error', async () => {
    const missing = await backupSqliteStore('/nonexistent/mttq.sqlite', join(tmpdir(), 'x.sqlite')).catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(StoreError);
    expect(missing).toMatchObject({ code: 'STORE.NOT_FOUND' });
    const database = await sharedExampleDatabase('sqlite');
    cleanup.push(() => database.remove());
    const self = await backupSqliteStore(database.args[1]!, database.args[1]!).catch((e: unknown) => e);
    expect(self).toMatchObject({ code: 'STORE.BACKUP_FAILED' });
    expect(existsSync(database.args[1]!)).toBe(true);
  }, 60_000);
});
