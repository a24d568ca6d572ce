import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_RULE_PACK, checkAssignment, isoDate, tasksOfPerson, unwrap, type Store } from '../src/index.js';
import { openFreshStore } from '../src/testing/index.js';
import { generateNationalDataset, SYNTHETIC_BENCH_SOURCE, type NationalDataset } from '../bench/generate.js';

const SIZE = { seed: 7, communes: 3, areasPerCommune: 2, peoplePerUnit: 4, assignmentsPerUnit: 2 } as const;
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
  it('builds on the real post-2025 provinces and the chosen communes, each in a different province', async () => {
    expect(dataset.provinces).toHaveLength(PROVINCES);
    expect(dataset.communes).toHaveLength(3);
    const parents = await store.db.selectFrom('unit_parent').select('parent_id').where('unit_id', 'in', [...dataset.communes]).execute();
    expect(new Set(parents.map((p) => p.parent_id)).size).toBe(3);
  });

  it('adds synthetic residential areas named "Thôn Tổng Hợp N" under each commune', async () => {
    const areas = await store.db.selectFrom('admin_unit').selectAll().where('source_id', '=', SYNTHETIC_BENCH_SOURCE.id).execute();
    expect(areas).toHaveLength(3 * 2);
    expect(areas.every((a) => a.kind === 'thon' && a.level === 'residentialArea')).toBe(true);
    expect(new Set(areas.map((a) => a.full_name))).toEqual(new Set(['Thôn Tổng Hợp 1', 'Thôn Tổng Hợp 2']));
  });

  it('writes the expected organizations, posts, people and assignments', () => {
    // Province: 9 Front, Party and organization bodies + the Labour federation; commune: 9; area: work board and 4 branches.
    expect(dataset.rowsByTable.organization).toBe(PROVINCES * 10 + 3 * 9 + 6 * 5);
    expect(dataset.rowsByTable.post).toBe(PROVINCES * 12 + 3 * 11 + 6 * 7);
    expect(dataset.rowsByTable.person).toBe((PROVINCES + 3 + 6) * 4);
    expect(dataset.people).toHaveLength((PROVINCES + 3 + 6) * 4);
    expect(dataset.rowsByTable.directive).toBe(PROVINCES);
    expect(dataset.rowsByTable.task).toBe(PROVINCES * 2);
    // Yearly assignments at every province and commune, two to the commune's Front office cadre per area.
    expect(dataset.rowsByTable.assignment).toBe((PROVINCES + 3) * 2 + 6 * 2);
    expect(dataset.assignments).toHaveLength(dataset.rowsByTable.assignment!);
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
    const rows = await store.db.selectFrom('assignment').select(['id', 'rule_pack_id', 'rule_id']).execute();
    expect(rows.every((r) => r.rule_pack_id === DEFAULT_RULE_PACK.id && r.rule_id !== null)).toBe(true);
    expect(new Set(rows.map((r) => r.rule_id))).toEqual(new Set(['nhiem-vu-hang-nam-cung-cap', 'can-bo-co-quan-mat-tran-o-khu-dan-cu']));
    for (const { request } of dataset.assignments) {
      const decision = unwrap(await checkAssignment(store.db, DEFAULT_RULE_PACK, request));
      expect(decision.allowed).toBe(true);
    }
  });

  it('lets a commune Front office cadre find the tasks given at their residential areas', async () => {
    const atArea = dataset.assignments.find((a) => a.request.assignee.kind === 'person')!;
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
