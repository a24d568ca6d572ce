import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** An API started as `pnpm start` starts it (main.ts under tsx), in its own process. */
export interface ApiProcess {
  readonly child: ChildProcess;
  /** Its GraphQL URL on 127.0.0.1. */
  readonly url: string;
  /** Everything it wrote to stderr so far. */
  stderr(): string;
  /** Resolves with its exit code once it has ended. */
  readonly exited: Promise<number | null>;
}

/** Starts main.ts with `args` on a free port of 127.0.0.1; resolves once it logs that it listens. */
export function startApiProcess(args: readonly string[], env: Readonly<Record<string, string>> = {}): Promise<ApiProcess> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', '--conditions=source', 'packages/api/src/main.ts', '--port', '0', '--host', '127.0.0.1', ...args],
    {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr!.setEncoding('utf8').on('data', (c: string) => (stderr += c));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      const line = out.split('\n').find((l) => l.includes('"listening"'));
      if (line)
        resolve({ child, url: (JSON.parse(line) as { url: string }).url.replace('localhost', '127.0.0.1'), stderr: () => stderr, exited });
    });
    void exited.then((code) => reject(new Error(`the API exited (${code}) before listening:\n${stderr}`)));
  });
}

/** Runs main.ts with `args` (and `env` over this process's environment) to its end: its exit code and output (for refusals at start). */
export function runApiProcess(
  args: readonly string[],
  env: Readonly<Record<string, string>> = {},
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', '--conditions=source', 'packages/api/src/main.ts', ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.setEncoding('utf8').on('data', (c: string) => (stdout += c));
  child.stderr!.setEncoding('utf8').on('data', (c: string) => (stderr += c));
  return new Promise((resolve) => child.once('close', (code) => resolve({ code, stdout, stderr })));
}
