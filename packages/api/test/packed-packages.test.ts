// The packages as a developer outside this workspace gets them: both packed (`pnpm pack`), installed with npm
// into a new folder (no workspace links; the registry and the local npm cache only), then used there by a plain
// Node program, a strict TypeScript consumer and the `mttq` command. One install per run (better-sqlite3 is
// compiled from source, 1–2 minutes); runs in the SQLite project only, as it does not touch the test database.
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isoDate, loadExampleDataset, openStore, postsHeldBy, searchPeople } from '@mttq/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const PNPM = ['-y', 'pnpm@12.4.2'];
const TYPESCRIPT = '5.9.3';
let folder: string;
const env = {
  ...process.env,
  npm_config_nodedir: process.env.npm_config_nodedir ?? '/usr',
  INIT_CWD: undefined,
  npm_config_fund: 'false',
  npm_config_audit: 'false',
};

function run(command: string, args: readonly string[], cwd: string): string {
  return execFileSync(command, args, { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'mttq-consumer-'));
  const tarballs = join(folder, 'tarballs');
  mkdirSync(tarballs);
  run('npx', [...PNPM, 'build'], ROOT);
  for (const pkg of ['core', 'api']) run('npx', [...PNPM, 'pack', '--pack-destination', tarballs], join(ROOT, 'packages', pkg));
  const app = join(folder, 'app');
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  const packed = readdirSync(tarballs).map((f) => join(tarballs, f));
  run('npm', ['install', '--no-package-lock', ...packed, `typescript@${TYPESCRIPT}`, '@types/node@20'], app);
}, 1_200_000);

afterAll(() => {
  if (folder) rmSync(folder, { recursive: true, force: true });
}, 60_000);

describe('the packed packages, installed with npm outside the workspace', () => {
  it('a plain .mjs program opens a store, loads the example dataset and prints the two posts Triệu Đức Long holds on 2022-06-01', async () => {
    const app = join(folder, 'app');
    writeFileSync(
      join(app, 'posts.mjs'),
      `import { openStore, loadExampleDataset, searchPeople, postsHeldBy, isoDate } from '@mttq/core';
const store = await openStore();
await loadExampleDataset(store.db);
const [long] = await searchPeople(store.db, 'Triệu Đức Long');
for (const held of await postsHeldBy(store.db, long.id, isoDate('2022-06-01'))) {
  console.log(held.post.title + ' — ' + held.organization.name);
}
await store.close();
`,
    );
    const printed = run(process.execPath, ['posts.mjs'], app).trim().split('\n');

    const store = await openStore();
    try {
      await loadExampleDataset(store.db);
      const [long] = await searchPeople(store.db, 'Triệu Đức Long');
      const held = await postsHeldBy(store.db, long!.id, isoDate('2022-06-01'));
      expect(held).toHaveLength(2);
      expect(printed.sort()).toEqual(held.map((h) => `${h.post.title} — ${h.organization.name}`).sort());
    } finally {
      await store.close();
    }
  }, 120_000);

  it('a strict TypeScript consumer (module and moduleResolution nodenext) type-checks against both packages, whose own declarations are sound', () => {
    const app = join(folder, 'app');
    writeFileSync(
      join(app, 'tsconfig.json'),
      // skipLibCheck as `tsc --init` writes it: graphql-yoga's and lru-cache's own declarations need newer lib types.
      JSON.stringify({
        compilerOptions: {
          strict: true,
          module: 'nodenext',
          moduleResolution: 'nodenext',
          target: 'es2022',
          noEmit: true,
          skipLibCheck: true,
          types: ['node'],
        },
        include: ['consumer.ts'],
      }),
    );
    writeFileSync(
      join(app, 'consumer.ts'),
      `import { openStore, loadExampleDataset, postsHeldBy, searchPeople, isoDate, type IsoDate, type Store } from '@mttq/core';
import { openFreshStore } from '@mttq/core/testing';
import { createApi } from '@mttq/api';

const store: Store = await openStore();
await loadExampleDataset(store.db);
const date: IsoDate = isoDate('2022-06-01');
const [long] = await searchPeople(store.db, 'trieu duc long');
if (long) {
  const titles: string[] = (await postsHeldBy(store.db, long.id, date)).map((h) => h.post.title);
  console.log(titles);
}
const api = createApi({ db: store.db });
const response: Response = await api.fetch('http://localhost/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });
console.log(response.status);
// @ts-expect-error a person id is not a plain string
await postsHeldBy(store.db, 'per_1', date);
await store.close();
void openFreshStore;
`,
    );
    const tsc = join(app, 'node_modules/.bin/tsc');
    expect(() => run(tsc, ['-p', 'tsconfig.json'], app)).not.toThrow();
    // Checked with every declaration file too, no error lies in this consumer or in the declarations of ours.
    const full = spawnSync(tsc, ['-p', 'tsconfig.json', '--skipLibCheck', 'false'], { cwd: app, env, encoding: 'utf8' });
    const files = [...full.stdout.matchAll(/^([^\s(]+)\(\d+,\d+\): error/gm)].map((m) => m[1]!);
    expect(files.filter((f) => f === 'consumer.ts' || f.startsWith('node_modules/@mttq/'))).toEqual([]);
  }, 120_000);

  it('npx mttq --help works for every command, npx mttq serve answers a GraphQL query on a free port, and mttq serve exits 0 on SIGTERM', async () => {
    const app = join(folder, 'app');
    const help = run('npx', ['mttq', '--help'], app);
    expect(help).toContain('Cách dùng: mttq');
    for (const command of [
      'serve',
      'import national',
      'tokens create',
      'tokens list',
      'tokens revoke',
      'backup',
      'check-rules',
      'verify',
    ]) {
      expect(run('npx', ['mttq', ...command.split(' '), '--help'], app)).toContain(`Cách dùng: mttq ${command}`);
    }

    const server = spawn('npx', ['mttq', 'serve', '--port', '0', '--host', '127.0.0.1', '--db', 'data/mttq.sqlite'], {
      cwd: app,
      env,
      detached: true,
    });
    try {
      const url = await listeningUrl(server);
      const response = await fetch(url.replace('localhost', '127.0.0.1'), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: '{ personSearch: searchPeople(query: "trieu duc long", first: 1) { edges { node { fullName } } } }',
        }),
      });
      const body = (await response.json()) as { data?: { personSearch: { edges: { node: { fullName: string } }[] } }; errors?: unknown };
      expect(body.errors).toBeUndefined();
      expect(body.data?.personSearch.edges.map((e) => e.node.fullName)).toEqual(['Triệu Đức Long']);
    } finally {
      // npx does not pass the signal on to the command: stop the whole group.
      process.kill(-server.pid!, 'SIGTERM');
      await exitCode(server);
    }

    const bin = spawn(join(app, 'node_modules/.bin/mttq'), ['serve', '--port', '0', '--host', '127.0.0.1', '--db', 'data/mttq.sqlite'], {
      cwd: app,
      env,
    });
    // A request answered first: the server has left its start-up code (which sets its signal handlers) behind.
    expect((await fetch(`${(await listeningUrl(bin)).replace('localhost', '127.0.0.1')}?query=%7B__typename%7D`)).status).toBe(200);
    bin.kill('SIGTERM');
    expect(await exitCode(bin)).toBe(0);
  }, 120_000);
});

/** The URL of the `{"event":"listening",…}` line the server logs. */
function listeningUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.split('\n').find((l) => l.includes('"listening"'));
      if (line) resolve((JSON.parse(line) as { url: string }).url);
    });
    child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`mttq serve exited ${code}: ${err}`)));
  });
}

function exitCode(child: ChildProcess): Promise<number | null> {
  return child.exitCode !== null ? Promise.resolve(child.exitCode) : new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}
