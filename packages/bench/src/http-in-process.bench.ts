/**
 * The API against the hand-written answer in one process, without HTTP's noise: the benchmark question through
 * `api.fetch` and through `communeAnswer` (the same core reads, the same JSON), in alternating rounds, CPU time per
 * request of each (`process.cpuUsage`, GC threads included) and their ratio; then the bytes the API allocates per
 * request (V8's sampling heap profiler, collected objects included) and the functions that allocate most. On a
 * shared machine the CPU of one round varies by tens of percent; the allocation does not: compare before and after
 * a change with it, and with the medians of several rounds.
 *
 * @example
 * npx tsx --conditions=source packages/bench/src/http-in-process.bench.ts --db /tmp/mttq16-40x30.sqlite
 * npx tsx --conditions=source packages/bench/src/http-in-process.bench.ts --database-url 'postgres:///mttq_bench16?host=/var/run/postgresql' --rounds 5
 */
import { Session } from 'node:inspector/promises';
import { loadavg } from 'node:os';
import { createApi } from '@mttq/api';
import { isoDate, openStore } from '@mttq/core';
import { benchArgs } from './bench-args.js';
import { communeAnswer } from './commune-answer.js';
import { COMMUNE_QUESTION, QUESTION_DATE } from './question.js';
import { questionCommunes } from './question-communes.js';

const args = benchArgs(
  'npx tsx --conditions=source packages/bench/src/http-in-process.bench.ts',
  'The API (api.fetch) against the hand-written answer in one process: CPU per request, its ratio, and bytes allocated.',
  {
    db: { type: 'string', existing: true },
    'database-url': { type: 'string' },
    requests: { type: 'string', default: '100', description: 'requests of each per round' },
    rounds: { type: 'string', default: '3' },
    seed: { type: 'string', default: '20250701' },
    top: { type: 'string', default: '15', description: 'allocating functions listed' },
  },
);
if (!args.db && !args['database-url']) {
  console.error('give --db <sqlite file> or --database-url <postgres url> of a generated dataset');
  process.exit(2);
}
const requests = Number(args.requests);
const store = await openStore(args['database-url'] ? { url: args['database-url'] } : { filename: args.db! });
const codes = await questionCommunes(store.db, 40, Number(args.seed) + 3);
const api = createApi({ db: store.db, log: () => {} }); // the log line is built, as in production, and dropped
const code = (n: number) => codes[n % codes.length]!;

async function viaApi(n: number): Promise<string> {
  const body = JSON.stringify({ query: COMMUNE_QUESTION, variables: { code: code(n), asOf: QUESTION_DATE } });
  const response = await api.fetch('http://api/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  return response.text();
}

async function viaHand(n: number): Promise<string> {
  const { code: c, asOf } = JSON.parse(JSON.stringify({ code: code(n), asOf: QUESTION_DATE })) as { code: string; asOf: string };
  return JSON.stringify({ data: { unitByCode: await communeAnswer(store.db, c, isoDate(asOf)) } });
}

async function cpuPerRequest(ask: (n: number) => Promise<string>): Promise<number> {
  const start = process.cpuUsage();
  for (let n = 0; n < requests; n++) await ask(n);
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000 / requests;
}

const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
console.log(`load average before: ${load()}`);
for (let n = 0; n < 60; n++) await Promise.all([viaApi(n), viaHand(n)]); // warm: compiled queries, JIT
const ratios: number[] = [];
for (let round = 0; round < Number(args.rounds); round++) {
  const apiMs = await cpuPerRequest(viaApi);
  const handMs = await cpuPerRequest(viaHand);
  ratios.push(apiMs / handMs);
  console.log(
    `round ${round + 1}: API ${apiMs.toFixed(2)} ms CPU per request, hand-written ${handMs.toFixed(2)} ms, ratio ×${(apiMs / handMs).toFixed(2)}`,
  );
}
ratios.sort((a, b) => a - b);
console.log(`median ratio ×${ratios[Math.floor(ratios.length / 2)]!.toFixed(2)}`);

// Allocation: every sampled allocation of `requests` API requests, collected or not.
const session = new Session();
session.connect();
await session.post('HeapProfiler.startSampling', {
  samplingInterval: 1024,
  includeObjectsCollectedByMajorGC: true,
  includeObjectsCollectedByMinorGC: true,
});
for (let n = 0; n < requests; n++) await viaApi(n);
const { profile } = await session.post('HeapProfiler.stopSampling');
session.disconnect();
type Node = { callFrame: { functionName: string; url: string }; selfSize: number; children: Node[] };
const byFunction = new Map<string, number>();
let total = 0;
const walk = (node: Node) => {
  const { functionName, url } = node.callFrame;
  const name = `${functionName || '(anonymous)'} ${url.replace(/.*node_modules\/\.pnpm\/[^/]+\/node_modules\//, '').replace(/.*\/packages\//, 'packages/')}`;
  byFunction.set(name, (byFunction.get(name) ?? 0) + node.selfSize);
  total += node.selfSize;
  for (const child of node.children) walk(child);
};
walk(profile.head as unknown as Node);
console.log(`allocated by the API per request: ${Math.round(total / requests / 1024)} KiB; most (self):`);
for (const [name, bytes] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, Number(args.top))) {
  console.log(`  ${String(Math.round(bytes / requests / 1024)).padStart(5)} KiB  ${name}`);
}
console.log(`load average after: ${load()}`);
await store.close();
