// Issue 7: a process killed with SIGKILL in the middle of writing. Afterwards the database opens, is intact,
// holds every write that was acknowledged before the kill, and the national import, run again, resumes and
// ends with the same rows as an import that was never interrupted.
import { afterEach, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { importNationalUnits, isoDate, unitCountsOn, unwrap, verifyStore, type Db, type Store } from '../src/index.js';
import { openFreshStore, tableCounts, testDialect } from '../src/testing/index.js';
import { sharedExampleDatabase, sqliteFile, type SharedDatabase } from './workers/example-database.js';
import { startWorker, type WorkerRun } from './workers/spawn-worker.js';

const dialect = testDialect();
const cleanup: (() => Promise<void>)[] = [];

afterEach(async () => {
  while (cleanup.length > 0) await cleanup.pop()!();
});

function track(database: SharedDatabase): SharedDatabase {
  cleanup.push(() => database.remove());
  return database;
}

function trackRun(run: WorkerRun): WorkerRun {
  cleanup.push(async () => {
    if (run.child.exitCode === null && run.child.signalCode === null) run.child.kill('SIGKILL');
    await run.ended;
  });
  return run;
}

async function kill(run: WorkerRun): Promise<void> {
  run.child.kill('SIGKILL');
  expect((await run.ended).signal).toBe('SIGKILL');
}

/** SQLite's own check of the file, and of every foreign key. */
async function expectIntactSqlite(db: Db): Promise<void> {
  const integrity = await sql<{ integrity_check: string }>`pragma integrity_check`.execute(db);
  expect(integrity.rows).toEqual([{ integrity_check: 'ok' }]);
  const foreignKeys = await sql`pragma foreign_key_check`.execute(db);
  expect(foreignKeys.rows).toEqual([]);
}

/** Rows of the tables the national import writes (and of the audit log, which it leaves alone). */
function importCounts(db: Db): Promise<Record<string, number>> {
  return tableCounts(db, ['source', 'admin_unit', 'unit_parent', 'unit_closure', 'unit_lineage', 'audit_log']);
}

// The import writes into a SQLite file whichever project runs; once, on the sqlite project, is enough.
describe.runIf(dialect === 'sqlite')('the national import killed half-way', () => {
  it('leaves an intact file with every committed batch, and resumes to the counts of an uninterrupted import', async () => {
    const file = track(sqliteFile());
    // Batches of 100: about 150 transactions for the units, so the kill lands between the first and the last.
    const run = trackRun(startWorker('national-importer', [...file.args, '--batch-size', '100']));
    const communesDone = (line: string) => (line.startsWith('progress communesBefore2025 ') ? Number(line.split(' ')[2]) : 0);
    await run.waitForLine((line) => communesDone(line) >= 1000);
    await kill(run);
    expect(run.lines).not.toContain('done');
    // Progress is printed after a batch has committed: these communes must all be in the file.
    const committedCommunes = Math.max(...run.lines.map(communesDone));

    const clean = await openFreshStore();
    cleanup.push(() => clean.close());
    unwrap(await importNationalUnits(clean.db));
    const cleanCounts = await importCounts(clean.db);

    const store = await file.open();
    cleanup.push(() => store.close());
    await expectIntactSqlite(store.db);
    const oldCommunes = await store.db
      .selectFrom('admin_unit')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('level', '=', 'commune')
      .where('valid_to', '=', '2025-07-01')
      .executeTakeFirstOrThrow();
    expect(Number(oldCommunes.n)).toBeGreaterThanOrEqual(committedCommunes); // every acknowledged batch is there
    const interrupted = await importCounts(store.db);
    expect(interrupted.admin_unit).toBeLessThan(cleanCounts.admin_unit!); // killed before the end
    await expectConsistentClosure(store.db);

    const resumed = unwrap(await importNationalUnits(store.db));
    const communes = resumed.counts.find((c) => c.phase === 'communesBefore2025')!;
    console.log(
      `[crash import] killed after ${committedCommunes} old communes acknowledged; the file held ${interrupted.admin_unit} of ` +
        `${cleanCounts.admin_unit} units; the resumed import found ${communes.existing} old communes and wrote ${communes.created}`,
    );
    expect(communes.existing).toBeGreaterThanOrEqual(committedCommunes); // resumed, not started over
    expect(communes.created).toBe(communes.total - communes.existing);
    expect(await importCounts(store.db)).toEqual(cleanCounts);
    expect((await unitCountsOn(store.db, isoDate('2025-06-30'))).byLevel).toMatchObject({ province: 63, district: 696, commune: 10051 });
    expect((await unitCountsOn(store.db, isoDate('2025-07-01'))).byLevel).toMatchObject({ province: 34, district: 0, commune: 3321 });
    await expectIntactSqlite(store.db);
    await expectConsistentClosure(store.db);
    expect(await verifyStore(store.db)).toEqual([]);
  }, 180_000);
});

/** Every unit has its own depth-0 row of the closure, and every parent link present its depth-1 row. */
async function expectConsistentClosure(db: Db): Promise<void> {
  const withoutSelf = await db
    .selectFrom('admin_unit as u')
    .select('u.id')
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('unit_closure as c')
            .select('c.depth')
            .whereRef('c.descendant_id', '=', 'u.id')
            .whereRef('c.ancestor_id', '=', 'u.id')
            .where('c.depth', '=', 0),
        ),
      ),
    )
    .execute();
  expect(withoutSelf).toEqual([]);
  const linksWithoutRow = await db
    .selectFrom('unit_parent as p')
    .select(['p.unit_id', 'p.parent_id'])
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('unit_closure as c')
            .select('c.depth')
            .whereRef('c.descendant_id', '=', 'p.unit_id')
            .whereRef('c.ancestor_id', '=', 'p.parent_id')
            .where('c.depth', '=', 1),
        ),
      ),
    )
    .execute();
  expect(linksWithoutRow).toEqual([]);
}

describe(`a burst of assignments killed half-way on ${dialect}`, () => {
  it('keeps every acknowledged assignment, and at most the one in flight besides', async () => {
    const database = track(await sharedExampleDatabase());
    const run = trackRun(startWorker('assignment-writer', [...database.args, '--worker', '0', '--count', '100000']));
    await run.waitForLine((_, index) => index >= 199);
    await kill(run);
    const acknowledged = [...run.lines];
    expect(acknowledged.length).toBeGreaterThanOrEqual(200);
    expect(acknowledged).toEqual(acknowledged.map((_, j) => `asg_w0_${j}`));

    let store: Store | undefined;
    try {
      store = await database.open();
      if (database.dialect === 'sqlite') await expectIntactSqlite(store.db);
      const rows = (await store.db.selectFrom('assignment').select('id').where('id', 'like', 'asg_w0%').execute()).map((r) => r.id);
      const inFlight = `asg_w0_${acknowledged.length}`;
      // The write in flight at the kill either committed before its id was printed, or left nothing.
      const extra = rows.filter((id) => !acknowledged.includes(id));
      expect(extra.length === 0 || (extra.length === 1 && extra[0] === inFlight), `extra rows: ${extra.join(', ')}`).toBe(true);
      expect(rows.filter((id) => acknowledged.includes(id))).toHaveLength(acknowledged.length);
      console.log(`[crash burst ${database.dialect}] killed after ${acknowledged.length} acknowledged writes; ${rows.length} in the store`);
      const events = await store.db
        .selectFrom('assignment_event')
        .select(['assignment_id', 'status'])
        .where('assignment_id', 'in', rows)
        .execute();
      expect(events.map((e) => `${e.assignment_id} ${e.status}`).sort()).toEqual(rows.map((id) => `${id} assigned`).sort());
      expect(await verifyStore(store.db)).toEqual([]);
    } finally {
      await store?.close();
    }
  }, 120_000);
});
