// Issue 17: writes that conflict — the same seat, the same holding, the same assignment, the same unit code, an
// organization ending under a new holding, a token revoked under a write, a bulk batch against single writes —
// sent at the same instant from separate processes, each with its own connection, for many rounds with random
// timing. Each round asserts the exact number of winners, the coded refusal of every loser (the refusal the
// same conflict meets one write after the other), and, at the end, that `verifyStore` finds nothing wrong.
// Runs on the database of the vitest project: a SQLite file (WAL) or a PostgreSQL database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEFAULT_RULE_PACK,
  assignTask,
  changeAssignmentStatus,
  createApiToken,
  createOrganization,
  createPerson,
  createPost,
  assignHolding,
  isoDate,
  loadExampleDataset,
  unwrap,
  validity,
  verifyStore,
  type AssignmentId,
  type Db,
  type ExampleDataset,
  type OrganizationId,
  type PersonId,
  type PostId,
  type UnitId,
  type SourceId,
  type Store,
  type TaskId,
} from '../src/index.js';
import { testDialect } from '../src/testing/index.js';
import { startRacePool, type RacePool } from './races/race-pool.js';
import type { RaceOutcome, RaceWrite } from './races/race-writes.js';
import { sharedExampleDatabase, type SharedDatabase } from './workers/example-database.js';

/** Writes per round, each from its own process and connection. */
const N = 10;
/** Rounds of the three races of the issue; the other races run `FEW` rounds. `MTTQ_RACE_ROUNDS` changes both. */
const ROUNDS = Number(process.env.MTTQ_RACE_ROUNDS ?? 50);
const FEW = Math.max(1, Math.round(ROUNDS / 2.5));

const SOURCE = 'src_minh-hoa' as SourceId;
const TASK = 'task_nhiem-vu-cu-the-hang-nam' as TaskId;
const ASSIGNER = { kind: 'organization', id: 'org_073-until-2025.partyStandingMembers' as OrganizationId } as const;
const ASSIGNEE = { kind: 'organization', id: 'org_073-until-2025.frontCommittee' as OrganizationId } as const;

let database: SharedDatabase;
let pool: RacePool;
let setup: Store;
let ids: ExampleDataset;
const people: PersonId[] = [];

beforeAll(async () => {
  database = await sharedExampleDatabase();
  setup = await database.open();
  ids = await loadExampleDataset(setup.db);
  for (let i = 0; i < N; i++)
    people.push(unwrap(await createPerson(setup.db, { fullName: `Người Thi Đua ${i + 1}`, sourceId: SOURCE })).id);
  pool = await startRacePool(database.args, N);
}, 180_000);

afterAll(async () => {
  await pool?.close();
  await setup?.close();
  await database?.remove();
}, 60_000);

/** Deterministic random delays (0–3 ms) for a round, so that a failing round can be told apart and rerun. */
function delays(round: number, count = N): number[] {
  let state = (round * 2654435761) >>> 0;
  return Array.from({ length: count }, () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state % 4;
  });
}

/** How many writes were accepted, and the codes of the refused ones, counted. */
function tally(outcomes: readonly RaceOutcome[]): { ok: number; refused: Record<string, number> } {
  const refused: Record<string, number> = {};
  for (const o of outcomes) if (!o.ok) refused[o.code] = (refused[o.code] ?? 0) + 1;
  return { ok: outcomes.filter((o) => o.ok).length, refused };
}

async function freshPost(
  db: Db,
  seats: number | null,
  type: 'chair' | 'viceChair' = 'chair',
): Promise<{ organizationId: OrganizationId; postId: PostId }> {
  const org = unwrap(await createOrganization(db, { type: 'womensUnion', unitId: ids.units.chiemHoaCommune, sourceId: SOURCE }));
  const post = unwrap(await createPost(db, { organizationId: org.id, type, seats, sourceId: SOURCE }));
  return { organizationId: org.id, postId: post.id };
}

const TERM = validity(isoDate('2026-03-01'), isoDate('2027-03-01'));

async function expectSoundStore(): Promise<void> {
  expect(await verifyStore(setup.db)).toEqual([]);
}

describe(`racing writes on ${testDialect()}: ${N} at once from separate connections`, () => {
  it(`a vacant single seat: one holder wins, the others get HOLDING.SEAT_TAKEN (${ROUNDS} rounds)`, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const { postId } = await freshPost(setup.db, 1);
      const writes: RaceWrite[] = people.map((personId) => ({
        op: 'assignHolding',
        input: { personId, postId, validity: TERM, sourceId: SOURCE },
      }));
      const outcomes = await pool.race(writes, delays(round));
      expect(tally(outcomes), `round ${round}`).toEqual({ ok: 1, refused: { 'HOLDING.SEAT_TAKEN': N - 1 } });
      const stored = await setup.db.selectFrom('holding').select('id').where('post_id', '=', postId).execute();
      expect(stored.map((h) => h.id)).toEqual(outcomes.filter((o) => o.ok).map((o) => o.id));
    }
    await expectSoundStore();
  }, 600_000);

  it(`a post with three seats: exactly three holders win (${FEW} rounds)`, async () => {
    for (let round = 0; round < FEW; round++) {
      const { postId } = await freshPost(setup.db, 3, 'viceChair');
      const writes: RaceWrite[] = people.map((personId) => ({
        op: 'assignHolding',
        input: { personId, postId, validity: TERM, sourceId: SOURCE },
      }));
      expect(tally(await pool.race(writes, delays(round))), `round ${round}`).toEqual({ ok: 3, refused: { 'HOLDING.SEAT_TAKEN': N - 3 } });
    }
    await expectSoundStore();
  }, 600_000);

  it(`the same holding sent ${N} times: recorded once, the others get HOLDING.DUPLICATE (${ROUNDS} rounds)`, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const { postId } = await freshPost(setup.db, null, 'viceChair');
      const write: RaceWrite = { op: 'assignHolding', input: { personId: people[round % N]!, postId, validity: TERM, sourceId: SOURCE } };
      const outcomes = await pool.race(Array(N).fill(write), delays(round));
      expect(tally(outcomes), `round ${round}`).toEqual({ ok: 1, refused: { 'HOLDING.DUPLICATE': N - 1 } });
    }
    await expectSoundStore();
  }, 600_000);

  it(`five "done" and five "cancelled" on one assignment in progress: one wins, the others get ASSIGNMENT.TRANSITION_NOT_ALLOWED (${ROUNDS} rounds)`, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const year = 2021 + (round % 5);
      const assignment = unwrap(
        await assignTask(setup.db, DEFAULT_RULE_PACK, {
          taskId: TASK,
          periodKey: String(year),
          assigner: ASSIGNER,
          assignee: ASSIGNEE,
          assignedOn: isoDate(`${year}-06-01`),
          sourceId: SOURCE,
        }),
      );
      unwrap(
        await changeAssignmentStatus(setup.db, {
          assignmentId: assignment.id,
          status: 'inProgress',
          on: isoDate(`${year}-06-15`),
          sourceId: SOURCE,
        }),
      );
      const writes: RaceWrite[] = Array.from({ length: N }, (_, i) => ({
        op: 'changeStatus',
        input: { assignmentId: assignment.id, status: i % 2 === 0 ? 'done' : 'cancelled', on: isoDate(`${year}-11-30`), sourceId: SOURCE },
      }));
      const outcomes = await pool.race(writes, delays(round));
      expect(tally(outcomes), `round ${round}`).toEqual({ ok: 1, refused: { 'ASSIGNMENT.TRANSITION_NOT_ALLOWED': N - 1 } });
      const events = await setup.db
        .selectFrom('assignment_event')
        .select(['seq', 'status'])
        .where('assignment_id', '=', assignment.id)
        .orderBy('seq')
        .execute();
      const winner = writes[outcomes.findIndex((o) => o.ok)]!;
      expect(events).toEqual([
        { seq: 0, status: 'assigned' },
        { seq: 1, status: 'inProgress' },
        { seq: 2, status: (winner as Extract<RaceWrite, { op: 'changeStatus' }>).input.status },
      ]);
      const audited = await setup.db.selectFrom('audit_log').select('action').where('entity_id', '=', assignment.id).execute();
      expect(audited.filter((a) => a.action === 'assignment.status.done' || a.action === 'assignment.status.cancelled')).toHaveLength(1);
    }
    await expectSoundStore();
  }, 600_000);

  it(`one residential-area code given to ${N} new units at once: one unit gets it, the others UNIT.CODE_TAKEN (${FEW} rounds)`, async () => {
    for (let round = 0; round < FEW; round++) {
      const code = `race-${Date.now().toString(36)}-${round}`;
      const writes: RaceWrite[] = Array.from({ length: N }, (_, i) => ({
        op: 'createUnit',
        input: {
          code,
          kind: 'thon',
          name: `Thi Đua ${round}.${i}`,
          validity: validity(isoDate('2026-01-01')),
          parents: [{ parentId: ids.units.chiemHoaCommune }],
          sourceId: SOURCE,
        },
      }));
      expect(tally(await pool.race(writes, delays(round))), `round ${round}`).toEqual({ ok: 1, refused: { 'UNIT.CODE_TAKEN': N - 1 } });
    }
    await expectSoundStore();
  }, 600_000);

  it(`an organization ended while ${N - 1} holdings of its post are recorded: no holding outlives the post (${FEW} rounds)`, async () => {
    for (let round = 0; round < FEW; round++) {
      const { organizationId, postId } = await freshPost(setup.db, null, 'viceChair');
      const end = isoDate('2026-06-01');
      const writes: RaceWrite[] = [
        { op: 'endOrganization', input: { organizationId, date: end } },
        ...people
          .slice(1)
          .map((personId): RaceWrite => ({ op: 'assignHolding', input: { personId, postId, validity: TERM, sourceId: SOURCE } })),
      ];
      const outcomes = await pool.race(writes, delays(round));
      expect(outcomes[0], `round ${round}`).toMatchObject({ ok: true });
      for (const o of outcomes.slice(1))
        expect(o.ok || o.code === 'HOLDING.OUTSIDE_POST_VALIDITY', `round ${round}: ${JSON.stringify(o)}`).toBe(true);
      const holdings = await setup.db.selectFrom('holding').select('valid_to').where('post_id', '=', postId).execute();
      expect(holdings).toHaveLength(outcomes.slice(1).filter((o) => o.ok).length);
      expect(holdings.every((h) => h.valid_to <= end)).toBe(true);
    }
    await expectSoundStore();
  }, 600_000);

  it(`a token revoked while ${N - 1} writes are made with it: none commits after the revocation, the rest get TOKEN.REVOKED (${FEW} rounds)`, async () => {
    for (let round = 0; round < FEW; round++) {
      const { token } = unwrap(await createApiToken(setup.db, { name: `Thi đua ${round}`, scopeUnitId: ids.units.chiemHoaDistrict }));
      const year = 2021 + (round % 5);
      const assign = (i: number): RaceWrite => ({
        op: 'assignTask',
        tokenId: token.id,
        input: {
          id: `asg_race_${token.id}_${i}` as AssignmentId,
          taskId: TASK,
          periodKey: String(year),
          assigner: ASSIGNER,
          assignee: ASSIGNEE,
          assignedOn: isoDate(`${year}-06-01`),
          sourceId: SOURCE,
        },
      });
      const revokeAt = round % N;
      const writes = Array.from({ length: N }, (_, i): RaceWrite =>
        i === revokeAt ? { op: 'revokeToken', tokenId: token.id } : assign(i),
      );
      const outcomes = await pool.race(writes, delays(round));
      expect(outcomes[revokeAt], `round ${round}`).toMatchObject({ ok: true });
      const others = outcomes.filter((_, i) => i !== revokeAt);
      expect(
        others.every((o) => o.ok || o.code === 'TOKEN.REVOKED'),
        JSON.stringify(others),
      ).toBe(true);

      const entries = await setup.db
        .selectFrom('audit_log')
        .select(['entity_id', 'action', 'at'])
        .where('actor', '=', `token:${token.id}`)
        .execute();
      // The revocation's own audit entry is recorded after its update took the token row: the instant it won.
      const revokedAt = (
        await setup.db
          .selectFrom('audit_log')
          .select('at')
          .where('entity_id', '=', token.id)
          .where('action', '=', 'api_token.revoke')
          .executeTakeFirstOrThrow()
      ).at;
      const accepted = others.filter((o) => o.ok).length;
      expect(entries.filter((e) => e.action === 'assignment.create')).toHaveLength(accepted);
      for (const e of entries)
        expect(e.at <= revokedAt, `${e.entity_id} recorded at ${e.at}, after the revocation at ${revokedAt}`).toBe(true);
      const [late] = await pool.race([assign(N)], [0]);
      expect(late).toEqual({ ok: false, code: 'TOKEN.REVOKED' });
    }
    await expectSoundStore();
  }, 600_000);

  it(`a holding ended while ${N - 1} tasks are given through it: either the end wins and every task is refused, or the tasks win and the end gets HOLDING.IN_USE (${FEW} rounds)`, async () => {
    const ends = { ended: 0, inUse: 0 };
    for (let round = 0; round < FEW; round++) {
      const person = unwrap(await createPerson(setup.db, { fullName: `Cán Bộ Khu Dân Cư ${round}`, sourceId: SOURCE }));
      const postId = 'post_02287-from-2025.frontOffice.cadre' as PostId;
      const holding = unwrap(
        await assignHolding(setup.db, { personId: person.id, postId, validity: validity(isoDate('2026-01-01')), sourceId: SOURCE }),
      );
      const give = (i: number): RaceWrite => ({
        op: 'assignTask',
        input: {
          id: `asg_race_${holding.id}_${i}` as AssignmentId,
          taskId: 'task_can-bo-dam-nhan-phan-viec-o-khu-dan-cu' as TaskId,
          periodKey: '2026',
          assigner: { kind: 'organization', id: 'org_02287-from-2025.frontStandingBoard' as OrganizationId },
          assignee: { kind: 'person', id: person.id },
          placeUnitId: 'unit_minh-hoa-thon-3' as UnitId,
          assignedOn: isoDate('2026-03-01'),
          sourceId: SOURCE,
        },
      });
      const writes: RaceWrite[] = [
        { op: 'endHolding', input: { holdingId: holding.id, date: isoDate('2026-02-01') } },
        ...Array.from({ length: N - 1 }, (_, i) => give(i)),
      ];
      const outcomes = await pool.race(writes, delays(round));
      if (outcomes[0]!.ok) {
        ends.ended++;
        expect(tally(outcomes.slice(1)), `round ${round}`).toEqual({ ok: 0, refused: { 'ASSIGNMENT.RULE_DENIED': N - 1 } });
      } else {
        ends.inUse++;
        expect(outcomes[0], `round ${round}`).toEqual({ ok: false, code: 'HOLDING.IN_USE' });
        expect(tally(outcomes.slice(1)), `round ${round}`).toEqual({ ok: N - 1, refused: {} });
      }
    }
    console.log(`[races ${testDialect()}] holding ended first in ${ends.ended} rounds, tasks first in ${ends.inUse}`);
    await expectSoundStore();
  }, 600_000);

  it(`bulk batches and single writes for one vacant seat at once: one wins, every other gets HOLDING.SEAT_TAKEN (${FEW} rounds)`, async () => {
    for (let round = 0; round < FEW; round++) {
      const { postId } = await freshPost(setup.db, 1);
      const writes: RaceWrite[] = people.map((personId, i) => ({
        op: i % 2 === 0 ? 'bulkHolding' : 'assignHolding',
        input: { personId, postId, validity: TERM, sourceId: SOURCE },
      }));
      expect(tally(await pool.race(writes, delays(round))), `round ${round}`).toEqual({ ok: 1, refused: { 'HOLDING.SEAT_TAKEN': N - 1 } });
    }
    await expectSoundStore();
  }, 600_000);
});
