// The unfiltered count of a subtree on a date, read from `subtree_count_change` (a sum of changes per unit and
// day), equals the scan it replaces — the unit's `assignment_ancestor` rows that hold on the date — for random
// units and days, on the example dataset as core writes it, and after the rows of random units are written
// again from a randomly changed closure table (what `refreshClosure` does when the hierarchy changes). The page
// carries that count, and verifyStore finds the changes sound throughout.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assignmentsInSubtree, isoDate, unwrap, verifyStore, type Db, type IsoDate, type Store, type UnitId } from '../src/index.js';
import { refreshAssignmentAncestorsOfUnits } from '../src/assignment/assignment-ancestor.repository.js';
import { subtreeCountOn } from '../src/assignment/subtree-count.queries.js';
import { openFreshExampleStore } from '../src/testing/index.js';

// Runs per database; a failure prints fast-check's seed, to replay with MTTQ_SUBTREE_COUNT_SEED=<seed>.
const RUNS = Number(process.env.MTTQ_SUBTREE_COUNT_RUNS ?? 100);
const SEED = process.env.MTTQ_SUBTREE_COUNT_SEED ? Number(process.env.MTTQ_SUBTREE_COUNT_SEED) : undefined;

let store: Store;
let db: Db;
let units: UnitId[];
/** Days on which something changes (assignment dates, closure bounds) and the days either side. */
let days: IsoDate[];

beforeAll(async () => {
  store = await openFreshExampleStore();
  db = store.db;
  units = (await db.selectFrom('admin_unit').select('id').orderBy('id').execute()).map((u) => u.id as UnitId);
  const edges = new Set<string>();
  for (const r of await db.selectFrom('assignment_ancestor').select(['assigned_on', 'valid_from', 'valid_to']).execute())
    for (const d of [r.assigned_on, r.valid_from, r.valid_to]) if (d > '1900' && d < '9000') edges.add(d);
  days = [...edges].flatMap((d) => [shift(d, -1), d, shift(d, 1)]).sort() as IsoDate[];
}, 120_000);

afterAll(async () => {
  await store.close();
});

function shift(day: string, by: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + by);
  return d.toISOString().slice(0, 10);
}

/** The count the listing made before the changes table: a scan of the unit's ancestor rows on the date. */
async function scanned(on: Db, unitId: UnitId, date: IsoDate): Promise<number> {
  const { n } = await on
    .selectFrom('assignment_ancestor')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('ancestor_unit_id', '=', unitId)
    .where('assigned_on', '<=', date)
    .where('valid_from', '<=', date)
    .where('valid_to', '>', date)
    .executeTakeFirstOrThrow();
  return Number(n);
}

const countMismatches = async (on: Db) => (await verifyStore(on)).filter((v) => v.check === 'ASSIGNMENT.SUBTREE_COUNTS_MISMATCH');

/** A unit and a day: busy units and days where counts change drawn most often. */
function unitAndDay() {
  const day = fc.oneof(
    { arbitrary: fc.constantFrom(...days), weight: 4 },
    {
      arbitrary: fc
        .date({ min: new Date('2010-01-01'), max: new Date('2032-12-31'), noInvalidDate: true })
        .map((d) => isoDate(d.toISOString().slice(0, 10))),
      weight: 1,
    },
  );
  return fc.tuple(fc.constantFrom(...units), day);
}

describe('subtree counts from count changes', () => {
  it('equal the scan of ancestor rows for random units and days in the example dataset, and in the counted page', async () => {
    expect(await countMismatches(db)).toEqual([]);
    const { n } = await db
      .selectFrom('subtree_count_change')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(n)).toBeGreaterThan(10);
    await fc.assert(
      fc.asyncProperty(unitAndDay(), async ([unitId, date]) => {
        const want = await scanned(db, unitId, date);
        expect(await subtreeCountOn(db, unitId, date)).toBe(want);
        const page = unwrap(await assignmentsInSubtree(db, unitId, date, {}, { first: 2 }));
        expect(page.totalCount).toBe(want);
      }),
      { numRuns: RUNS, ...(SEED !== undefined && { seed: SEED }) },
    );
  }, 600_000);

  it('follow the ancestor rows when random units get them written again from a randomly changed closure', async () => {
    const closureRows = await db
      .selectFrom('unit_closure')
      .selectAll()
      .where('depth', '>', 0)
      .orderBy('descendant_id')
      .orderBy('ancestor_id')
      .orderBy('valid_from')
      .execute();
    const descendants = [...new Set(closureRows.map((c) => c.descendant_id))] as UnitId[];
    const change = fc.record({
      // A closure row of some unit: cut to end earlier, made to start later, or removed.
      row: fc.integer({ min: 0, max: closureRows.length - 1 }),
      kind: fc.constantFrom('cut', 'start later', 'remove'),
      day: fc.constantFrom(...days),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.array(change, { minLength: 1, maxLength: 4 }),
        fc.subarray(descendants, { minLength: 1, maxLength: 6 }),
        fc.array(unitAndDay(), { minLength: 3, maxLength: 8 }),
        async (changes, refreshed, probes) => {
          await rolledBack(async (trx) => {
            for (const c of changes) {
              const row = closureRows[c.row]!;
              const inside = c.day > row.valid_from && c.day < row.valid_to;
              const key = { ancestor_id: row.ancestor_id, descendant_id: row.descendant_id, valid_from: row.valid_from };
              if (c.kind === 'remove')
                await trx
                  .deleteFrom('unit_closure')
                  .where((eb) => eb.and(key))
                  .execute();
              else if (c.kind === 'cut' && inside)
                await trx
                  .updateTable('unit_closure')
                  .set({ valid_to: c.day })
                  .where((eb) => eb.and(key))
                  .execute();
              else if (c.kind === 'start later' && inside)
                await trx
                  .updateTable('unit_closure')
                  .set({ valid_from: c.day })
                  .where((eb) => eb.and(key))
                  .execute();
            }
            // What refreshClosure does, in its transaction, for every unit whose closure it rewrote.
            const touched = [...new Set([...refreshed, ...changes.map((c) => closureRows[c.row]!.descendant_id as UnitId)])];
            await refreshAssignmentAncestorsOfUnits(trx, touched);
            for (const [unitId, date] of probes) expect(await subtreeCountOn(trx, unitId, date)).toBe(await scanned(trx, unitId, date));
            expect(await countMismatches(trx)).toEqual([]);
          });
        },
      ),
      { numRuns: Math.max(10, Math.round(RUNS / 4)), ...(SEED !== undefined && { seed: SEED }) },
    );
    expect(await countMismatches(db)).toEqual([]);
  }, 600_000);

  it('are named by verifyStore when a change is lost, with the unit and the day', async () => {
    const first = await db
      .selectFrom('subtree_count_change')
      .selectAll()
      .where('delta', '<>', 0)
      .orderBy('ancestor_unit_id')
      .orderBy('on_date')
      .executeTakeFirstOrThrow();
    await rolledBack(async (trx) => {
      await trx
        .deleteFrom('subtree_count_change')
        .where('ancestor_unit_id', '=', first.ancestor_unit_id)
        .where('on_date', '=', first.on_date)
        .execute();
      const found = await countMismatches(trx);
      expect(found.map((v) => v.records)).toEqual([[first.ancestor_unit_id]]);
      expect(found[0]!.message).toContain(`${first.on_date}: 0 ≠ ${first.delta}`);
      expect(found[0]!.texts!.en).toContain('do not match');
    });
  }, 120_000);
});

class Rollback extends Error {}

/** Runs `check` in a transaction that is then rolled back, so the store stays as the example dataset wrote it. */
async function rolledBack(check: (trx: Db) => Promise<void>): Promise<void> {
  await db
    .transaction()
    .execute(async (trx) => {
      await check(trx);
      throw new Rollback();
    })
    .catch((error: unknown) => {
      if (!(error instanceof Rollback)) throw error;
    });
}
