// verifyStore finds each broken invariant that a write could leave behind if it were not serialized (rows
// planted here directly in the tables, as a lost race or a hand edit would leave them), names its records,
// and finds nothing in a sound store.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import {
  createOrganization,
  createPost,
  createPerson,
  assignHolding,
  isoDate,
  loadExampleDataset,
  unwrap,
  validity,
  verifyStore,
  type ExampleDataset,
  type SourceId,
  type Store,
} from '../src/index.js';
import { openFreshExampleStore } from '../src/testing/index.js';

const SOURCE = 'src_minh-hoa' as SourceId;
let store: Store;
let ids: ExampleDataset;

beforeEach(async () => {
  store = await openFreshExampleStore();
  ids = await loadExampleDataset(store.db);
});

afterEach(async () => {
  await store.close();
});

/** A vacant single-seat post with one holder written through core, and a second person. */
async function heldChair() {
  const org = unwrap(await createOrganization(store.db, { type: 'farmersUnion', unitId: ids.units.chiemHoaCommune, sourceId: SOURCE }));
  const post = unwrap(await createPost(store.db, { organizationId: org.id, type: 'chair', sourceId: SOURCE }));
  const [a, b] = [
    unwrap(await createPerson(store.db, { fullName: 'Lý Văn Một', sourceId: SOURCE })),
    unwrap(await createPerson(store.db, { fullName: 'Lý Văn Hai', sourceId: SOURCE })),
  ];
  const term = validity(isoDate('2026-01-01'), isoDate('2027-01-01'));
  const holding = unwrap(await assignHolding(store.db, { personId: a.id, postId: post.id, validity: term, sourceId: SOURCE }));
  return { org, post, a, b, holding };
}

/** Inserts a row as a lost race would have left it, with the audit entry its write would have recorded. */
async function plantHolding(id: string, personId: string, postId: string, from: string, to: string) {
  await store.db
    .insertInto('holding')
    .values({ id, person_id: personId, post_id: postId, term_id: null, valid_from: from, valid_to: to, source_id: SOURCE })
    .execute();
  await store.db
    .insertInto('audit_log')
    .values({
      id: `aud_${id}`,
      at: new Date().toISOString(),
      actor: 'test',
      action: 'holding.create',
      entity_type: 'holding',
      entity_id: id,
      unit_id: null,
      before_json: null,
      after_json: null,
    })
    .execute();
}

describe('verifyStore', () => {
  it('finds nothing wrong in the example dataset', async () => {
    expect(await verifyStore(store.db)).toEqual([]);
  });

  it('finds two holders of a single seat on the same days', async () => {
    const { post, b, holding } = await heldChair();
    await plantHolding('holding_second', b.id, post.id, '2026-06-01', '2026-09-01');
    const found = await verifyStore(store.db);
    expect(found).toEqual([expect.objectContaining({ check: 'HOLDING.SEATS_EXCEEDED', records: [post.id, holding.id, 'holding_second'] })]);
    expect(found[0]!.message).toContain('2 người giữ cùng lúc, vượt quá 1 chỗ');
  });

  it('finds the same person holding the same post twice on the same days', async () => {
    const org = unwrap(await createOrganization(store.db, { type: 'farmersUnion', unitId: ids.units.chiemHoaCommune, sourceId: SOURCE }));
    const post = unwrap(await createPost(store.db, { organizationId: org.id, type: 'viceChair', sourceId: SOURCE }));
    const person = unwrap(await createPerson(store.db, { fullName: 'Lý Văn Ba', sourceId: SOURCE }));
    const first = unwrap(
      await assignHolding(store.db, { personId: person.id, postId: post.id, validity: validity(isoDate('2026-01-01')), sourceId: SOURCE }),
    );
    await plantHolding('holding_again', person.id, post.id, '2026-02-01', '9999-12-31');
    expect(await verifyStore(store.db)).toEqual([
      expect.objectContaining({ check: 'HOLDING.DUPLICATE', records: [first.id, 'holding_again'] }),
    ]);
  });

  it('finds a holding that outlives its post, and a post that outlives its organization', async () => {
    const { org, post, holding } = await heldChair();
    await store.db.updateTable('post').set({ valid_to: '2026-06-01' }).where('id', '=', post.id).execute();
    await store.db.updateTable('organization').set({ valid_to: '2026-03-01' }).where('id', '=', org.id).execute();
    const checks = (await verifyStore(store.db)).map((v) => [v.check, v.records]);
    expect(checks).toEqual([
      ['HOLDING.OUTSIDE_POST', [holding.id, post.id]],
      ['POST.OUTSIDE_ORGANIZATION', [post.id, org.id]],
    ]);
  });

  it('finds one code naming two units of a level on the same day', async () => {
    const row = {
      id: 'unit_planted',
      code: '02287',
      kind: 'xa',
      level: 'commune',
      name: 'Trùng Mã',
      full_name: 'Xã Trùng Mã',
      search_key: 'xa trung ma',
    };
    await store.db
      .insertInto('admin_unit')
      .values({ ...row, valid_from: '2026-01-01', valid_to: '9999-12-31', source_id: SOURCE })
      .execute();
    await store.db
      .insertInto('unit_closure')
      .values({ ancestor_id: row.id, descendant_id: row.id, depth: 0, valid_from: '2026-01-01', valid_to: '9999-12-31' })
      .execute();
    await store.db
      .insertInto('audit_log')
      .values({
        id: 'aud_unit_planted',
        at: new Date().toISOString(),
        actor: 'test',
        action: 'unit.create',
        entity_type: 'unit',
        entity_id: row.id,
        unit_id: row.id,
        before_json: null,
        after_json: null,
      })
      .execute();
    const found = await verifyStore(store.db);
    expect(found.map((v) => [v.check, v.records])).toEqual([['UNIT.CODE_SHARED', [ids.units.chiemHoaCommune, 'unit_planted']]]);
  });

  it('finds a closure row that the parent links do not give, and one that is missing', async () => {
    await store.db.deleteFrom('unit_closure').where('descendant_id', '=', ids.units.vinhLocTownship).where('depth', '=', 1).execute();
    const found = await verifyStore(store.db);
    const closure = found.filter((v) => v.check === 'UNIT.CLOSURE_MISMATCH');
    expect(closure.map((v) => v.records)).toEqual([[ids.units.vinhLocTownship]]);
    expect(closure[0]!.message).toMatch(/thiếu 1 dòng/);
    // The assignments' ancestor rows are checked against the closure table, so the ones below the damaged unit are named too.
    expect(found.filter((v) => v !== closure[0]).map((v) => v.check)).toEqual(
      found.filter((v) => v !== closure[0]).map(() => 'ASSIGNMENT.ANCESTORS_MISMATCH'),
    );
  });

  it('finds an assignment whose events are broken: a repeated number, a step the lifecycle forbids, a stale status', async () => {
    const assignment = await store.db.selectFrom('assignment').select(['id', 'source_id']).orderBy('id').executeTakeFirstOrThrow();
    const last = await store.db
      .selectFrom('assignment_event')
      .select(sql<number>`max(seq)`.as('seq'))
      .where('assignment_id', '=', assignment.id)
      .executeTakeFirstOrThrow();
    for (const [i, status] of (['done', 'cancelled'] as const).entries()) {
      await store.db
        .insertInto('assignment_event')
        .values({
          id: `evt_planted_${i}`,
          assignment_id: assignment.id,
          seq: Number(last.seq) + 1 + i,
          status,
          on_date: '2099-01-01',
          note: null,
          source_id: assignment.source_id,
        })
        .execute();
      await store.db
        .insertInto('audit_log')
        .values({
          id: `aud_planted_${i}`,
          at: new Date().toISOString(),
          actor: 'test',
          action: `assignment.status.${status}`,
          entity_type: 'assignment',
          entity_id: assignment.id,
          unit_id: null,
          before_json: null,
          after_json: null,
        })
        .execute();
    }
    const found = await verifyStore(store.db);
    expect(found.every((v) => v.check === 'ASSIGNMENT.EVENTS_BROKEN' && v.records[0] === assignment.id)).toBe(true);
    expect(found.map((v) => v.message).join('\n')).toMatch(/chuyển từ "done" sang "cancelled"/);
    expect(found.map((v) => v.message).join('\n')).toMatch(/trạng thái ghi là/);
  });

  it('finds an assignment given through a holding that was later cut back to before the day it was given', async () => {
    const given = await store.db
      .selectFrom('assignment')
      .select(['id', 'assignee_person_id', 'assignee_via_post_id', 'assigned_on'])
      .where('assignee_kind', '=', 'person')
      .orderBy('assigned_on')
      .executeTakeFirstOrThrow();
    await store.db
      .updateTable('holding')
      .set({ valid_to: '2023-01-01' })
      .where('person_id', '=', given.assignee_person_id!)
      .where('post_id', '=', given.assignee_via_post_id!)
      .execute();
    const found = await verifyStore(store.db);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((v) => v.check === 'ASSIGNMENT.BASIS_GONE')).toBe(true);
    expect(found.map((v) => v.records[0])).toContain(given.id);
    expect(found[0]!.message).toContain('không còn giữ chức vụ');
  });

  it('finds a record written without its audit entry, and names it', async () => {
    const { post, b } = await heldChair();
    await store.db
      .insertInto('holding')
      .values({
        id: 'holding_unaudited',
        person_id: b.id,
        post_id: post.id,
        term_id: null,
        valid_from: '2027-01-01',
        valid_to: '2028-01-01',
        source_id: SOURCE,
      })
      .execute();
    expect(await verifyStore(store.db)).toEqual([
      expect.objectContaining({ check: 'AUDIT.MISSING_ENTRIES', records: ['holding_unaudited'] }),
    ]);
  });
});
