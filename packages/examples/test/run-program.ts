import { execFile } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The examples package folder. */
export const PACKAGE = join(dirname(fileURLToPath(import.meta.url)), '..');
const TSX = join(PACKAGE, '..', '..', 'node_modules', '.bin', 'tsx');

/** How an example program ended: its exit status and what it wrote. */
export interface ExampleRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs an example program the way its documented command does (tsx with the source condition) and resolves with
 * how it ended, whatever its exit status. `cwd` is where the user ran it (paths they type are taken from there).
 */
export function runProgram(
  script: string,
  args: readonly string[],
  options: { readonly cwd?: string; readonly env?: NodeJS.ProcessEnv } = {},
): Promise<ExampleRun> {
  const cwd = options.cwd ?? PACKAGE;
  return new Promise((resolve) => {
    execFile(
      TSX,
      ['--conditions=source', join(PACKAGE, 'src', script), ...args],
      { cwd, timeout: 280_000, env: { ...process.env, INIT_CWD: cwd, ...options.env } },
      (error, stdout, stderr) => resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr }),
    );
  });
}

/** A stack trace's frame line, which a person should never meet without `--debug`. */
export const STACK_FRAME = /^\s+at .+[:(]/m;
