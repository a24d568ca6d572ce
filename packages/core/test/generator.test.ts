import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_RULE_PACK, checkAssignment, isoDate, tasksOfPerson, unwrap, verifyStore, type Store } from '../src/index.js';
import { generateNationalDataset, openFreshStore, SYNTHETIC_BENCH_SOURCE, type NationalDataset } from '../src/testing/index.js';

const SIZE = { seed: 7, communes: 3, areasPerCommune: 2, peoplePerUnit: 4, assignmentsPerUnit: 3 } as const;
const PROVINCES = 34;

let store: Store;
let dataset: NationalDataset;

beforeAll(async () => {
  store = await openFreshStore();
  dataset = await generateNationalDataset(store.db, SIZE);
}, 120_000);

afterAll(async () => {
  await store?.close();
});

describe('the national benchmark generator at a tiny size', () => {
  it('leaves a store in which verifyStore finds nothing wrong', async () => {
    expect(await verifyStore(store.db)).toEqual([]);
  });

  it('builds on the real post-2025 provinces and the chosen communes, each in a different province', async () => {
    expect(dataset.provinces).toHaveLength(PROVINCES);
    expect(dataset.communes).toHaveLength(3);
    const parents = await store.db
      .selectFrom('unit_parent')
      .select('parent_id')
      .where('unit_id', 'in', [...dataset.communes])
      .execute();
    expect(new Set(parents.map((p) => p.parent_id)).size).toBe(3);
  });

  it('adds synthetic residential areas named "Thôn Tổng Hợp N" under each commune', async () => {
    const areas = await store.db.selectFrom('admin_unit').selectAll().where('source_id', '=', SYNTHETIC_BENCH_SOURCE.id).execute();
    expect(areas).toHaveLength(3 * 2);
    expect(areas.every((a) => a.kind === 'thon' && a.level === 'residentialArea')).toBe(true);
    expect(new Set(areas.map((a) => a.full_name))).toEqual(new Set(['Thôn Tổng Hợp 1', 'Thôn Tổng Hợp 2']));
  });

  it('writes the expected organizations, posts, people, terms, directives and assignments', () => {
    // Province: the Party (3 bodies), the Front (3), the four organizations and their standing boards (8), the
    // council and committee (2), and 8 more (Labour federation and its board, the Party's merged propaganda and mass
    // mobilization board — no separate Ban Dân vận from 2025 —, delegation, caucus, National Assembly delegation,
    // two departments); commune: the first 16; area: work board and 4 branches.
    expect(dataset.rowsByTable.organization).toBe(PROVINCES * 24 + 3 * 16 + 6 * 5);
    expect(dataset.rowsByTable.post).toBe(PROVINCES * 24 + 3 * 22 + 6 * 11);
    expect(dataset.rowsByTable.person).toBe((PROVINCES + 3 + 6) * 4);
    expect(dataset.people).toHaveLength((PROVINCES + 3 + 6) * 4);
    expect(dataset.peopleCount).toBe((PROVINCES + 3 + 6) * 4);
    // One term of the Front committee per province and commune, which every holding there and below belongs to.
    expect(dataset.rowsByTable.term).toBe(PROVINCES + 3);
    expect(dataset.rowsByTable.directive).toBe(PROVINCES + 3);
    expect(dataset.rowsByTable.task).toBe(PROVINCES * 2 + 3 * 4);
    // Yearly ones to the Front and each organization (6 at a province, 5 at a commune), the province Front's
    // movement to each commune's, and 3 per area: the cadre's regular work, a movement, a monthly meeting.
    expect(dataset.rowsByTable.assignment).toBe(PROVINCES * 6 + 3 * 6 + 6 * 3);
    expect(dataset.rowsByTable.assignment_event).toBe(dataset.rowsByTable.assignment);
    expect(dataset.assignments).toHaveLength(dataset.rowsByTable.assignment!);
    expect(dataset.assignmentCount).toBe(dataset.rowsByTable.assignment);
    // The bulk loader writes one audit entry per batch: one for the provinces, one for the three communes.
    expect(dataset.bulk.batches).toBe(2);
  });

  it('keeps a seeded sample when asked for fewer people and assignments than it wrote', async () => {
    const again = await openFreshStore();
    try {
      const sampled = await generateNationalDataset(again.db, { ...SIZE, sampleSize: 10 });
      expect(sampled.people).toHaveLength(10);
      expect(sampled.assignments).toHaveLength(10);
      expect(sampled.assignmentCount).toBe(dataset.assignmentCount);
      expect(sampled.people.every((p) => dataset.people.includes(p))).toBe(true);
    } finally {
      await again.close();
    }
  });

  it('gives some people two posts at once', async () => {
    const counts = await store.db
      .selectFrom('holding')
      .select(['person_id', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy('person_id')
      .execute();
    expect(counts.some((c) => Number(c.n) >= 2)).toBe(true);
  });

  it('wrote only assignments the default rule pack allows, each recording its rule', async () => {
    const rows = await store.db
      .selectFrom('assignment')
      .select(['id', 'rule_pack_id', 'rule_id', 'assignee_via_post_id', 'assignee_unit_id'])
      .execute();
    expect(rows.every((r) => r.rule_pack_id === DEFAULT_RULE_PACK.id && r.rule_id !== null)).toBe(true);
    expect(new Set(rows.map((r) => r.rule_id))).toEqual(
      new Set([
        'nhiem-vu-hang-nam-cung-cap',
        'phat-dong-phong-trao',
        'can-bo-co-quan-mat-tran-o-khu-dan-cu',
        'du-sinh-hoat-dinh-ky-o-khu-dan-cu',
      ]),
    );
    // The bulk loader decided on facts it built in memory; the store's own check, reading them back, agrees.
    const byId = new Map(rows.map((r) => [r.id, r]));
    for (const { id, request } of dataset.assignments) {
      const decision = unwrap(await checkAssignment(store.db, DEFAULT_RULE_PACK, request));
      expect(decision.allowed).toBe(true);
      if (!decision.allowed) continue;
      const row = byId.get(id)!;
      expect([row.rule_id, row.assignee_via_post_id, row.assignee_unit_id]).toEqual([
        decision.ruleId,
        decision.viaPostId,
        decision.assigneeUnitId,
      ]);
    }
  });

  it('lets a commune Front office cadre find the tasks given at their residential areas', async () => {
    const atArea = dataset.assignments.find((a) => a.request.taskKind === 'regular')!;
    const tasks = await tasksOfPerson(store.db, atArea.request.assignee.id as never, isoDate('2026-06-01'));
    expect(tasks.some((t) => t.view.assignment.id === atArea.id)).toBe(true);
  });

  it('gives the same rows for the same seed', async () => {
    const again = await openFreshStore();
    try {
      const second = await generateNationalDataset(again.db, SIZE);
      expect(second.people).toEqual(dataset.people);
      expect(second.assignments).toEqual(dataset.assignments);
    } finally {
      await again.close();
    }
  });
});
