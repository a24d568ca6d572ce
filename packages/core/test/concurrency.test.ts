// Issue 7: many processes writing to one database at once. Each writer process gives 1,000 yearly tasks, one
// transaction each, and prints the id of every write that returned ok; afterwards the database must hold
// exactly the acknowledged assignments — none lost, none written twice — each with its one `assigned` event.
// Runs on the database of the vitest project: a SQLite file in WAL mode (writers queue on the busy timeout
// and retry whole transactions on SQLITE_BUSY), or PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyStore, type Db } from '../src/index.js';
import { testDialect } from '../src/testing/index.js';
import { sharedExampleDatabase, type SharedDatabase } from './workers/example-database.js';
import { startWorker } from './workers/spawn-worker.js';

const WRITERS = 8;
const PER_WRITER = 1000;
const WRITER_ID = /^asg_w\d+_\d+$/;

let database: SharedDatabase;

beforeAll(async () => {
  database = await sharedExampleDatabase();
}, 120_000);

afterAll(async () => {
  await database?.remove();
});

/** The writers' assignments in the store, their `assigned` events and their audit entries, by id. */
async function writtenAssignments(db: Db) {
  const rows = (await db.selectFrom('assignment').select('id').execute()).map((r) => r.id).filter((id) => WRITER_ID.test(id));
  const events = (await db.selectFrom('assignment_event').select(['assignment_id', 'status']).execute()).filter((e) =>
    WRITER_ID.test(e.assignment_id),
  );
  const audit = (await db.selectFrom('audit_log').select(['entity_id', 'action']).where('entity_type', '=', 'assignment').execute()).filter(
    (a) => WRITER_ID.test(a.entity_id),
  );
  return { rows, events, audit };
}

describe(`${WRITERS} writer processes × ${PER_WRITER} assignments at once on ${testDialect()}`, () => {
  it('keeps every acknowledged assignment exactly once, with one "assigned" event and one audit entry each', async () => {
    const started = performance.now();
    const runs = Array.from({ length: WRITERS }, (_, i) =>
      startWorker('assignment-writer', [...database.args, '--worker', String(i), '--count', String(PER_WRITER)]),
    );
    const ends = await Promise.all(runs.map((r) => r.ended));
    const elapsed = performance.now() - started;
    console.log(
      `[concurrency ${database.dialect}] ${WRITERS} × ${PER_WRITER} assignments in ${(elapsed / 1000).toFixed(1)} s ` +
        `(${Math.round((WRITERS * PER_WRITER * 1000) / elapsed)} writes/s, process startup included)`,
    );

    for (const [i, end] of ends.entries()) expect(end, `writer ${i}: ${runs[i]!.stderr()}`).toEqual({ code: 0, signal: null });
    const acknowledged = runs.flatMap((r) => r.lines);
    expect(acknowledged).toHaveLength(WRITERS * PER_WRITER);
    expect(new Set(acknowledged).size).toBe(WRITERS * PER_WRITER);
    const expected = runs.flatMap((_, i) => Array.from({ length: PER_WRITER }, (_, j) => `asg_w${i}_${j}`));
    expect([...acknowledged].sort()).toEqual([...expected].sort());

    const store = await database.open();
    try {
      const { rows, events, audit } = await writtenAssignments(store.db);
      expect(rows.sort()).toEqual([...acknowledged].sort());
      expect(events.every((e) => e.status === 'assigned')).toBe(true);
      expect(events.map((e) => e.assignment_id).sort()).toEqual([...acknowledged].sort());
      expect(audit.every((a) => a.action === 'assignment.create')).toBe(true);
      expect(audit.map((a) => a.entity_id).sort()).toEqual([...acknowledged].sort());
      expect(await verifyStore(store.db)).toEqual([]);
    } finally {
      await store.close();
    }
  }, 600_000);
});
