// Issue 17, through the API: two API processes on one database (a SQLite file, or PostgreSQL), and ten
// conflicting mutations sent at once, five to each — the three races the issue found: ten people for one vacant
// single seat, the same holding ten times, "done" against "cancelled" on one assignment. One wins; every other
// gets the typed refusal the same conflict meets one request after the other, never INTERNAL_SERVER_ERROR.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEFAULT_RULE_PACK,
  assignTask,
  changeAssignmentStatus,
  createOrganization,
  createPerson,
  createPost,
  isoDate,
  loadExampleDataset,
  openStore,
  unwrap,
  verifyStore,
  type ExampleDataset,
  type OrganizationId,
  type PersonId,
  type SourceId,
  type Store,
  type TaskId,
} from '@mttq/core';
import { freshExamplePostgresDatabase, testDialect } from '@mttq/core/testing';
import { createTestToken, gid, SYNTHETIC_SOURCE } from './api.js';
import { startApiProcess, type ApiProcess } from './api-process.js';

const N = 10;
const ROUNDS = Number(process.env.MTTQ_RACE_ROUNDS ?? 50);
const SOURCE = 'src_minh-hoa' as SourceId;

let store: Store;
let ids: ExampleDataset;
let token: string;
let instances: ApiProcess[] = [];
let cleanup: () => Promise<void>;
const people: PersonId[] = [];

beforeAll(async () => {
  let args: string[];
  if (testDialect() === 'postgres') {
    const db = await freshExamplePostgresDatabase();
    store = await openStore({ url: db.url, poolSize: 2 });
    args = ['--database-url', db.url];
    cleanup = db.drop;
  } else {
    const dir = mkdtempSync(join(tmpdir(), 'mttq-api-races-'));
    const filename = join(dir, 'mttq.sqlite');
    store = await openStore({ filename });
    args = ['--db', filename];
    cleanup = async () => rmSync(dir, { recursive: true, force: true });
  }
  ids = await loadExampleDataset(store.db);
  for (let i = 0; i < N; i++)
    people.push(unwrap(await createPerson(store.db, { fullName: `Cán Bộ Thi Đua ${i + 1}`, sourceId: SOURCE })).id);
  token = await createTestToken(store.db, { unitCode: '073', date: '2023-06-01' });
  instances = await Promise.all([startApiProcess(args), startApiProcess(args)]);
}, 180_000);

afterAll(async () => {
  for (const i of instances) i.child.kill('SIGTERM');
  await Promise.all(
    instances.map((i) => new Promise((resolve) => (i.child.exitCode !== null ? resolve(null) : i.child.once('exit', resolve)))),
  );
  await store?.close();
  await cleanup?.();
}, 60_000);

/** Sends the ten requests at once, five to each instance; resolves with the `data` field of each answer. */
async function race(query: string, variables: readonly Record<string, unknown>[]): Promise<any[]> {
  const answers = await Promise.all(
    variables.map(async (v, i) => {
      const response = await fetch(instances[i % 2]!.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query, variables: v }),
      });
      return (await response.json()) as { data?: Record<string, any>; errors?: unknown[] };
    }),
  );
  for (const a of answers) expect(a.errors, JSON.stringify(a.errors)).toBeUndefined();
  return answers.map((a) => Object.values(a.data!)[0]);
}

const ASSIGN_HOLDING = `mutation($input: AssignHoldingInput!) {
  assignHolding(input: $input) {
    __typename
    ... on Holding { id }
    ... on BaseError { code message }
    ... on SeatTakenError { holders { person { fullName } } }
  }
}`;

async function vacantChair(): Promise<string> {
  const org = unwrap(await createOrganization(store.db, { type: 'womensUnion', unitId: ids.units.chiemHoaDistrict, sourceId: SOURCE }));
  return gid('Post', unwrap(await createPost(store.db, { organizationId: org.id, type: 'chair', sourceId: SOURCE })).id);
}

const holdingInput = (post: string, person: PersonId) => ({
  input: { person: gid('Person', person), post, validFrom: '2023-03-01', validTo: '2024-03-01', source: SYNTHETIC_SOURCE },
});

describe(`two API processes on one ${testDialect()} database, ${N} conflicting mutations at once`, () => {
  it(`ten people for one vacant Chair: one Holding, nine SeatTakenError naming the winner (${ROUNDS} rounds)`, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const post = await vacantChair();
      const results = await race(
        ASSIGN_HOLDING,
        people.map((p) => holdingInput(post, p)),
      );
      const winners = results.filter((r) => r.__typename === 'Holding');
      expect(winners, `round ${round}`).toHaveLength(1);
      const winnerName = `Cán Bộ Thi Đua ${results.findIndex((r) => r.__typename === 'Holding') + 1}`;
      for (const r of results.filter((r) => r.__typename !== 'Holding')) {
        expect(r).toMatchObject({
          __typename: 'SeatTakenError',
          code: 'HOLDING.SEAT_TAKEN',
          holders: [{ person: { fullName: winnerName } }],
        });
      }
    }
    expect(await verifyStore(store.db)).toEqual([]);
  }, 600_000);

  it(`the same holding ten times: one Holding, nine HOLDING.DUPLICATE (${ROUNDS} rounds)`, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const post = await vacantChair();
      const results = await race(ASSIGN_HOLDING, Array(N).fill(holdingInput(post, people[round % N]!)));
      expect(
        results.filter((r) => r.__typename === 'Holding'),
        `round ${round}`,
      ).toHaveLength(1);
      for (const r of results.filter((r) => r.__typename !== 'Holding'))
        expect(r).toMatchObject({ __typename: 'DomainError', code: 'HOLDING.DUPLICATE' });
    }
    expect(await verifyStore(store.db)).toEqual([]);
  }, 600_000);

  it(`five "done" and five "cancelled" on one assignment in progress: one event, nine ASSIGNMENT.TRANSITION_NOT_ALLOWED (${ROUNDS} rounds)`, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const assignment = unwrap(
        await assignTask(store.db, DEFAULT_RULE_PACK, {
          taskId: 'task_nhiem-vu-cu-the-hang-nam' as TaskId,
          periodKey: '2023',
          assigner: { kind: 'organization', id: 'org_073-until-2025.partyStandingMembers' as OrganizationId },
          assignee: { kind: 'organization', id: 'org_073-until-2025.frontCommittee' as OrganizationId },
          assignedOn: isoDate('2023-06-01'),
          sourceId: SOURCE,
        }),
      );
      unwrap(
        await changeAssignmentStatus(store.db, {
          assignmentId: assignment.id,
          status: 'inProgress',
          on: isoDate('2023-06-15'),
          sourceId: SOURCE,
        }),
      );
      const query = `mutation($input: ChangeAssignmentStatusInput!) {
        changeAssignmentStatus(input: $input) { __typename ... on AssignmentEvent { status } ... on BaseError { code } }
      }`;
      const variables = Array.from({ length: N }, (_, i) => ({
        input: {
          assignment: gid('Assignment', assignment.id),
          status: i % 2 === 0 ? 'DONE' : 'CANCELLED',
          on: '2023-11-30',
          source: SYNTHETIC_SOURCE,
        },
      }));
      const results = await race(query, variables);
      expect(
        results.filter((r) => r.__typename === 'AssignmentEvent'),
        `round ${round}`,
      ).toHaveLength(1);
      for (const r of results.filter((r) => r.__typename !== 'AssignmentEvent')) {
        expect(r).toMatchObject({ __typename: 'DomainError', code: 'ASSIGNMENT.TRANSITION_NOT_ALLOWED' });
      }
    }
    expect(await verifyStore(store.db)).toEqual([]);
  }, 600_000);
});
