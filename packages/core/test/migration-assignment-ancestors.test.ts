// Migration 0010 makes `assignment_ancestor` for the assignments stored before it, as the writes make it for
// new ones: the example dataset's rows, written by core, are put aside, the table is dropped (`down`) and made
// again (`up`, which backfills it from the closure table), and the rows must be the same; the listings then
// answer as before and verifyStore finds nothing.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { assignmentsInSubtree, isoDate, unwrap, verifyStore, type Store, type UnitId } from '../src/index.js';
import { down, up } from '../src/store/migrations/0010-assignment-ancestors.js';
import { openFreshExampleStore } from '../src/testing/index.js';

let store: Store;

beforeEach(async () => {
  store = await openFreshExampleStore();
}, 300_000);

afterEach(async () => {
  await store.close();
}, 60_000);

const allRows = (s: Store) =>
  s.db
    .selectFrom('assignment_ancestor')
    .selectAll()
    .orderBy('ancestor_unit_id')
    .orderBy('assigned_on')
    .orderBy('assignment_id')
    .orderBy('valid_from')
    .execute();

describe('migration 0010: assignment ancestors', () => {
  it('backfills, for a store written before it, the rows the writes make', async () => {
    const written = await allRows(store);
    const assignments = await store.db.selectFrom('assignment').select('id').execute();
    expect(assignments.length).toBeGreaterThan(20);
    expect(new Set(written.map((r) => r.assignment_id)).size).toBe(assignments.length);
    const units = [...new Set(written.map((r) => r.ancestor_unit_id))].sort() as UnitId[];
    const dates = ['2023-10-01', '2025-06-30', '2026-03-01'].map(isoDate);
    const listings = async () => {
      const out: string[][] = [];
      for (const unit of units)
        for (const date of dates)
          out.push(unwrap(await assignmentsInSubtree(store.db, unit, date, {}, { first: 500 })).items.map((v) => v.assignment.id));
      return out;
    };
    const before = await listings();

    await down(store.db);
    await up(store.db);

    expect(await allRows(store)).toEqual(written);
    expect(await listings()).toEqual(before);
    expect(await verifyStore(store.db)).toEqual([]);
  }, 300_000);
});
