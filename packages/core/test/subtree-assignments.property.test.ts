// The subtree listing read from `assignment_ancestor` gives, page after page, exactly what the closure table
// says: compared with a straightforward reference (every assignment, its units' ancestors on the date from
// `unit_closure`, the filters and the status on the date worked out in memory, sorted) on random units of both
// eras, dates, filters and page sizes, walking every page with its cursor.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ASSIGNMENT_STATUSES,
  TASK_KINDS,
  assignmentsInSubtree,
  isoDate,
  unwrap,
  verifyStore,
  type AssignmentStatus,
  type Db,
  type DirectiveId,
  type IsoDate,
  type Store,
  type TaskKind,
  type UnitId,
} from '../src/index.js';
import type { AssignmentTable, UnitClosureTable } from '../src/store/database.js';
import { openFreshExampleStore } from '../src/testing/index.js';

// Runs per database; a failure prints fast-check's seed, to replay with MTTQ_SUBTREE_SEED=<seed>.
const RUNS = Number(process.env.MTTQ_SUBTREE_RUNS ?? 200);
const SEED = process.env.MTTQ_SUBTREE_SEED ? Number(process.env.MTTQ_SUBTREE_SEED) : undefined;
const DATES = [
  '2019-05-01',
  '2021-06-01',
  '2023-01-15',
  '2023-08-01',
  '2023-10-01',
  '2024-07-01',
  '2025-06-30',
  '2025-07-01',
  '2026-03-01',
].map(isoDate);

let store: Store;
let db: Db;
let units: UnitId[];
let assignments: AssignmentTable[];
let closureOf: Map<string, UnitClosureTable[]>;
let taskOf: Map<string, { directive_id: string; kind: string }>;
let eventsOf: Map<string, { seq: number; status: string; on_date: string }[]>;
let directives: DirectiveId[];
let periodKeys: string[];

beforeAll(async () => {
  store = await openFreshExampleStore();
  db = store.db;
  units = (await db.selectFrom('admin_unit').select('id').orderBy('id').execute()).map((u) => u.id as UnitId);
  assignments = await db.selectFrom('assignment').selectAll().execute();
  closureOf = new Map();
  for (const c of await db.selectFrom('unit_closure').selectAll().execute())
    closureOf.set(c.descendant_id, [...(closureOf.get(c.descendant_id) ?? []), c]);
  taskOf = new Map((await db.selectFrom('task').select(['id', 'directive_id', 'kind']).execute()).map((t) => [t.id, t]));
  eventsOf = new Map();
  for (const e of await db.selectFrom('assignment_event').select(['assignment_id', 'seq', 'status', 'on_date']).execute())
    eventsOf.set(e.assignment_id, [...(eventsOf.get(e.assignment_id) ?? []), e]);
  directives = [...new Set([...taskOf.values()].map((t) => t.directive_id as DirectiveId))].sort();
  periodKeys = [...new Set(assignments.map((a) => a.period_key))].sort();
}, 120_000);

afterAll(async () => {
  await store.close();
});

interface Filter {
  directiveId?: DirectiveId;
  status?: AssignmentStatus;
  periodKey?: string;
  taskKind?: TaskKind;
}

/** The listing as the closure table and the events say it, in assignment date then id order. */
function reference(unitId: string, date: IsoDate, filter: Filter): string[] {
  const under = (u: string | null) =>
    u !== null && (closureOf.get(u) ?? []).some((c) => c.ancestor_id === unitId && c.valid_from <= date && date < c.valid_to);
  const statusOn = (id: string) =>
    (eventsOf.get(id) ?? [])
      .filter((e) => e.on_date <= date)
      .sort((a, b) => a.seq - b.seq)
      .at(-1)?.status;
  return assignments
    .filter((a) => a.assigned_on <= date && (under(a.assignee_unit_id) || under(a.place_unit_id)))
    .filter((a) => !filter.directiveId || taskOf.get(a.task_id)!.directive_id === filter.directiveId)
    .filter((a) => !filter.taskKind || taskOf.get(a.task_id)!.kind === filter.taskKind)
    .filter((a) => !filter.periodKey || a.period_key === filter.periodKey)
    .filter((a) => !filter.status || statusOn(a.id) === filter.status)
    .sort((a, b) => (a.assigned_on < b.assigned_on ? -1 : a.assigned_on > b.assigned_on ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((a) => a.id);
}

/** Every page of the listing, walked with the cursors it gives. */
async function walk(unitId: UnitId, date: IsoDate, filter: Filter, first: number) {
  const ids: string[] = [];
  const totals: number[] = [];
  let after: string | undefined;
  for (let pages = 0; pages < 1000; pages++) {
    const page = unwrap(await assignmentsInSubtree(db, unitId, date, filter, { first, ...(after && { after }) }));
    // Without the count: the same page, and a total only when page one is the whole list.
    const uncounted = unwrap(await assignmentsInSubtree(db, unitId, date, filter, { first, ...(after && { after }), count: false }));
    expect(uncounted.items).toEqual(page.items);
    expect(uncounted.pageInfo).toEqual(page.pageInfo);
    expect(uncounted.totalCount).toBe(after === undefined && !page.pageInfo.hasNextPage ? page.totalCount : null);
    ids.push(...page.items.map((v) => v.assignment.id));
    totals.push(page.totalCount);
    if (!page.pageInfo.hasNextPage) return { ids, totals, lastPageSize: page.items.length };
    expect(page.items.length).toBe(first);
    after = page.pageInfo.endCursor!;
  }
  throw new Error('more than 1000 pages');
}

describe('assignmentsInSubtree against the closure table', () => {
  it('the example dataset has assignments in subtrees of every level, and its ancestor rows verify', async () => {
    expect(assignments.length).toBeGreaterThan(20);
    const { n } = await db
      .selectFrom('assignment_ancestor')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(n)).toBeGreaterThan(assignments.length);
    expect((await verifyStore(db)).filter((v) => v.check === 'ASSIGNMENT.ANCESTORS_MISMATCH')).toEqual([]);
    const nonEmpty = units.filter((u) => DATES.some((d) => reference(u, d, {}).length > 0));
    expect(nonEmpty.length).toBeGreaterThan(5);
  });

  it('gives the reference listing for random units, dates, filters and page sizes, page after page', async () => {
    const unit = fc.constantFrom(...units);
    // Units with work below them are drawn more often than the whole list would give them.
    const busy = fc.constantFrom(...units.filter((u) => DATES.some((d) => reference(u, d, {}).length > 0)));
    const filter = fc.record(
      {
        directiveId: fc.constantFrom(...directives),
        status: fc.constantFrom(...ASSIGNMENT_STATUSES),
        periodKey: fc.constantFrom(...periodKeys),
        taskKind: fc.constantFrom(...(Object.keys(TASK_KINDS) as TaskKind[])),
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(
        fc.oneof({ arbitrary: busy, weight: 4 }, { arbitrary: unit, weight: 1 }),
        fc.constantFrom(...DATES),
        fc.oneof({ arbitrary: fc.constant({}), weight: 2 }, { arbitrary: filter, weight: 3 }),
        fc.integer({ min: 1, max: 9 }),
        async (unitId, date, f, first) => {
          const want = reference(unitId, date, f);
          const got = await walk(unitId, date, f, first);
          expect(got.ids).toEqual(want);
          // Every page but an empty page after the first carries the whole count.
          expect(new Set(got.totals)).toEqual(new Set([want.length]));
        },
      ),
      { numRuns: RUNS, ...(SEED !== undefined && { seed: SEED }) },
    );
  }, 600_000);
});
