// The server as an operator meets it: stopped with SIGTERM while a request is in flight, started on a port in
// use or with a wrong flag, and its database going away and coming back while it runs.
import { request } from 'node:http';
import { createServer } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadExampleDataset, openStore } from '@mttq/core';
import { freshExamplePostgresDatabase, holdSqliteLock, runPostgresAdmin, testDialect } from '@mttq/core/testing';
import { createTestToken, SYNTHETIC_SOURCE } from './api.js';
import { runApiProcess, startApiProcess, type ApiProcess } from './api-process.js';

const cleanup: (() => Promise<void>)[] = [];
afterAll(async () => {
  while (cleanup.length > 0) await cleanup.pop()!();
}, 60_000);

/** A database of the dialect under test holding the example dataset and a token: the arguments that name it to the server. */
async function exampleDatabase(): Promise<{ args: string[]; url?: string; file?: string; token: string }> {
  let url: string | undefined;
  let file: string | undefined;
  if (testDialect() === 'postgres') {
    const db = await freshExamplePostgresDatabase();
    cleanup.push(() => db.drop());
    url = db.url;
  } else {
    const dir = mkdtempSync(join(tmpdir(), 'mttq-lifecycle-'));
    cleanup.push(async () => rmSync(dir, { recursive: true, force: true }));
    file = join(dir, 'mttq.sqlite');
  }
  const store = await openStore(url ? { url, poolSize: 1 } : { filename: file! });
  await loadExampleDataset(store.db);
  const token = await createTestToken(store.db, { unitCode: '073', date: '2023-06-01' });
  await store.close();
  return { args: url ? ['--database-url', url] : ['--db', file!], url, file, token };
}

function track(api: ApiProcess): ApiProcess {
  cleanup.push(async () => {
    if (api.child.exitCode === null) api.child.kill('SIGKILL');
    await api.exited;
  });
  return api;
}

const QUERY = JSON.stringify({ query: '{ unitByCode(code: "073", asOf: "2023-06-01") { ... on Unit { fullName } } }' });

async function ask(api: ApiProcess, body = QUERY, token?: string): Promise<{ status: number; body: any }> {
  const headers = { 'content-type': 'application/json', ...(token && { authorization: `Bearer ${token}` }) };
  const response = await fetch(api.url, { method: 'POST', headers, body });
  return { status: response.status, body: await response.json() };
}

const WRITE = (n: number) =>
  JSON.stringify({
    query: `mutation { createPerson(fullName: "Người Thứ ${n}", source: "${SYNTHETIC_SOURCE}") { __typename ... on Person { fullName } } }`,
  });

const ready = async (api: ApiProcess) => (await fetch(api.url.replace('/graphql', '/ready'))).status;

describe(`the server process on ${testDialect()}`, () => {
  it('on SIGTERM finishes the request in flight, then exits 0 without a word', async () => {
    const api = track(await startApiProcess((await exampleDatabase()).args));
    const { port } = new URL(api.url);
    // A request whose body is still arriving when the signal comes: it is in flight.
    const answer = new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port,
          path: '/graphql',
          method: 'POST',
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(QUERY) },
        },
        (res) => {
          let body = '';
          res.setEncoding('utf8').on('data', (c: string) => (body += c));
          res.on('end', () => resolve({ status: res.statusCode!, body }));
        },
      );
      req.on('error', reject);
      req.write(QUERY.slice(0, 10));
      setTimeout(() => {
        api.child.kill('SIGTERM');
        setTimeout(() => req.end(QUERY.slice(10)), 300);
      }, 300);
    });
    const { status, body } = await answer;
    expect(status).toBe(200);
    expect(JSON.parse(body).data.unitByCode.fullName).toBe('Huyện Chiêm Hóa');
    expect(await api.exited).toBe(0);
    expect(api.stderr()).toBe('');
  }, 60_000);

  it('started on a port in use: one line naming the port and how to choose another, exit 1', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    cleanup.push(() => new Promise((resolve) => blocker.close(() => resolve())));
    const port = (blocker.address() as { port: number }).port;
    const run = await runApiProcess([...(await exampleDatabase()).args, '--port', String(port), '--host', '127.0.0.1']);
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n')).toEqual([expect.stringContaining(`Cổng ${port} đang được một chương trình khác dùng`)]);
    expect(run.stderr).toContain('--port');
  }, 60_000);

  it('started with a wrong flag: the usage, exit 2', async () => {
    const run = await runApiProcess(['--prot', '4000']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("Không có tùy chọn '--prot'.");
    expect(run.stderr).toContain('Cách dùng:');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  }, 60_000);

  it('while its database is unavailable answers STORE.UNAVAILABLE (503), and serves again once it is back, without a restart', async () => {
    const database = await exampleDatabase();
    const api = track(await startApiProcess(database.args));
    expect((await ask(api)).status).toBe(200);
    expect((await ask(api, WRITE(1), database.token)).body.data.createPerson).toEqual({ __typename: 'Person', fullName: 'Người Thứ 1' });
    expect(await ready(api)).toBe(200);

    let restore: () => Promise<void>;
    if (database.url) {
      // PostgreSQL: the database stops taking connections and the server's connections are closed under it;
      // nothing can be read or written, and /ready says so.
      const name = new URL(database.url).pathname.slice(1);
      await runPostgresAdmin(`ALTER DATABASE ${name} ALLOW_CONNECTIONS false`);
      await runPostgresAdmin(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1`, [name]);
      restore = () => runPostgresAdmin(`ALTER DATABASE ${name} ALLOW_CONNECTIONS true`);
      const read = await ask(api);
      expect(read.status).toBe(503);
      expect(read.body.errors.map((e: { extensions: { code: string } }) => e.extensions.code)).toEqual(['STORE.UNAVAILABLE']);
      expect(await ready(api)).toBe(503);
    } else {
      // SQLite: another process holds the write lock (as a maintenance tool may) past the busy timeout. Readers
      // of a WAL file go on reading, so queries and /ready still answer; writes cannot.
      const release = holdSqliteLock(database.file!);
      restore = async () => release();
      expect((await ask(api)).status).toBe(200);
      expect(await ready(api)).toBe(200);
    }
    const write = await ask(api, WRITE(2), database.token);
    expect(write.status).toBe(503);
    expect(write.body.errors.map((e: { extensions: { code: string } }) => e.extensions.code)).toEqual(['STORE.UNAVAILABLE']);
    expect(write.body.errors[0].message).toContain('tạm thời không truy cập được');

    await restore();
    const up = await ask(api);
    expect(up.status).toBe(200);
    expect(up.body.data.unitByCode.fullName).toBe('Huyện Chiêm Hóa');
    expect((await ask(api, WRITE(3), database.token)).body.data.createPerson).toEqual({ __typename: 'Person', fullName: 'Người Thứ 3' });
    expect(await ready(api)).toBe(200);
    expect(api.child.exitCode).toBeNull();
  }, 120_000);
});
