// Two API processes on one database: a subscriber of instance B receives a write made through instance A (on
// PostgreSQL by LISTEN/NOTIFY, on a SQLite file by B reading the feed's end every second), then reconnects to A
// with its last cursor and receives exactly what it missed. SIGTERM ends the open streams and the server exits.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadExampleDataset, openStore } from '@mttq/core';
import { freshExamplePostgresDatabase, testDialect } from '@mttq/core/testing';
import { createTestToken, SYNTHETIC_SOURCE } from './api.js';
import { startApiProcess, type ApiProcess } from './api-process.js';
import { nextChanges, subscribe } from './sse-client.js';

let a: ApiProcess;
let b: ApiProcess;
let token: string;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  let args: string[];
  if (testDialect() === 'postgres') {
    const db = await freshExamplePostgresDatabase();
    args = ['--database-url', db.url];
    cleanup = db.drop;
  } else {
    const dir = mkdtempSync(join(tmpdir(), 'mttq-api-changes-'));
    args = ['--db', join(dir, 'mttq.sqlite')];
    cleanup = async () => rmSync(dir, { recursive: true, force: true });
  }
  const store = await openStore(testDialect() === 'postgres' ? { url: args[1]!, poolSize: 1 } : { filename: args[1]! });
  await loadExampleDataset(store.db);
  token = await createTestToken(store.db, { unitCode: '073', date: '2023-06-01' });
  await store.close();
  [a, b] = await Promise.all([startApiProcess(args), startApiProcess(args)]);
}, 180_000);

afterAll(async () => {
  for (const i of [a, b]) if (i && i.child.exitCode === null) i.child.kill('SIGKILL');
  await Promise.all([a?.exited, b?.exited]);
  await cleanup?.();
}, 60_000);

async function personThrough(api: ApiProcess, fullName: string): Promise<string> {
  const response = await fetch(api.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({
      query: `mutation { createPerson(fullName: "${fullName}", source: "${SYNTHETIC_SOURCE}") { ... on Person { id } } }`,
    }),
  });
  return ((await response.json()) as any).data.createPerson.id;
}

describe(`two API processes on one ${testDialect()} database`, { timeout: 120_000 }, () => {
  it('a subscriber of B receives the writes made through A, and back on A with its last cursor exactly what it missed', async () => {
    const onB = await subscribe(b.url);
    const written = [await personThrough(a, 'Người Ghi Qua A Một'), await personThrough(a, 'Người Ghi Qua A Hai')];
    const received = await nextChanges(onB, 2);
    expect(received.map((e) => e.recordId)).toEqual(written);
    onB.close();

    const missed = [await personThrough(b, 'Người Ghi Lúc Vắng Một'), await personThrough(a, 'Người Ghi Lúc Vắng Hai')];
    const onA = await subscribe(a.url, { after: received[1]!.cursor });
    expect((await nextChanges(onA, 2)).map((e) => e.recordId)).toEqual(missed);
    const next = await personThrough(b, 'Người Ghi Sau Cùng');
    expect((await nextChanges(onA, 1))[0]!.recordId).toBe(next);
    await expect(onA.next(2_500)).rejects.toThrow(/no event/);

    // A graceful stop ends the stream still open, so the server need not wait out its grace period.
    const started = performance.now();
    a.child.kill('SIGTERM');
    await onA.ended;
    expect(await a.exited).toBe(0);
    expect(performance.now() - started).toBeLessThan(9_000);
  });
});
