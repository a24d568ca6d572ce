// The "Following changes" section of docs/graphql.md, run: the curl command's subscription is sent as written,
// a holding is recorded in Huyện Chiêm Hóa, and the event that arrives has the shape the page shows.
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  assignHolding,
  createOrganization,
  createPerson,
  createPost,
  findUnitByCode,
  isoDate,
  loadExampleDataset,
  readChangeCursor,
  runAs,
  unwrap,
  validity,
  type SourceId,
  type Store,
} from '@mttq/core';
import { openFreshExampleStore, testDialect } from '@mttq/core/testing';
import { createApi } from '../src/api.js';
import { createChangeHub, type ChangeHub } from '../src/changes/change-hub.js';
import { listen } from '../src/http/server.js';
import { TODAY } from './api.js';

const doc = readFileSync(new URL('../../../docs/graphql.md', import.meta.url), 'utf8');
const section = doc.slice(doc.indexOf('## Following changes'), doc.indexOf('\n## ', doc.indexOf('## Following changes') + 1));
const body = /-d '(.*)'\n/.exec(section)![1]!;
const shown = JSON.parse(/^data: (.*)$/m.exec(section)![1]!).data.changes as Record<string, unknown>;

let store: Store;
let hub: ChangeHub;
let server: Server;
let url: string;

beforeAll(async () => {
  store = await openFreshExampleStore();
  await loadExampleDataset(store.db);
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

/** True when `actual` is what the page shows: `…` ends a prefix, a timestamp is any timestamp, a cursor any cursor. */
function matchesShown(key: string, value: unknown, actual: unknown): boolean {
  if (key === 'committedAt') return typeof actual === 'string' && /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/.test(actual);
  if (key === 'cursor') return typeof actual === 'string' && readChangeCursor(actual) !== undefined;
  if (typeof value === 'string' && value.endsWith('…')) return typeof actual === 'string' && actual.startsWith(value.slice(0, -1));
  return JSON.stringify(value) === JSON.stringify(actual);
}

describe(`docs/graphql.md, following changes, on ${testDialect()}`, { timeout: 60_000 }, () => {
  it('the curl subscription streams a holding recorded in Huyện Chiêm Hóa as the page shows it', async () => {
    const abort = new AbortController();
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body,
      signal: abort.signal,
    });
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const source = 'src_minh-hoa' as SourceId;
    const district = unwrap(await findUnitByCode(store.db, '073', isoDate('2023-06-01')));
    await runAs({ id: 'token:tai-lieu' }, async () => {
      const org = unwrap(await createOrganization(store.db, { type: 'womensUnion', unitId: district.id, sourceId: source }));
      const post = unwrap(await createPost(store.db, { organizationId: org.id, type: 'chair', sourceId: source }));
      const person = unwrap(await createPerson(store.db, { fullName: 'Người Giữ Chức Theo Tài Liệu', sourceId: source }));
      unwrap(
        await assignHolding(store.db, {
          personId: person.id,
          postId: post.id,
          validity: validity(isoDate('2023-03-01'), isoDate('2024-03-01')),
          sourceId: source,
        }),
      );
    });
    const reader = (response.body as unknown as AsyncIterable<Uint8Array>)[Symbol.asyncIterator]();
    let text = '';
    while (!/^data: /m.test(text)) text += new TextDecoder().decode((await reader.next()).value);
    abort.abort();
    expect(text).toMatch(/^event: next$/m);
    const event = JSON.parse(/^data: (.*)$/m.exec(text)![1]!).data.changes as Record<string, unknown>;
    expect(Object.keys(event)).toEqual(Object.keys(shown));
    for (const [key, value] of Object.entries(shown))
      expect(matchesShown(key, value, event[key]), `${key}: ${JSON.stringify(event[key])}`).toBe(true);
  });
});
