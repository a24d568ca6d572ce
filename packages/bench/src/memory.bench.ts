/**
 * The API's memory as an operator runs it: `mttq serve` compiled (plain `node packages/api/dist/cli/mttq.js`)
 * against the very same command run from source through tsx, on the same dataset, one after the other. For each:
 * resident memory after start, and its peak while autocannon asks the benchmark question (`COMMUNE_QUESTION`)
 * at 10 connections, and the compiled server's peak against the target of issue 16 (≤ 250 MB). Build first
 * (`pnpm build`).
 *
 * @example
 * npx -y pnpm@12.4.2 build && npx -y pnpm@12.4.2 bench:memory               # generates 20 communes × 30 areas
 * npx -y pnpm@12.4.2 bench:memory --db /tmp/national.sqlite --seconds 20
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { benchArgs } from './bench-args.js';
import { openStore } from '@mttq/core';
import { prepareDataset } from './dataset.js';
import { formatLoad, runLoad } from './load.js';
import { COMMUNE_QUESTION, QUESTION_DATE } from './question.js';
import { questionCommunes } from './question-communes.js';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const COMPILED = 'packages/api/dist/cli/mttq.js';

const args = benchArgs('pnpm bench:memory', 'Peak RSS of the compiled API server under the benchmark question (target: 250 MB).', {
  db: { type: 'string', existing: true },
  'database-url': { type: 'string' },
  communes: { type: 'string', default: '20' },
  areas: { type: 'string', default: '30' },
  seed: { type: 'string', default: '20250701' },
  seconds: { type: 'string', default: '10' },
});
if (!existsSync(`${ROOT}${COMPILED}`)) {
  console.error(`${COMPILED} chưa được biên dịch (not built): chạy \`npx -y pnpm@12.4.2 build\` trước.`);
  process.exit(1);
}
const log = (line: string) => process.stderr.write(`${line}\n`);
const seed = Number(args.seed);
const dataset = await prepareDataset(
  { db: args.db, databaseUrl: args['database-url'], communes: Number(args.communes), areasPerCommune: Number(args.areas), seed },
  log,
);
const storeArgs = dataset.store.url ? ['--database-url', dataset.store.url] : ['--db', dataset.store.filename!];

/** `VmRSS` and `VmHWM` (peak) of a process, in KiB. */
function memoryOf(pid: number): { rssKiB: number; peakKiB: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const field = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1]);
  return { rssKiB: field('VmRSS'), peakKiB: field('VmHWM') };
}

/** Starts `mttq serve` with `runner` in front; resolves with its pid and GraphQL URL once it listens. */
function startServe(runner: readonly string[]): Promise<{ pid: number; url: string; stop: () => Promise<void> }> {
  const child = spawn(process.execPath, [...runner, 'serve', ...storeArgs, '--port', '0', '--host', '127.0.0.1', '--no-example-data'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    let out = '';
    const onData = (chunk: string) => {
      out += chunk;
      const line = out.split('\n').find((l) => l.includes('"listening"'));
      if (!line) return;
      child.stdout!.off('data', onData);
      child.stdout!.resume(); // the request log: read and dropped
      const stop = async () => {
        child.kill('SIGTERM');
        await exited;
      };
      resolve({ pid: child.pid!, url: (JSON.parse(line) as { url: string }).url.replace('localhost', '127.0.0.1'), stop });
    };
    child.stdout!.setEncoding('utf8').on('data', onData);
    void exited.then(() => reject(new Error(`mttq serve (${runner.join(' ')}) ended before listening`)));
  });
}

const store = await openStore(dataset.store);
const codes = await questionCommunes(store.db, 50, seed + 3).finally(() => store.close());
const body = (n: number) => JSON.stringify({ query: COMMUNE_QUESTION, variables: { code: codes[n % codes.length], asOf: QUESTION_DATE } });
console.log(`dataset: ${dataset.label}`);
console.log(
  `machine: ${cpus().length} × ${cpus()[0]?.model}, Node ${process.version}; load average before: ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);

const variants = [
  { name: 'compiled (node dist/cli/mttq.js)', runner: [COMPILED] },
  { name: 'from source (tsx src/cli/mttq.ts)', runner: ['--import', 'tsx', '--conditions=source', 'packages/api/src/cli/mttq.ts'] },
];
const mib = (kib: number) => `${(kib / 1024).toFixed(0)} MiB`;
/** The target of issue 16: the compiled server's peak RSS under the benchmark question. */
const TARGET_MB = 250;
const peaks = new Map<string, number>();
try {
  for (const variant of variants) {
    const server = await startServe(variant.runner);
    try {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      const atRest = memoryOf(server.pid);
      const load = await runLoad({ name: variant.name, url: server.url, connections: 10, seconds: Number(args.seconds), body });
      const after = memoryOf(server.pid);
      console.log(formatLoad(load));
      console.log(`  ${variant.name}: RSS at rest ${mib(atRest.rssKiB)}, peak under the question ${mib(after.peakKiB)}`);
      peaks.set(variant.name, after.peakKiB);
    } finally {
      await server.stop();
    }
  }
} finally {
  dataset.dispose();
}
console.log(
  `load average after: ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')} (above ${cpus().length}: other work shared the CPUs)`,
);
const compiledPeak = peaks.get(variants[0]!.name);
if (compiledPeak !== undefined) {
  const mb = (compiledPeak * 1024) / 1e6;
  console.log(
    `target of issue 16: compiled API peak RSS ≤ ${TARGET_MB} MB under the question — measured ${mb.toFixed(0)} MB (${mib(compiledPeak)}): ${mb <= TARGET_MB ? 'met' : 'NOT MET'}`,
  );
}
