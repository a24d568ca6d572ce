import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** A server the peer benchmark started in a process of its own. */
export interface PeerProcess {
  readonly name: string;
  readonly pid: number;
  /** The GraphQL endpoint. */
  readonly url: string;
  /** Peak resident set size in KiB (`VmHWM` of /proc/<pid>/status). */
  peakRssKiB(): number;
  /** SIGTERM, then wait for the exit (a `--cpu-prof` profile is written on the way out). */
  stop(): Promise<void>;
}

const REPOSITORY_ROOT = fileURLToPath(new URL('../../../..', import.meta.url));

/** PostGraphile 5's server: plain JavaScript in a package of its own, run by a Node binary of line 22 or later. */
const POSTGRAPHILE5_ENTRY = fileURLToPath(new URL('../../../bench-postgraphile5/server.mjs', import.meta.url));

/**
 * Runs a TypeScript server entry of this folder through tsx (as `pnpm start` runs the API) in its own Node
 * process — or, for `postgraphile5`, PostGraphile 5's server under the Node binary `node` — and resolves with
 * its URL once it prints `{"event":"listening","url":…}`. The rest of its standard output (the API's request
 * log) goes to `logFile`.
 */
export function startPeerProcess(options: {
  readonly name: string;
  readonly entry: 'api-server.ts' | 'postgraphile-server.ts' | 'postgraphile5';
  readonly args: readonly string[];
  readonly logFile: string;
  readonly cpuProfileDir?: string;
  /** The Node binary (default: the one running the benchmark). */
  readonly node?: string;
}): Promise<PeerProcess> {
  const profile = options.cpuProfileDir ? ['--cpu-prof', '--cpu-prof-dir', options.cpuProfileDir] : [];
  const command =
    options.entry === 'postgraphile5'
      ? [...profile, POSTGRAPHILE5_ENTRY]
      : ['--import', 'tsx', '--conditions=source', ...profile, fileURLToPath(new URL(options.entry, import.meta.url))];
  const child = spawn(options.node ?? process.execPath, [...command, ...options.args], {
    cwd: REPOSITORY_ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
    // Grafast's production mode, as a deployment runs it (without it, it prints a reminder on every start).
    env: { ...process.env, GRAPHILE_ENV: 'production' },
  });
  const log = createWriteStream(options.logFile);
  return new Promise((resolve, reject) => {
    const early = (code: number | null) => reject(new Error(`${options.name} exited with ${code} before listening`));
    child.once('exit', early);
    child.once('error', reject);
    let head = '';
    const onData = (chunk: Buffer) => {
      head += chunk.toString('utf8');
      for (let end = head.indexOf('\n'); end >= 0; end = head.indexOf('\n')) {
        const line = head.slice(0, end);
        head = head.slice(end + 1);
        const url = listeningUrl(line);
        if (!url) {
          log.write(`${line}\n`);
          continue;
        }
        child.stdout!.off('data', onData);
        child.off('exit', early);
        log.write(head);
        child.stdout!.pipe(log);
        return resolve(handle(options.name, child, url));
      }
    };
    child.stdout!.on('data', onData);
  });
}

function handle(name: string, child: ChildProcess, url: string): PeerProcess {
  const pid = child.pid!;
  return {
    name,
    pid,
    url,
    peakRssKiB: () => Number(/^VmHWM:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? NaN),
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

function listeningUrl(line: string): string | undefined {
  try {
    const event = JSON.parse(line) as { event?: string; url?: string };
    return event.event === 'listening' ? event.url : undefined;
  } catch {
    return undefined;
  }
}
