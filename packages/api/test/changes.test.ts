// The `changes` subscription over Server-Sent Events, through a real HTTP server: every committed write in
// commit order, resumable from the cursor of the last event received, filtered by unit subtree and kind.
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrganization, createPerson, loadExampleDataset, unwrap, type ExampleDataset, type SourceId, type Store } from '@mttq/core';
import { openFreshExampleStore, testDialect } from '@mttq/core/testing';
import { createApi } from '../src/api.js';
import { createChangeHub, type ChangeHub } from '../src/changes/change-hub.js';
import { listen } from '../src/http/server.js';
import { createTestToken, gid, SYNTHETIC_SOURCE, TODAY } from './api.js';
import { nextChanges, subscribe } from './sse-client.js';

const SOURCE = 'src_minh-hoa' as SourceId;

let store: Store;
let ids: ExampleDataset;
let hub: ChangeHub;
let server: Server;
let url: string;
let token: string;

beforeAll(async () => {
  store = await openFreshExampleStore();
  ids = await loadExampleDataset(store.db);
  token = await createTestToken(store.db, { unitCode: '073', date: '2023-06-01' });
  hub = createChangeHub(store.db);
  server = await listen(createApi({ db: store.db, today: () => TODAY, log: false, changes: hub }), 0, '127.0.0.1');
  const address = server.address();
  url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/graphql`;
}, 120_000);

afterAll(async () => {
  await hub?.close();
  await new Promise((resolve) => server?.close(resolve));
  await store?.close();
}, 60_000);

const person = async (fullName: string) => unwrap(await createPerson(store.db, { fullName, sourceId: SOURCE })).id;

/** A write through the API itself, with the test's token. */
async function personThroughApi(fullName: string): Promise<string> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({
      query: `mutation { createPerson(fullName: "${fullName}", source: "${SYNTHETIC_SOURCE}") { ... on Person { id } } }`,
    }),
  });
  return ((await response.json()) as any).data.createPerson.id;
}

describe(`the changes subscription over SSE on ${testDialect()}`, { timeout: 60_000 }, () => {
  it('streams each committed write in commit order; reconnecting with the last cursor misses nothing and repeats nothing', async () => {
    const sub = await subscribe(url);
    const first = [await person('Người Theo Dõi Một'), await personThroughApi('Người Theo Dõi Hai'), await person('Người Theo Dõi Ba')];
    const seen = await nextChanges(sub, 3);
    expect(seen.map((e) => e.kind)).toEqual(['person.create', 'person.create', 'person.create']);
    expect(seen.map((e) => e.recordId)).toEqual([first[0], first[1], first[2]].map((id, i) => (i === 1 ? id : gid('Person', id!))));
    expect(seen[1]!.actor).toMatch(/^token:/);
    expect(seen[0]!.actor).toBe('system');
    expect(new Set(seen.map((e) => e.cursor)).size).toBe(3);
    expect(Number.isNaN(Date.parse(seen[0]!.committedAt))).toBe(false);
    sub.close();
    await sub.ended;

    // Away: two more writes commit. Back with the last cursor: exactly those two, then what comes next.
    const missed = [await person('Người Lúc Vắng Một'), await person('Người Lúc Vắng Hai')];
    const again = await subscribe(url, { after: seen[2]!.cursor });
    const caughtUp = await nextChanges(again, 2);
    expect(caughtUp.map((e) => e.entityId)).toEqual(missed);
    const later = await person('Người Sau Khi Về');
    expect((await nextChanges(again, 1))[0]!.entityId).toBe(later);
    await expect(again.next(1_500)).rejects.toThrow(/no event/);
    again.close();
  });

  it('`under` keeps the writes of a unit subtree, and `kinds` the kinds asked for', async () => {
    const sub = await subscribe(url, { under: { code: '073' }, asOf: '2023-06-01', kinds: ['organization', 'holding.end'] });
    await person('Người Không Thuộc Huyện');
    unwrap(await createOrganization(store.db, { type: 'womensUnion', unitId: ids.units.tuyenQuangUntil2025, sourceId: SOURCE }));
    const inDistrict = unwrap(
      await createOrganization(store.db, { type: 'womensUnion', unitId: ids.units.chiemHoaDistrict, sourceId: SOURCE }),
    );
    const [event] = await nextChanges(sub, 1);
    expect(event).toMatchObject({
      kind: 'organization.create',
      entityId: inDistrict.id,
      unit: { id: gid('Unit', ids.units.chiemHoaDistrict) },
    });
    await expect(sub.next(1_500)).rejects.toThrow(/no event/);
    sub.close();
  });

  it('serves the same stream to a GET, as a browser’s EventSource sends it', async () => {
    const sub = await subscribe(url, { kinds: ['person'] }, undefined, 'GET');
    const id = await person('Người Theo Dõi Bằng Trình Duyệt');
    expect((await nextChanges(sub, 1))[0]).toMatchObject({ kind: 'person.create', entityId: id });
    sub.close();
  });

  it('refuses a cursor it did not give, and a kind that is not one, with a code', async () => {
    const bad = await subscribe(url, { after: 'bm90LWEtY3Vyc29y' });
    expect((await bad.next()).errors[0].extensions.code).toBe('PAGE.CURSOR_INVALID');
    const kind = await subscribe(url, { kinds: ['holding%'] });
    expect((await kind.next()).errors[0].extensions.code).toBe('CHANGE.KIND_INVALID');
  });

  it('needs a token when reads do', async () => {
    const api = createApi({ db: store.db, log: false, readsRequireToken: true, changes: hub });
    const closed = await listen(api, 0, '127.0.0.1');
    try {
      const address = closed.address();
      const sub = await subscribe(`http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/graphql`);
      expect((await sub.next()).errors[0].extensions.code).toMatch(/^AUTH\./);
      sub.close();
    } finally {
      closed.closeAllConnections();
      await new Promise((resolve) => closed.close(resolve));
    }
  });
});
