import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  changeAssignmentStatus,
  isoDate,
  loadExampleDataset,
  tasksOfPerson,
  tasksOfPersonPage,
  unwrap,
  type AssignmentId,
  type AssignmentStatus,
  type Db,
  type IsoDate,
  type PersonId,
  type PersonTask,
  type Store,
} from '../src/index.js';
import { generateNationalDataset, openFreshExampleStore, openFreshStore, SYNTHETIC_BENCH_SOURCE } from '../src/testing/index.js';

// Runs per dataset and database; a failure prints fast-check's seed, to replay with MTTQ_TASKS_PAGE_SEED=<seed>.
const RUNS = Number(process.env.MTTQ_TASKS_PAGE_RUNS ?? 60);
const SEED = process.env.MTTQ_TASKS_PAGE_SEED ? Number(process.env.MTTQ_TASKS_PAGE_SEED) : undefined;

interface Subject {
  readonly db: Db;
  /** People who carry something on some date (named assignees, holders of any post), and a few who do not. */
  readonly people: readonly PersonId[];
  readonly dates: readonly IsoDate[];
}

const open: Store[] = [];
afterAll(async () => {
  while (open.length > 0) await open.pop()!.close();
});

async function subjectOf(db: Db, dates: readonly IsoDate[]): Promise<Subject> {
  const named = await db.selectFrom('assignment').select('assignee_person_id as id').where('assignee_person_id', 'is not', null).execute();
  const holders = await db.selectFrom('holding').select('person_id as id').execute();
  const others = await db.selectFrom('person').select('id').orderBy('id').limit(5).execute();
  const people = [...new Set([...named, ...holders, ...others].map((r) => r.id as PersonId))].sort();
  return { db, people, dates };
}

/** Every page of a person's tasks on a date, `first` at a time, with each item's cursor. */
async function allPages(db: Db, person: PersonId, date: IsoDate, first: number) {
  const items: PersonTask[] = [];
  const cursors: string[] = [];
  const totals: number[] = [];
  let after: string | undefined;
  for (;;) {
    const page = unwrap(await tasksOfPersonPage(db, person, date, { first, after }));
    // Without the count: the same page, and a total only when page one is the whole list.
    const uncounted = unwrap(await tasksOfPersonPage(db, person, date, { first, after, count: false }));
    expect({ ...uncounted, totalCount: page.totalCount }).toEqual(page);
    expect(uncounted.totalCount).toBe(after === undefined && !page.pageInfo.hasNextPage ? page.totalCount : null);
    expect(page.items.length).toBeLessThanOrEqual(first);
    items.push(...page.items);
    cursors.push(...page.cursors);
    totals.push(page.totalCount);
    if (!page.pageInfo.hasNextPage) return { items, cursors, totals };
    expect(page.items.length).toBe(first);
    after = page.pageInfo.endCursor!;
  }
}

/** The property: paged in SQL, the pages give exactly `tasksOfPerson`'s list, paths included, from any cursor. */
async function pagesMatch(subject: Subject) {
  let carrying = 0;
  await fc.assert(
    fc.asyncProperty(
      fc.constantFrom(...subject.people),
      fc.constantFrom(...subject.dates),
      fc.integer({ min: 1, max: 4 }),
      fc.nat(),
      async (person, date, first, pick) => {
        const whole = await tasksOfPerson(subject.db, person, date);
        const paged = await allPages(subject.db, person, date, first);
        expect(paged.items).toEqual(whole);
        for (const total of paged.totals) expect(total).toBe(whole.length);
        if (whole.length === 0) return;
        carrying++;
        // From the cursor of any item: the items after it, and the whole count.
        const k = pick % whole.length;
        const page = unwrap(await tasksOfPersonPage(subject.db, person, date, { first, after: paged.cursors[k]! }));
        expect(page.items).toEqual(whole.slice(k + 1, k + 1 + first));
        expect(page.totalCount).toBe(whole.length);
        expect(page.pageInfo.hasNextPage).toBe(k + 1 + first < whole.length);
      },
    ),
    { numRuns: RUNS, seed: SEED },
  );
  // The draw must reach people who carry something, or the property says little. A fifth of the runs was
  // missed by chance once on the example dataset (exactly 12 of 60, with an unseeded draw): a tenth.
  expect(carrying).toBeGreaterThan(RUNS / 10);
}

describe('tasks of a person, paged in the database', () => {
  describe('on the example dataset', () => {
    let subject: Subject;
    beforeAll(async () => {
      const store = await openFreshExampleStore();
      open.push(store);
      await loadExampleDataset(store.db);
      // Both eras, the days tasks were given and changed, and days nobody holds anything.
      const days = await store.db.selectFrom('assignment_event').select('on_date').distinct().execute();
      const dates = [
        ...new Set([
          '2019-05-01',
          '2023-01-15',
          '2023-06-01',
          '2024-07-01',
          '2025-06-30',
          '2025-07-01',
          '2026-02-01',
          ...days.map((d) => d.on_date),
        ]),
      ]
        .sort()
        .map(isoDate);
      subject = await subjectOf(store.db, dates);
    }, 120_000);

    it('gives the same tasks with the same paths as tasksOfPerson, page by page and from any cursor', async () => {
      await pagesMatch(subject);
    }, 240_000);

    it('gives Triệu Đức Long his three tasks two at a time, the count on every page', async () => {
      const { db } = subject;
      const long = 'person_trieu-duc-long' as PersonId;
      const date = isoDate('2023-06-01');
      const one = unwrap(await tasksOfPersonPage(db, long, date, { first: 2 }));
      expect(one.totalCount).toBe(3);
      expect(one.items.map((t) => t.paths.map((p) => p.kind))).toEqual([['headOf'], ['headOf']]);
      const two = unwrap(await tasksOfPersonPage(db, long, date, { first: 2, after: one.pageInfo.endCursor! }));
      expect(two.items.map((t) => t.paths.map((p) => p.kind))).toEqual([['post']]);
      expect(two).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: false } });
    });

    it('refuses a malformed cursor and a page size out of range with their codes', async () => {
      const long = 'person_trieu-duc-long' as PersonId;
      const bad = await tasksOfPersonPage(subject.db, long, isoDate('2023-06-01'), { after: 'rac' });
      expect(!bad.ok && bad.error.code).toBe('PAGE.CURSOR_INVALID');
      const big = await tasksOfPersonPage(subject.db, long, isoDate('2023-06-01'), { first: 0 });
      expect(!big.ok && big.error.code).toBe('PAGE.SIZE_INVALID');
    });
  });

  describe('on a generated dataset with work done and cancelled', () => {
    let subject: Subject;
    beforeAll(async () => {
      const store = await openFreshStore();
      open.push(store);
      const dataset = await generateNationalDataset(store.db, {
        seed: 16,
        communes: 3,
        areasPerCommune: 3,
        peoplePerUnit: 4,
        assignmentsPerUnit: 3,
      });
      // Every third assignment done in September (its period ends later, so it stays until the year is over),
      // every fifth cancelled in October: the in-force rule decides, per date, what is on the list.
      const changes: [number, AssignmentStatus, string][] = [];
      for (const i of dataset.assignments.keys()) {
        if (i % 3 === 0) changes.push([i, 'accepted', '2026-08-01'], [i, 'inProgress', '2026-08-15'], [i, 'done', '2026-09-01']);
        else if (i % 5 === 0) changes.push([i, 'cancelled', '2026-10-01']);
      }
      for (const [i, status, on] of changes) {
        const id = dataset.assignments[i]!.id as AssignmentId;
        unwrap(await changeAssignmentStatus(store.db, { assignmentId: id, status, on: isoDate(on), sourceId: SYNTHETIC_BENCH_SOURCE.id }));
      }
      const dates = [
        '2025-06-30',
        '2026-01-01',
        '2026-03-15',
        '2026-06-01',
        '2026-08-20',
        '2026-09-01',
        '2026-10-01',
        '2026-12-31',
        '2027-01-01',
        '2027-06-01',
      ];
      subject = await subjectOf(store.db, dates.map(isoDate));
    }, 240_000);

    it('gives the same tasks with the same paths as tasksOfPerson, page by page and from any cursor', async () => {
      await pagesMatch(subject);
    }, 240_000);
  });
});
