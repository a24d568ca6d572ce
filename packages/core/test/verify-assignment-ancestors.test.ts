// verifyStore finds `assignment_ancestor` rows that disagree with the closure table — a row missing, a row of a
// unit the assignment does not lie under, a row with other days — names the assignment, and finds nothing in
// the example dataset as core wrote it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyStore, type Store } from '../src/index.js';
import { refreshAssignmentAncestorsOfUnits } from '../src/assignment/assignment-ancestor.repository.js';
import { openFreshExampleStore } from '../src/testing/index.js';

let store: Store;

beforeEach(async () => {
  store = await openFreshExampleStore();
}, 300_000);

afterEach(async () => {
  await store.close();
}, 60_000);

const mismatches = async () => (await verifyStore(store.db)).filter((v) => v.check === 'ASSIGNMENT.ANCESTORS_MISMATCH');

describe('verifyStore: assignment ancestors', () => {
  it('finds nothing wrong in the example dataset', async () => {
    expect(await mismatches()).toEqual([]);
  }, 120_000);

  it('finds a missing row, a row of a unit the assignment is not under, and a row with other days', async () => {
    const [a, b, c] = await store.db
      .selectFrom('assignment')
      .select(['id', 'assignee_unit_id', 'assigned_on'])
      .orderBy('id')
      .limit(3)
      .execute();
    // a: its row at its own unit is gone.
    await store.db
      .deleteFrom('assignment_ancestor')
      .where('assignment_id', '=', a!.id)
      .where('ancestor_unit_id', '=', a!.assignee_unit_id)
      .execute();
    // b: a row under a unit that is none of its ancestors.
    const ancestorsOfB = (
      await store.db.selectFrom('assignment_ancestor').select('ancestor_unit_id').where('assignment_id', '=', b!.id).execute()
    ).map((r) => r.ancestor_unit_id);
    const stranger = await store.db
      .selectFrom('admin_unit')
      .select('id')
      .where('id', 'not in', ancestorsOfB)
      .orderBy('id')
      .executeTakeFirstOrThrow();
    await store.db
      .insertInto('assignment_ancestor')
      .values({
        ancestor_unit_id: stranger.id,
        assigned_on: b!.assigned_on,
        assignment_id: b!.id,
        valid_from: '0001-01-01',
        valid_to: '9999-12-31',
      })
      .execute();
    // c: its row at its own unit is cut to no day at all.
    await store.db
      .updateTable('assignment_ancestor')
      .set((eb) => ({ valid_to: eb.ref('valid_from') }))
      .where('assignment_id', '=', c!.id)
      .where('ancestor_unit_id', '=', c!.assignee_unit_id)
      .execute();

    const found = await mismatches();
    expect(found.map((v) => v.records)).toEqual([[a!.id], [b!.id], [c!.id]]);
    expect(found[0]!.message).toContain('thiếu 1 dòng');
    expect(found[1]!.message).toContain(`thừa 1 dòng (${stranger.id}|`);
    expect(found[2]!.message).toMatch(/thiếu 1 dòng .*thừa 1 dòng/);
  }, 120_000);

  it('is right again once the rows of the units under a changed closure are written again', async () => {
    const { assignee_unit_id: unit } = await store.db
      .selectFrom('assignment')
      .select('assignee_unit_id')
      .orderBy('id')
      .executeTakeFirstOrThrow();
    const ofUnit = store.db
      .selectFrom('assignment_ancestor as s')
      .innerJoin('assignment as a', 'a.id', 's.assignment_id')
      .selectAll('s')
      .where((eb) => eb.or([eb('a.assignee_unit_id', '=', unit), eb('a.place_unit_id', '=', unit)]))
      .orderBy('s.assignment_id')
      .orderBy('s.ancestor_unit_id')
      .orderBy('s.valid_from');
    const written = await ofUnit.execute();
    const ids = [...new Set(written.map((r) => r.assignment_id))];
    await store.db.deleteFrom('assignment_ancestor').where('assignment_id', 'in', ids).execute();
    expect((await mismatches()).map((v) => v.records[0])).toEqual(ids.sort());
    // What refreshClosure does, in its transaction, for every unit whose closure it rewrote.
    await refreshAssignmentAncestorsOfUnits(store.db, [unit]);
    expect(await ofUnit.execute()).toEqual(written);
    expect(await mismatches()).toEqual([]);
  }, 120_000);
});
