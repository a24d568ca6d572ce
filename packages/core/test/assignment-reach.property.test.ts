import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEFAULT_RULE_PACK,
  TASK_KINDS,
  checkAssignment,
  isoDate,
  loadExampleDataset,
  mayAssignTo,
  unwrap,
  whoMayAssign,
  type AssigneeRef,
  type AssignerRef,
  type AssignmentReach,
  type Db,
  type IsoDate,
  type KeysetPage,
  type ReachError,
  type Result,
  type Store,
  type TaskKind,
  type UnitId,
} from '../src/index.js';
import { openFreshExampleStore } from '../src/testing/index.js';

// Runs per database; a failure prints fast-check's seed, to replay with MTTQ_REACH_SEED=<seed>.
const RUNS = Number(process.env.MTTQ_REACH_RUNS ?? 100);
const SEED = process.env.MTTQ_REACH_SEED ? Number(process.env.MTTQ_REACH_SEED) : undefined;
const DATES = ['2019-05-01', '2021-06-01', '2023-01-15', '2023-08-01', '2025-06-30', '2025-07-01', '2026-02-01'].map(isoDate);
const pack = DEFAULT_RULE_PACK;

interface Party<R> {
  readonly ref: R;
  readonly unitId: string;
  /** The organization's type (a post's or a holder's organization). */
  readonly type: string;
  /** When that organization is in force (stored form). */
  readonly from: string;
  readonly to: string;
}

let store: Store;
let db: Db;
let assigners: Party<AssignerRef>[];
let assignees: Party<AssigneeRef>[];
/** For each unit, the units at or below it on any date: where an assignee "near" an assigner is drawn from. */
let below: Map<string, Set<string>>;
let places: UnitId[];

beforeAll(async () => {
  store = await openFreshExampleStore();
  db = store.db;
  await loadExampleDataset(db);
  const orgs = await db.selectFrom('organization').select(['id', 'unit_id', 'type', 'valid_from', 'valid_to']).orderBy('id').execute();
  const posts = await db
    .selectFrom('post as p')
    .innerJoin('organization as o', 'o.id', 'p.organization_id')
    .select(['p.id', 'o.unit_id', 'o.type', 'o.valid_from', 'o.valid_to'])
    .orderBy('p.id')
    .execute();
  const held = await db
    .selectFrom('holding as h')
    .innerJoin('post as p', 'p.id', 'h.post_id')
    .innerJoin('organization as o', 'o.id', 'p.organization_id')
    .select(['h.person_id', 'o.unit_id', 'o.type', 'o.valid_from', 'o.valid_to'])
    .orderBy('h.id')
    .execute();
  const bodies = [
    ...orgs.map((o) => ({
      ref: { kind: 'organization' as const, id: o.id as never },
      unitId: o.unit_id,
      type: o.type,
      from: o.valid_from,
      to: o.valid_to,
    })),
    ...posts.map((p) => ({
      ref: { kind: 'post' as const, id: p.id as never },
      unitId: p.unit_id,
      type: p.type,
      from: p.valid_from,
      to: p.valid_to,
    })),
  ];
  assigners = bodies;
  assignees = [
    ...bodies,
    ...held.map((h) => ({
      ref: { kind: 'person' as const, id: h.person_id as never },
      unitId: h.unit_id,
      type: h.type,
      from: h.valid_from,
      to: h.valid_to,
    })),
  ];
  below = new Map();
  for (const c of await db.selectFrom('unit_closure').select(['ancestor_id', 'descendant_id']).execute()) {
    below.set(c.ancestor_id, (below.get(c.ancestor_id) ?? new Set()).add(c.descendant_id));
  }
  const areas = await db.selectFrom('admin_unit').select('id').where('level', 'in', ['commune', 'residentialArea']).orderBy('id').execute();
  places = areas.map((a) => a.id as UnitId);
}, 120_000);
afterAll(async () => store.close());

/** The province in force on the date: the root of `mayAssignTo`. */
async function rootOn(date: IsoDate): Promise<UnitId> {
  const row = await db
    .selectFrom('admin_unit')
    .select('id')
    .where('level', '=', 'province')
    .where('valid_from', '<=', date)
    .where('valid_to', '>', date)
    .executeTakeFirstOrThrow();
  return row.id as UnitId;
}

/** Every answer over all pages of a listing, checking each page's cursor leads to the next. */
async function allPages(
  list: (after?: string) => Promise<Result<KeysetPage<AssignmentReach>, ReachError>>,
): Promise<{ items: AssignmentReach[]; totalCount: number }> {
  const items: AssignmentReach[] = [];
  let page = unwrap(await list());
  items.push(...page.items);
  while (page.pageInfo.hasNextPage) {
    page = unwrap(await list(page.pageInfo.endCursor!));
    expect(page.items.length).toBeGreaterThan(0);
    expect(page.cursors.length).toBe(page.items.length);
    items.push(...page.items);
  }
  return { items, totalCount: page.totalCount };
}

const key = (ref: { kind: string; id: string }) => `${ref.kind}:${ref.id}`;

describe('the reverse questions agree with checkAssignment', () => {
  it(
    'on random pairs of the example dataset: allowed ⇔ named by whoMayAssign ⇔ named by mayAssignTo, every page walked once',
    { timeout: 600_000 },
    async () => {
      let allowedRuns = 0;
      // Half the pairs are drawn at random; the other half are guided by a rule of the pack (an assigner of its
      // types, a task kind it covers, an assignee of its types in the assigner's subtree, a place there), so
      // that allowed pairs are met as often as refused ones. The property is the same for both.
      const pair = fc.record({
        guided: fc.boolean(),
        rule: fc.nat(),
        assigner: fc.nat(),
        assignee: fc.nat(),
        taskKind: fc.nat(),
        date: fc.nat(),
        place: fc.option(fc.nat(), { freq: 2 }),
        pageSize: fc.integer({ min: 2, max: 40 }),
      });
      const kinds = Object.keys(TASK_KINDS) as TaskKind[];
      const pick = <T>(items: readonly T[], i: number, fallback: readonly T[]): T =>
        items.length > 0 ? items[i % items.length]! : fallback[i % fallback.length]!;
      await fc.assert(
        fc.asyncProperty(pair, async (p) => {
          const rule = pack.rules[p.rule % pack.rules.length]!;
          const ruleAssigners = assigners.filter(
            (a) =>
              (rule.assigner.organizationTypes as readonly string[]).includes(a.type) &&
              (rule.assigner.kind === 'organization' || a.ref.kind === 'post'),
          );
          const assigner = p.guided ? pick(ruleAssigners, p.assigner, assigners) : assigners[p.assigner % assigners.length]!;
          const assigneeTypes = new Set<string>(
            rule.assignees.flatMap((a) => (a.kind === 'holder' ? a.holding.organizationTypes : a.organizationTypes)),
          );
          const assigneeKinds = new Set<string>(rule.assignees.map((a) => (a.kind === 'holder' ? 'person' : a.kind)));
          const units = rule.relation === 'sameUnit' ? new Set([assigner.unitId]) : below.get(assigner.unitId);
          const near = assignees.filter((a) => units?.has(a.unitId) && assigneeTypes.has(a.type) && assigneeKinds.has(a.ref.kind));
          const assignee = p.guided ? pick(near, p.assignee, assignees) : assignees[p.assignee % assignees.length]!;
          const taskKind = p.guided ? rule.taskKinds[p.taskKind % rule.taskKinds.length]! : kinds[p.taskKind % kinds.length]!;
          const nearPlaces = places.filter((u) => below.get(assigner.unitId)?.has(u));
          const place = p.place === null ? null : p.guided ? pick(nearPlaces, p.place, places) : places[p.place % places.length]!;
          const inForce = DATES.filter((d) => assigner.from <= d && d < assigner.to);
          const date = p.guided ? pick(inForce, p.date, DATES) : DATES[p.date % DATES.length]!;
          const question = { taskKind, date, placeUnitId: place };

          const decision = unwrap(await checkAssignment(db, pack, { ...question, assigner: assigner.ref, assignee: assignee.ref }));
          const who = await allPages((after) => whoMayAssign(db, pack, assignee.ref, question, { first: p.pageSize, after }));
          const under = await rootOn(date);
          const may = await allPages((after) => mayAssignTo(db, pack, assigner.ref, { ...question, under }, { first: p.pageSize, after }));

          for (const list of [who, may]) expect(list.items.length).toBe(list.totalCount);
          expect(new Set(who.items.map((a) => key(a.assigner))).size).toBe(who.items.length);
          expect(new Set(may.items.map((a) => key(a.assignee))).size).toBe(may.items.length);

          const named = who.items.find((a) => key(a.assigner) === key(assigner.ref));
          const reached = may.items.find((a) => key(a.assignee) === key(assignee.ref));
          expect(named?.decision.ruleId ?? null).toBe(decision.allowed ? decision.ruleId : null);
          expect(reached?.decision.ruleId ?? null).toBe(decision.allowed ? decision.ruleId : null);
          if (decision.allowed) allowedRuns += 1;
          // And every answer given is one checkAssignment allows, by the rule named.
          for (const a of [...who.items, ...may.items].slice(0, 12)) {
            const again = unwrap(await checkAssignment(db, pack, { ...question, assigner: a.assigner, assignee: a.assignee }));
            expect(again.allowed && again.ruleId).toBe(a.decision.ruleId);
          }
        }),
        { numRuns: RUNS, seed: SEED },
      );
      // The property must have met allowed pairs, not only refusals.
      expect(allowedRuns).toBeGreaterThan(0);
      console.log(`${RUNS} random pairs, ${allowedRuns} allowed`);
    },
  );
});
