import { fork, type ChildProcess } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Dataset } from './dataset.js';

/** A server running in a child process: its loopback URL, its pid, its memory, and how to stop it. */
export interface ServerProcess {
  readonly name: string;
  readonly pid: number;
  readonly origin: string;
  /** Peak and current resident set size in KiB (`VmHWM`, `VmRSS` of /proc/<pid>/status). */
  memory(): { readonly peakKiB: number; readonly currentKiB: number };
  /** CPU time used so far, user and system, in milliseconds (`/proc/<pid>/stat`, clock-tick resolution). */
  cpuMs(): number;
  stop(): Promise<void>;
}

/** What to start a server process with. */
export interface ServerProcessOptions {
  /** The entry file under `servers/`, e.g. `api.server.ts`. */
  readonly entry: string;
  readonly name: string;
  readonly dataset: Dataset;
  /** Where the child's standard output goes (the API writes one log line per request there). */
  readonly stdoutFile: string;
  /** Write a V8 CPU profile (`--cpu-prof`) into this folder when the process ends. */
  readonly cpuProfileDir?: string;
}

/** `getconf CLK_TCK`: 100 on Linux. */
const CLOCK_TICKS_PER_SECOND = 100;
const REPOSITORY_ROOT = fileURLToPath(new URL('../../..', import.meta.url));

/**
 * Starts a server entry (TypeScript, run through tsx as `pnpm start` does) in its own Node process, so it
 * neither shares the event loop with the load generator nor mixes its memory with it; resolves once it
 * listens.
 */
export function startServerProcess(options: ServerProcessOptions): Promise<ServerProcess> {
  const { store } = options.dataset;
  const args = store.url ? ['--database-url', store.url] : ['--db', store.filename!];
  const stdout = openSync(options.stdoutFile, 'a');
  const child = fork(fileURLToPath(new URL(`servers/${options.entry}`, import.meta.url)), args, {
    cwd: REPOSITORY_ROOT,
    execArgv: [
      '--import',
      'tsx',
      '--conditions=source',
      ...(options.cpuProfileDir ? ['--cpu-prof', '--cpu-prof-dir', options.cpuProfileDir] : []),
    ],
    stdio: ['ignore', stdout, 'inherit', 'ipc'],
  });
  closeSync(stdout);
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`${options.name} exited with ${code} before listening`)));
    child.once('message', (message: { port: number }) => {
      child.removeAllListeners('exit');
      child.removeAllListeners('error');
      resolve(handle(options.name, child, message.port));
    });
  });
}

function handle(name: string, child: ChildProcess, port: number): ServerProcess {
  const pid = child.pid!;
  return {
    name,
    pid,
    origin: `http://127.0.0.1:${port}`,
    memory: () => {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      const kib = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
      return { peakKiB: kib('VmHWM'), currentKiB: kib('VmRSS') };
    },
    cpuMs: () => {
      // Fields after the command name (which may hold spaces) start at the state, field 3: utime is 14, stime 15.
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_SECOND;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
