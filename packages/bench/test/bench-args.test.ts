// Every benchmark reads its flags through benchArgs: --help and a wrong flag end kindly, never in a stack trace.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testDialect } from '@mttq/core/testing';

const SRC = new URL('../src/', import.meta.url).pathname;
const ROOT = new URL('../../../', import.meta.url).pathname;

function run(file: string, args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', '--conditions=source', join(SRC, file), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 120_000,
  });
}

describe.runIf(testDialect() === 'sqlite')('benchmarks’ flags', { timeout: 300_000 }, () => {
  it('every benchmark and the dataset generator read their flags through benchArgs', () => {
    const files = [...readdirSync(SRC).map((f) => f), ...readdirSync(join(SRC, 'peer')).map((f) => `peer/${f}`)].filter(
      (f) => f.endsWith('.bench.ts') || f === 'generate-dataset.ts',
    );
    expect(files.length).toBeGreaterThanOrEqual(8);
    for (const f of files) expect(readFileSync(join(SRC, f), 'utf8'), f).toMatch(/benchArgs\(/);
  });

  it('--help prints the usage and exits 0; a wrong flag prints one line and the usage and exits 2', () => {
    const help = run('statements.bench.ts', ['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Usage: pnpm bench:statements [options]');
    expect(help.stdout).toContain('--db <value>');
    const wrong = run('peer/peer.bench.ts', ['--bogus']);
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toMatch(/^Unknown option '--bogus'/);
    expect(wrong.stderr).toContain('Usage: pnpm bench:peer [options]');
    expect(wrong.stderr).not.toMatch(/\n\s+at /);
  });

  it('a --db that names no file is one line and exit 2, and no store is created in its place', () => {
    const missing = join(ROOT, 'no-such-folder-for-bench', 'kept.sqlite');
    const wrong = run('statements.bench.ts', ['--db', missing]);
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toBe(`--db ${missing}: no such file\n`);
    expect(existsSync(missing)).toBe(false);
  });

  it('bench:core refuses an unknown --only letter at once, before generating a dataset', () => {
    const wrong = run('core-queries.bench.ts', ['--only', 'c,z']);
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toBe("--only c,z: no scenario is lettered z (the letters: a, b, c, c', c+, d)\n");
  });
});
