// Migration 0013 makes `subtree_count_change` for the assignments stored before it, as the writes make it for new
// ones: the example dataset's changes, written by core, are put aside, the table is dropped (`down`) and made
// again (`up`, which fills it from `assignment_ancestor`), and the changes must be the same (keys that cancel out
// aside); the counted pages then answer as before and verifyStore finds nothing.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { assignmentsInSubtree, isoDate, unwrap, verifyStore, type Store, type UnitId } from '../src/index.js';
import { down, up } from '../src/store/migrations/0013-subtree-count-changes.js';
import { openFreshExampleStore } from '../src/testing/index.js';

let store: Store;

beforeEach(async () => {
  store = await openFreshExampleStore();
}, 300_000);

afterEach(async () => {
  await store.close();
}, 60_000);

const changes = async (s: Store) =>
  (
    await s.db
      .selectFrom('subtree_count_change')
      .selectAll()
      .where('delta', '<>', 0)
      .orderBy('ancestor_unit_id')
      .orderBy('on_date')
      .execute()
  ).map((r) => ({ ...r, delta: Number(r.delta) }));

describe('migration 0013: subtree count changes', () => {
  it('fills, for a store written before it, the changes the writes make', async () => {
    const written = await changes(store);
    expect(written.length).toBeGreaterThan(10);
    const units = [...new Set(written.map((r) => r.ancestor_unit_id))].sort() as UnitId[];
    const dates = ['2023-10-01', '2025-06-30', '2026-03-01'].map(isoDate);
    const totals = async () => {
      const out: (number | null)[] = [];
      for (const unit of units)
        for (const date of dates) out.push(unwrap(await assignmentsInSubtree(store.db, unit, date, {}, { first: 1 })).totalCount);
      return out;
    };
    const before = await totals();
    expect(before.some((n) => (n ?? 0) > 1)).toBe(true);

    await down(store.db);
    await up(store.db);

    expect(await changes(store)).toEqual(written);
    expect(await totals()).toEqual(before);
    expect(await verifyStore(store.db)).toEqual([]);
  }, 300_000);
});
