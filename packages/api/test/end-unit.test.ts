import { createUnit, isoDate, loadExampleDataset, unwrap, validity, type Db, type IsoDate, type SourceId, type UnitId } from '@mttq/core';
import { openFreshExampleStore, tableCounts } from '@mttq/core/testing';
import { createApi } from '../src/api.js';
import { createChangeHub } from '../src/changes/change-hub.js';
import { listen } from '../src/http/server.js';
import { describe, expect, it } from 'vitest';
import { createTestToken, dataOf, exampleApi, gid, SYNTHETIC_SOURCE, TODAY, type Answer } from './api.js';
import { nextChanges, subscribe } from './sse-client.js';
import { shows, workedQueries } from './worked-queries.js';

/** Xã Chiêm Hóa and Xã Trung Hà since the 2025 reform, and Tỉnh Tuyên Quang since then. */
const CHIEM_HOA = 'unit_02287-from-2025' as UnitId;
const TRUNG_HA = 'unit_02305-from-2025' as UnitId;
const PROVINCE = gid('Unit', 'unit_08-from-2025');

const END_UNIT = `mutation ($input: EndUnitInput!) { endUnit(input: $input) {
  __typename
  ... on Unit { id fullName validity { text } parent { fullName } successors { kind onDate unit { fullName } } }
  ... on BaseError { code message } } }`;
const PREDECESSORS = `query ($id: ID!) { node(id: $id) { ... on Unit { fullName predecessors { kind onDate unit { fullName } } } } }`;

/** A village under a commune from 2026-01-01 (until `validTo`), with nothing under or at it. */
async function village(db: Db, commune: UnitId, name: string, validTo: IsoDate | null = null): Promise<string> {
  const unit = unwrap(
    await createUnit(db, {
      kind: 'thon',
      name,
      validity: validity(isoDate('2026-01-01'), validTo),
      parents: [{ parentId: commune }],
      sourceId: 'src_minh-hoa' as SourceId,
    }),
  );
  return gid('Unit', unit.id);
}

describe('endUnit', { timeout: 240_000 }, () => {
  it('a commune writer merges one of its villages into another: the unit ends, the lineage shows both ways, audited as unit.end', async () => {
    const api = await exampleApi({ token: { unitCode: '02287' } });
    const [minhHoa8, minhHoa9] = [
      await village(api.store.db, CHIEM_HOA, 'Minh Họa 8'),
      await village(api.store.db, CHIEM_HOA, 'Minh Họa 9'),
    ];
    const ended = dataOf(
      await api.gql(END_UNIT, { input: { unit: minhHoa8, on: '2026-05-01', successors: [{ unit: minhHoa9 }], source: SYNTHETIC_SOURCE } }),
    ).endUnit;
    expect(ended).toEqual({
      __typename: 'Unit',
      id: minhHoa8,
      fullName: 'Thôn Minh Họa 8',
      validity: { text: '[2026-01-01, 2026-05-01)' },
      parent: { fullName: 'Xã Chiêm Hóa' },
      successors: [{ kind: 'mergedInto', onDate: '2026-05-01', unit: { fullName: 'Thôn Minh Họa 9' } }],
    });
    expect(dataOf(await api.gql(PREDECESSORS, { id: minhHoa9 })).node).toEqual({
      fullName: 'Thôn Minh Họa 9',
      predecessors: [{ kind: 'mergedInto', onDate: '2026-05-01', unit: { fullName: 'Thôn Minh Họa 8' } }],
    });
    const entries = await api.store.db.selectFrom('audit_log').select(['action', 'actor']).where('action', '=', 'unit.end').execute();
    expect(entries).toEqual([{ action: 'unit.end', actor: expect.stringMatching(/^token:/) }]);

    // Gone for good: a village that simply disappears records no successor.
    const gone = dataOf(await api.gql(END_UNIT, { input: { unit: minhHoa9, on: '2026-05-15', source: SYNTHETIC_SOURCE } })).endUnit;
    expect(gone).toMatchObject({ __typename: 'Unit', validity: { text: '[2026-01-01, 2026-05-15)' }, successors: [] });
  });

  it('refuses a unit of another commune, and a successor outside the token’s scope, naming the unit; a province token may do both', async () => {
    const api = await exampleApi({ token: { unitCode: '02287' } });
    const own = await village(api.store.db, CHIEM_HOA, 'Minh Họa 8');
    const neighbour = await village(api.store.db, TRUNG_HA, 'Trung Hà 1');
    const before = await tableCounts(api.store.db);

    const elsewhere = dataOf(await api.gql(END_UNIT, { input: { unit: neighbour, on: '2026-05-01', source: SYNTHETIC_SOURCE } })).endUnit;
    expect(elsewhere).toMatchObject({ __typename: 'AuthError', code: 'AUTH.OUTSIDE_SCOPE' });
    expect(elsewhere.message).toContain('Xã Trung Hà nằm ngoài phạm vi đó');
    const into = dataOf(
      await api.gql(END_UNIT, { input: { unit: own, on: '2026-05-01', successors: [{ unit: neighbour }], source: SYNTHETIC_SOURCE } }),
    ).endUnit;
    expect(into).toMatchObject({ __typename: 'AuthError', code: 'AUTH.OUTSIDE_SCOPE' });
    expect(into.message).toContain('Thôn Trung Hà 1 nằm ngoài phạm vi đó vào ngày 2026-05-01');
    expect(await tableCounts(api.store.db)).toEqual(before);

    const province = await api.createToken({ unitCode: '08', name: 'MTTQ tỉnh Tuyên Quang' });
    const allowed = dataOf(
      await api.gql(
        END_UNIT,
        { input: { unit: own, on: '2026-05-01', successors: [{ unit: neighbour }], source: SYNTHETIC_SOURCE } },
        { token: province },
      ),
    ).endUnit;
    expect(allowed).toMatchObject({ __typename: 'Unit', successors: [{ unit: { fullName: 'Thôn Trung Hà 1' } }] });
  });

  it('answers each refusal as a typed error with its code and writes nothing', async () => {
    const api = await exampleApi({ token: { unitCode: '08' } });
    const own = await village(api.store.db, CHIEM_HOA, 'Minh Họa 8');
    const short = await village(api.store.db, CHIEM_HOA, 'Minh Họa 7', isoDate('2026-03-01'));
    const before = await tableCounts(api.store.db);
    const refused = async (input: Record<string, unknown>) =>
      dataOf(await api.gql(END_UNIT, { input: { unit: own, on: '2026-05-01', source: SYNTHETIC_SOURCE, ...input } })).endUnit;

    const children = await refused({ unit: gid('Unit', CHIEM_HOA) });
    expect(children).toMatchObject({ __typename: 'DomainError', code: 'UNIT.HAS_CHILDREN' });
    expect(children.message).toContain('Thôn Minh Họa 3');
    const bodies = await refused({ unit: gid('Unit', 'unit_minh-hoa-thon-3') });
    expect(bodies).toMatchObject({ __typename: 'DomainError', code: 'UNIT.HAS_ORGANIZATIONS' });
    expect(await refused({ successors: [{ unit: PROVINCE }] })).toMatchObject({
      __typename: 'DomainError',
      code: 'LINEAGE.LEVEL_MISMATCH',
    });
    expect(await refused({ successors: [{ unit: own }] })).toMatchObject({ __typename: 'DomainError', code: 'UNIT.SUCCESSOR_IS_SELF' });
    expect(await refused({ on: '2026-01-01' })).toMatchObject({ __typename: 'DomainError', code: 'UNIT.END_BEFORE_START' });
    expect(await refused({ unit: short, on: '2026-04-01' })).toMatchObject({ __typename: 'DomainError', code: 'UNIT.ALREADY_ENDED' });
    expect(await refused({ unit: gid('Unit', 'unit_khong-co') })).toMatchObject({ __typename: 'NotFoundError', code: 'UNIT.NOT_FOUND' });
    expect(await tableCounts(api.store.db)).toEqual(before);
  });
});

describe('endUnit in docs/graphql.md', { timeout: 240_000 }, () => {
  it('gives the answers the page shows, in order: a village with bodies refused, two villages merged', async () => {
    const api = await exampleApi({ token: { unitCode: '02287' } });
    for (const name of ['8', '9']) {
      unwrap(
        await createUnit(api.store.db, {
          id: `unit_thon-minh-hoa-${name}` as UnitId,
          kind: 'thon',
          name: `Minh Họa ${name}`,
          validity: validity(isoDate('2026-01-01')),
          parents: [{ parentId: CHIEM_HOA }],
          sourceId: 'src_minh-hoa' as SourceId,
        }),
      );
    }
    const documented = workedQueries().filter((q) => q.query.includes('endUnit('));
    expect(documented.length).toBe(2);
    for (const q of documented) {
      const actual = await api.gql(q.query, q.variables);
      expect(shows(q.answer, actual), JSON.stringify(actual, null, 2)).toBe(true);
    }
  });
});

describe('endUnit in the changes subscription', { timeout: 240_000 }, () => {
  it('a follower of the province’s unit changes receives the village’s unit.end as it commits', async () => {
    const store = await openFreshExampleStore();
    await loadExampleDataset(store.db);
    const hub = createChangeHub(store.db);
    const server = await listen(createApi({ db: store.db, today: () => TODAY, log: false, changes: hub }), 0, '127.0.0.1');
    try {
      const address = server.address();
      const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/graphql`;
      const minhHoa8 = await village(store.db, CHIEM_HOA, 'Minh Họa 8');
      const token = await createTestToken(store.db, { unitCode: '02287' });
      const sub = await subscribe(url, { under: { code: '08' }, kinds: ['unit'] });
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: END_UNIT, variables: { input: { unit: minhHoa8, on: '2026-05-01', source: SYNTHETIC_SOURCE } } }),
      });
      expect(((await response.json()) as Answer).data.endUnit.__typename).toBe('Unit');
      const [event] = await nextChanges(sub, 1);
      expect(event).toMatchObject({ kind: 'unit.end', recordId: minhHoa8, unit: { id: minhHoa8 } });
      expect(event!.actor).toMatch(/^token:/);
      sub.close();
    } finally {
      await hub.close();
      await new Promise((resolve) => server.close(resolve));
      await store.close();
    }
  });
});
