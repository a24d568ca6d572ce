import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The worker scripts of this folder. */
export type WorkerScript = 'assignment-writer' | 'national-importer' | 'race-writer';

/** A running worker process: the stdout lines it has printed so far, and its end. */
export interface WorkerRun {
  readonly child: ChildProcess;
  /** Complete stdout lines, in order (a line cut by a kill is not one). */
  readonly lines: readonly string[];
  /** Everything written to stderr so far. */
  stderr(): string;
  /** Resolves at the first line (already printed or to come) that satisfies `test`; rejects if the process ends first. */
  waitForLine(test: (line: string, index: number) => boolean): Promise<string>;
  /** Writes a line to the process's stdin. */
  send(line: string): void;
  /** Resolves when the process has ended and its output has been read to the end. */
  readonly ended: Promise<{ readonly code: number | null; readonly signal: NodeJS.Signals | null }>;
}

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

/**
 * Starts `test/workers/<script>.ts` in its own Node process, through tsx with the `source` condition (about
 * 2 s of startup here, most of it tsx compiling core).
 *
 * @example
 * const run = startWorker('assignment-writer', ['--db', file, '--worker', '0', '--count', '1000']);
 * await run.waitForLine((_, i) => i >= 199);
 * run.child.kill('SIGKILL');
 */
export function startWorker(script: WorkerScript, args: readonly string[]): WorkerRun {
  const path = fileURLToPath(new URL(`./${script}.ts`, import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', '--conditions=source', path, ...args], {
    cwd: ROOT,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  let partial = '';
  let stderr = '';
  let closed = false;
  let waiters: { test: (line: string, index: number) => boolean; resolve: (line: string) => void; reject: (e: Error) => void }[] = [];
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
    const parts = (partial + chunk).split('\n');
    partial = parts.pop()!;
    for (const line of parts) {
      lines.push(line);
      waiters = waiters.filter((w) => (w.test(line, lines.length - 1) ? (w.resolve(line), false) : true));
    }
  });
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => {
      closed = true;
      for (const w of waiters) w.reject(new Error(`${script} ended (${code ?? signal}) before the awaited line; stderr:\n${stderr}`));
      waiters = [];
      resolve({ code, signal });
    });
  });
  return {
    child,
    lines,
    stderr: () => stderr,
    send: (line) => void child.stdin!.write(`${line}\n`),
    ended,
    waitForLine: (test) => {
      const index = lines.findIndex((line, i) => test(line, i));
      if (index >= 0) return Promise.resolve(lines[index]!);
      if (closed) return Promise.reject(new Error(`${script} has already ended; stderr:\n${stderr}`));
      return new Promise((resolve, reject) => waiters.push({ test, resolve, reject }));
    },
  };
}
