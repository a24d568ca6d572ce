/**
 * The API over loopback HTTP against a hand-written `node:http` JSON endpoint that makes the same core calls:
 * both run in child processes on the same dataset; their answers are checked equal, then autocannon asks the
 * benchmark question (`COMMUNE_QUESTION`) over rotating communes at 1 and at 10 connections, after a warm-up.
 * Prints p50/p99 latency, throughput, the ratios API/hand-written, and the API process's peak RSS; then, for each
 * database, the three targets of issue 16 (CPU per request ≤ 2×, throughput at 10 connections ≥ 50 %, p99 at one
 * connection ≤ 2×) with the ratios measured and whether each is met. `--db` and `--database-url` may be given
 * together: SQLite, then PostgreSQL.
 *
 * @example
 * npx tsx --conditions=source packages/bench/src/http.bench.ts --db /tmp/national.sqlite
 * npx tsx --conditions=source packages/bench/src/http.bench.ts --database-url 'postgres:///mttq_bench?host=/var/run/postgresql'
 * npx tsx --conditions=source packages/bench/src/http.bench.ts --db /tmp/national.sqlite --database-url 'postgres:///mttq_bench?host=/var/run/postgresql'
 * npx tsx --conditions=source packages/bench/src/http.bench.ts --communes 20 --areas 30   # generates a small dataset first
 */
import { mkdirSync, mkdtempSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { benchArgs } from './bench-args.js';
import { openStore } from '@mttq/core';
import { prepareDataset, type Dataset } from './dataset.js';
import { formatTarget, ratioTargets, type PairedLoad, type RatioTarget } from './http-targets.js';
import { formatLoad, runLoad } from './load.js';
import { COMMUNE_QUESTION, QUESTION_DATE } from './question.js';
import { questionCommunes } from './question-communes.js';
import { startServerProcess, type ServerProcess } from './server-process.js';

const args = benchArgs(
  'pnpm bench:api',
  'The API against a hand-written node:http endpoint over HTTP, with the ratios and targets of issue 16.',
  {
    db: { type: 'string', existing: true },
    'database-url': { type: 'string' },
    communes: { type: 'string', default: '20', description: 'communes to generate when no dataset is given' },
    areas: { type: 'string', default: '30' },
    seed: { type: 'string', default: '20250701' },
    pick: { type: 'string', default: '50', description: 'communes the question rotates over' },
    connections: { type: 'string', default: '1,10' },
    seconds: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '5' },
    'cpu-prof': { type: 'string', description: 'write a CPU profile of the API process into this folder' },
  },
);
const log = (line: string) => process.stderr.write(`${line}\n`);
const seed = Number(args.seed);
const seconds = Number(args.seconds);
const warmup = Number(args.warmup);
const connectionCounts = args.connections.split(',').map(Number);

// Each database given is measured in turn (both may be given); with neither, a small SQLite dataset is generated.
const sizes = { communes: Number(args.communes), areasPerCommune: Number(args.areas), seed };
const datasetArgs = [
  ...(args.db ? [{ ...sizes, db: args.db }] : []),
  ...(args['database-url'] ? [{ ...sizes, databaseUrl: args['database-url'] }] : []),
];
const summaries: { label: string; targets: RatioTarget[]; peakKiB: number }[] = [];
for (const one of datasetArgs.length > 0 ? datasetArgs : [sizes]) {
  const dataset = await prepareDataset(one, log);
  try {
    summaries.push(await benchmark(dataset));
  } finally {
    dataset.dispose();
  }
}
console.log('\ntargets of issue 16 (ratios API/hand-written, measured in the same run):');
for (const summary of summaries) {
  console.log(summary.label);
  for (const t of summary.targets) console.log(formatTarget(t));
}
console.log(
  `peak RSS of the API process (run from source through tsx; the 250 MB target is the compiled server's, \`pnpm build && pnpm bench:memory\`): ${summaries
    .map((s) => mib(s.peakKiB))
    .join(', ')}`,
);

/** Starts both servers on a dataset, checks their answers equal, times them, and returns the targets. */
async function benchmark(dataset: Dataset): Promise<{ label: string; targets: RatioTarget[]; peakKiB: number }> {
  const work = mkdtempSync(join(tmpdir(), 'mttq-bench-http-'));
  const servers: ServerProcess[] = [];
  try {
    const store = await openStore(dataset.store);
    const codes = await questionCommunes(store.db, Number(args.pick), seed + 3).finally(() => store.close());
    if (args['cpu-prof']) mkdirSync(args['cpu-prof'], { recursive: true });
    const [api, handWritten] = await Promise.all([
      startServerProcess({
        entry: 'api.server.ts',
        name: 'API (GraphQL)',
        dataset,
        stdoutFile: join(work, 'api.log'),
        cpuProfileDir: args['cpu-prof'],
      }),
      startServerProcess({
        entry: 'hand-written.server.ts',
        name: 'hand-written (node:http)',
        dataset,
        stdoutFile: join(work, 'hand-written.log'),
      }),
    ]);
    servers.push(api, handWritten);
    const atRest = api.memory();
    const apiUrl = `${api.origin}/graphql`;
    const handUrl = `${handWritten.origin}/commune`;
    const apiBody = (n: number) =>
      JSON.stringify({ query: COMMUNE_QUESTION, variables: { code: codes[n % codes.length], asOf: QUESTION_DATE } });
    const handBody = (n: number) => JSON.stringify({ code: codes[n % codes.length], asOf: QUESTION_DATE });

    console.log(`\ndataset: ${dataset.label}`);
    console.log(
      `machine: ${cpus().length} × ${cpus()[0]?.model}, Node ${process.version}; load average before: ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`,
    );
    console.log(`question: COMMUNE_QUESTION on ${QUESTION_DATE}, rotating over ${codes.length} communes (seed ${seed + 3})`);
    console.log(
      `processes: API pid ${api.pid}, hand-written pid ${handWritten.pid} (each its own Node process; autocannon in this one, pid ${process.pid})`,
    );

    // The baseline is only a baseline if it gives the API's answer.
    let rows = 0;
    for (let n = 0; n < Math.min(5, codes.length); n++) {
      const fromApi = await post(apiUrl, apiBody(n));
      const fromHand = await post(handUrl, handBody(n));
      if (!isDeepStrictEqual(fromApi, fromHand)) throw new Error(`the hand-written endpoint answers ${codes[n]} differently from the API`);
      rows += countNodes(fromApi);
    }
    console.log(
      `check: the API and the hand-written endpoint give the same JSON for ${Math.min(5, codes.length)} communes (${Math.round(rows / Math.min(5, codes.length))} objects per answer on average)`,
    );

    log(`warm-up: ${warmup} s each at 10 connections`);
    await runLoad({ name: 'warm-up', url: apiUrl, connections: 10, seconds: warmup, body: apiBody });
    await runLoad({ name: 'warm-up', url: handUrl, connections: 10, seconds: warmup, body: handBody });

    const results: PairedLoad[] = [];
    for (const connections of connectionCounts) {
      log(`measuring at ${connections} connection(s), ${seconds} s each`);
      const fromApi = await runLoad({ name: api.name, url: apiUrl, connections, seconds, body: apiBody, serverCpuMs: api.cpuMs });
      const fromHand = await runLoad({
        name: handWritten.name,
        url: handUrl,
        connections,
        seconds,
        body: handBody,
        serverCpuMs: handWritten.cpuMs,
      });
      results.push({ api: fromApi, hand: fromHand });
      console.log(formatLoad(fromApi));
      console.log(formatLoad(fromHand));
      console.log(
        `  ratio API/hand-written at ${connections} conn: throughput ${pct(fromApi.requestsPerSecond / fromHand.requestsPerSecond)}, ` +
          `p50 ×${(fromApi.p50Ms / fromHand.p50Ms).toFixed(2)}, p99 ×${(fromApi.p99Ms / fromHand.p99Ms).toFixed(2)}, ` +
          `server CPU per request ×${(fromApi.serverCpuMsPerRequest! / fromHand.serverCpuMsPerRequest!).toFixed(2)}`,
      );
    }

    const memory = api.memory();
    const handMemory = handWritten.memory();
    console.log(
      `memory: API peak RSS ${mib(memory.peakKiB)} (${mib(atRest.currentKiB)} after start, ${mib(memory.currentKiB)} at the end); hand-written peak RSS ${mib(handMemory.peakKiB)}`,
    );
    console.log(
      `load average after: ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')} (above ${cpus().length}: other work shared the CPUs)`,
    );
    return { label: dataset.label, targets: ratioTargets(results), peakKiB: memory.peakKiB };
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
    if (args['cpu-prof']) log(`CPU profile of the API process written to ${args['cpu-prof']}`);
  }
}

async function post(url: string, body: string): Promise<unknown> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body });
  const json = (await response.json()) as { data?: { unitByCode?: { children?: { edges: unknown[] } } }; errors?: unknown };
  if (!response.ok || json.errors) throw new Error(`${url} answered ${response.status}: ${JSON.stringify(json).slice(0, 500)}`);
  if (!json.data?.unitByCode?.children?.edges.length)
    throw new Error(`${url} answered a commune with no areas: ${JSON.stringify(json).slice(0, 300)}`);
  return json;
}

/** Objects in an answer: the commune, areas, organizations, holders, people and posts. */
function countNodes(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((n: number, v) => n + countNodes(v), 0);
  if (value === null || typeof value !== 'object') return 0;
  const entries = Object.entries(value);
  const own = entries.some(([, v]) => typeof v === 'string') ? 1 : 0;
  return own + entries.reduce((n, [, v]) => n + countNodes(v), 0);
}

function pct(ratio: number): string {
  return `${(ratio * 100).toFixed(0)} %`;
}

function mib(kib: number): string {
  return `${(kib / 1024).toFixed(0)} MiB`;
}
