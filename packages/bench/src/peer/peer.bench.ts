/**
 * The peer benchmark (issues 8 and 16): PostGraphile 5.1 (Grafast, under Node 22 — it needs 22 or later) and
 * PostGraphile 4.14 over the dataset in PostgreSQL against this API on the same data in SQLite and in PostgreSQL,
 * each in a process of its own. Their answers to the benchmark question are
 * checked equal for a few communes; then, after a warm-up, autocannon asks each the question over rotating
 * communes at 1 and 10 connections, in rounds that take turns, and the run prints the medians of p50/p99 and
 * throughput over the rounds, and the ratios API/PostGraphile.
 *
 * @example
 * npx -y pnpm@12.4.2 bench:peer                                  # generates 60 communes × 30 areas first
 * npx -y pnpm@12.4.2 bench:peer --db /tmp/national.sqlite --database-url 'postgres:///mttq_national?host=/var/run/postgresql'
 * npx -y pnpm@12.4.2 bench:peer --cpu-prof /tmp/peer-prof        # CPU profiles of both API processes
 * npx -y pnpm@12.4.2 bench:peer --postgraphile5-node 24            # PostGraphile 5 under Node 24
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { benchArgs } from '../bench-args.js';
import { openStore, type Db } from '@mttq/core';
import { tableCounts } from '@mttq/core/testing';
import { formatLoad, runLoad } from '../load.js';
import { COMMUNE_QUESTION, QUESTION_DATE } from '../question.js';
import { QUESTION_PAGES } from '../question-pages.js';
import { questionCommunes } from '../question-communes.js';
import { peerDataset } from './dataset.js';
import { cpuMeter } from './process-cpu.js';
import {
  canonicalApiAnswer,
  canonicalPeerAnswer,
  PEER_QUESTION,
  type ApiAnswer,
  type CanonicalAnswer,
  type PeerAnswer,
} from './peer-question.js';
import { nodeBinary } from './node-line.js';
import { formatCpu, medianOf, ratios, type Measured } from './peer-measured.js';
import { startPeerProcess, type PeerProcess } from './peer-process.js';

const args = benchArgs('pnpm bench:peer', 'This API against PostGraphile 5 and 4.14 on the same question and data.', {
  db: { type: 'string', existing: true },
  'database-url': { type: 'string' },
  'admin-url': {
    type: 'string',
    default: process.env.MTTQ_BENCH_POSTGRES_URL ?? 'postgres://root@localhost/postgres?host=/var/run/postgresql',
  },
  communes: { type: 'string', default: '60' },
  areas: { type: 'string', default: '30' },
  people: { type: 'string', default: '4' },
  assignments: { type: 'string', default: '1' },
  seed: { type: 'string', default: '20250701' },
  pick: { type: 'string', default: '50' },
  check: { type: 'string', default: '5' },
  connections: { type: 'string', default: '1,10' },
  seconds: { type: 'string', default: '10' },
  warmup: { type: 'string', default: '5' },
  rounds: { type: 'string', default: '3' },
  'cpu-prof': { type: 'string' },
  keep: { type: 'boolean', default: false },
  'postgraphile5-node': { type: 'string', default: '22' },
});
const log = (line: string) => process.stderr.write(`${line}\n`);
const seed = Number(args.seed);
const seconds = Number(args.seconds);
const warmup = Number(args.warmup);
const rounds = Number(args.rounds);
const connectionCounts = args.connections.split(',').map(Number);

const dataset = await peerDataset({
  sqliteFile: args.db,
  postgresUrl: args['database-url'],
  adminUrl: args['admin-url'],
  keep: args.keep,
  generate: {
    seed,
    communes: Number(args.communes),
    areasPerCommune: Number(args.areas),
    peoplePerUnit: Number(args.people),
    assignmentsPerUnit: Number(args.assignments),
  },
  log,
});
const work = mkdtempSync(join(tmpdir(), 'mttq-bench-peer-'));
const servers: PeerProcess[] = [];
try {
  const store = await openStore({ filename: dataset.sqliteFile });
  const [codes, size] = await Promise.all([questionCommunes(store.db, Number(args.pick), seed + 3), datasetSize(store.db)]).finally(() =>
    store.close(),
  );
  if (args['cpu-prof']) mkdirSync(args['cpu-prof'], { recursive: true });
  const cpuProfileDir = args['cpu-prof'];
  const node5 = nodeBinary(Number(args['postgraphile5-node']), log);
  const [peer5, peer, apiSqlite, apiPostgres] = await Promise.all([
    startPeerProcess({
      name: 'PostGraphile 5.1 (PG)',
      entry: 'postgraphile5',
      args: ['--database-url', dataset.postgresUrl, '--port', '0'],
      logFile: join(work, 'postgraphile5.log'),
      node: node5,
    }),
    startPeerProcess({
      name: 'PostGraphile 4.14 (PG)',
      entry: 'postgraphile-server.ts',
      args: ['--database-url', dataset.postgresUrl, '--port', '0'],
      logFile: join(work, 'postgraphile.log'),
    }),
    startPeerProcess({
      name: 'API on SQLite',
      entry: 'api-server.ts',
      args: ['--db', dataset.sqliteFile, '--port', '0'],
      logFile: join(work, 'api-sqlite.log'),
      cpuProfileDir,
    }),
    startPeerProcess({
      name: 'API on PostgreSQL',
      entry: 'api-server.ts',
      args: ['--database-url', dataset.postgresUrl, '--port', '0'],
      logFile: join(work, 'api-postgres.log'),
      cpuProfileDir,
    }),
  ]);
  servers.push(peer5, peer, apiSqlite, apiPostgres);
  const peers = [peer5, peer];

  const peerBodies = codes.map((code) => JSON.stringify({ query: PEER_QUESTION, variables: { code, asOf: QUESTION_DATE } }));
  const apiBodies = codes.map((code) => JSON.stringify({ query: COMMUNE_QUESTION, variables: { code, asOf: QUESTION_DATE } }));
  // Where each does its work: its own process, and for the two on PostgreSQL the server's backends as well.
  const targets = [
    { server: peer5, postgresUrl: dataset.postgresUrl, body: (n: number) => peerBodies[n % peerBodies.length]! },
    { server: peer, postgresUrl: dataset.postgresUrl, body: (n: number) => peerBodies[n % peerBodies.length]! },
    { server: apiSqlite, postgresUrl: undefined, body: (n: number) => apiBodies[n % apiBodies.length]! },
    { server: apiPostgres, postgresUrl: dataset.postgresUrl, body: (n: number) => apiBodies[n % apiBodies.length]! },
  ];

  console.log(`dataset: SQLite ${dataset.sqliteFile} and PostgreSQL ${redact(dataset.postgresUrl)}, the same rows: ${size}`);
  console.log(`question on ${QUESTION_DATE}, rotating over ${codes.length} communes with generated areas (seed ${seed + 3})`);
  console.log(`Node lines: PostGraphile 5 under ${nodeVersion(node5)} (${node5}); the others under ${process.version}`);
  console.log(
    `machine: ${cpus().length} CPUs (${cpus()[0]?.model.trim()}), Node ${process.version}, load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')} before the run`,
  );
  console.log(`processes (pid): ${servers.map((s) => `${s.name} ${s.pid}`).join(', ')}; autocannon in this one (${process.pid})`);

  // The figures compare like with like only if all four give the same answer.
  let objects = 0;
  const checked = codes.slice(0, Number(args.check));
  for (const [n, code] of checked.entries()) {
    const fromPeer = canonicalPeerAnswer((await graphql(peer.url, peerBodies[n]!)) as PeerAnswer);
    const fromPeer5 = canonicalPeerAnswer((await graphql(peer5.url, peerBodies[n]!)) as PeerAnswer);
    const fromSqlite = canonicalApiAnswer((await graphql(apiSqlite.url, apiBodies[n]!)) as ApiAnswer, QUESTION_PAGES);
    const fromPostgres = canonicalApiAnswer((await graphql(apiPostgres.url, apiBodies[n]!)) as ApiAnswer, QUESTION_PAGES);
    if (!fromPeer || fromPeer.areas.length === 0) throw new Error(`PostGraphile finds no areas for ${code}`);
    if (!isDeepStrictEqual(fromPeer5, fromPeer))
      throw new Error(`PostGraphile 5 and 4 answer ${code} differently:\n${diff(fromPeer5, fromPeer)}`);
    if (!isDeepStrictEqual(fromSqlite, fromPeer))
      throw new Error(`API on SQLite and PostGraphile answer ${code} differently:\n${diff(fromSqlite, fromPeer)}`);
    if (!isDeepStrictEqual(fromPostgres, fromPeer))
      throw new Error(`API on PostgreSQL and PostGraphile answer ${code} differently:\n${diff(fromPostgres, fromPeer)}`);
    objects += count(fromPeer);
  }
  console.log(
    `check: PostGraphile 5, PostGraphile 4, API on SQLite and API on PostgreSQL give the same areas, organizations and holders (person — post) for ${checked.length} communes ` +
      `(${checked.join(', ')}; ${Math.round(objects / checked.length)} areas + organizations + holders per answer on average)`,
  );

  log(`warm-up: ${warmup} s each at 10 connections`);
  for (const t of targets) await runLoad({ name: 'warm-up', url: t.server.url, connections: 10, seconds: warmup, body: t.body });

  // Rounds take turns (PostGraphile 5, PostGraphile 4, API on SQLite, API on PostgreSQL, again…), so a slow
  // spell of a shared machine falls on all four; each figure is the median of its rounds. CPU per request (the server process
  // plus, on PostgreSQL, its backends) is measured beside, as it holds up better than throughput on a shared machine.
  const results = new Map<number, Measured[]>();
  for (const connections of connectionCounts) {
    log(`measuring at ${connections} connection(s): ${rounds} rounds of ${seconds} s each`);
    const runs = targets.map(() => [] as Measured[]);
    for (let round = 0; round < rounds; round++) {
      for (const [i, t] of targets.entries()) {
        const meter = await cpuMeter(t.server.pid, t.postgresUrl);
        const load = await runLoad({ name: t.server.name, url: t.server.url, connections, seconds, body: t.body });
        const cpu = await meter.stop();
        if (load.failures > 0) throw new Error(`${t.server.name}: ${load.failures} failed requests at ${connections} connection(s)`);
        const measured = { load, nodeMs: cpu.serverMs / load.requests, postgresMs: cpu.postgresMs / load.requests };
        runs[i]!.push(measured);
        log(`  round ${round + 1}: ${formatLoad(load)}   ${formatCpu(measured)}`);
      }
    }
    const row = runs.map(medianOf);
    for (const m of row) console.log(`${formatLoad(m.load)}\n${' '.repeat(27)}${formatCpu(m)}`);
    const ofApi = row.slice(peers.length);
    for (const [i, ofPeer] of row.slice(0, peers.length).entries()) {
      for (const api of ofApi) console.log(`  ratio ${api.load.name}/${peers[i]!.name} at ${connections} conn: ${ratios(api, ofPeer)}`);
    }
    results.set(connections, row);
  }

  console.log(
    `load average after the run: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')} (other work shares this machine)`,
  );
  console.log(`memory (peak RSS): ${servers.map((s) => `${s.name} ${Math.round(s.peakRssKiB() / 1024)} MiB`).join(', ')}`);
  console.log(
    'target: this API’s throughput ≥ PostGraphile 5’s on the same question (on PostgreSQL; SQLite shown beside); 4.14 for reference',
  );
  for (const [connections, row] of results) {
    for (const [i, ofPeer] of row.slice(0, peers.length).entries()) {
      for (const api of row.slice(peers.length)) {
        const ratio = api.load.requestsPerSecond / ofPeer.load.requestsPerSecond;
        const verdict = i === 0 ? (ratio >= 1 ? ' — met' : ' — MISSED') : '';
        console.log(`  ${api.load.name} at ${connections} conn: ${(ratio * 100).toFixed(0)} % of ${peers[i]!.name}${verdict}`);
      }
    }
  }
} finally {
  // autocannon stops on time with requests still running in the servers: let them finish before the stores close.
  await new Promise((resolve) => setTimeout(resolve, 2000));
  await Promise.all(servers.map((s) => s.stop()));
  await dataset.dispose();
  rmSync(work, { recursive: true, force: true });
  if (args['cpu-prof']) log(`CPU profiles of the API processes written to ${args['cpu-prof']}`);
}

async function postJson(url: string, body: string): Promise<{ status: number; json: unknown }> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body });
  return { status: response.status, json: await response.json() };
}

/** `data` of a GraphQL answer; throws on errors. */
async function graphql(url: string, body: string): Promise<unknown> {
  const { status, json } = await postJson(url, body);
  const result = json as { data?: unknown; errors?: unknown };
  if (status !== 200 || result.errors || !result.data) throw new Error(`${url} answered ${status}: ${JSON.stringify(json).slice(0, 500)}`);
  return result.data;
}

function count(answer: CanonicalAnswer): number {
  return answer.areas.reduce((n, a) => n + 1 + a.organizations.reduce((m, o) => m + 1 + o.holders.length, 0), 0);
}

function diff(a: CanonicalAnswer | null, b: CanonicalAnswer | null): string {
  return `${JSON.stringify(a).slice(0, 800)}\n  vs\n${JSON.stringify(b).slice(0, 800)}`;
}

async function datasetSize(db: Db): Promise<string> {
  const counts = await tableCounts(db, ['admin_unit', 'unit_parent', 'organization', 'post', 'person', 'holding']);
  return Object.entries(counts)
    .map(([t, n]) => `${t} ${n.toLocaleString('en')}`)
    .join(', ');
}

function nodeVersion(binary: string): string {
  return execFileSync(binary, ['--version'], { encoding: 'utf8' }).trim();
}

function redact(url: string): string {
  const u = new URL(url);
  u.password = '';
  return u.toString();
}
