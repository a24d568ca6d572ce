// One language per run for the programs: `mttq` and `pnpm start` speak Vietnamese by default and English with
// --lang en or an English locale — help, commander's own words, wrong flags and refusals — never the two at once.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { VIETNAMESE_LETTERS } from '@mttq/core';
import { englishIn, testDialect } from '@mttq/core/testing';
import { describe, expect, it } from 'vitest';
import { runMttq } from '../src/cli/mttq.program.js';
import { runApiProcess } from './api-process.js';

/** Runs the command in this process with `env` as its environment, its help, usage and refusals captured. */
async function mttqHere(args: readonly string[], env: NodeJS.ProcessEnv = { LANG: 'C.UTF-8' }) {
  let out = '';
  let err = '';
  const code = await runMttq(args, { out: (text) => (out += text), err: (text) => (err += text) }, env);
  return { code, out, err };
}

const STACK_LINE = /\n\s+at /;
const missingStore = join(mkdtempSync(join(tmpdir(), 'mttq-lang-')), 'missing.sqlite');

describe('mttq --lang', () => {
  it('shows its help in English with --lang en, LANG=en_US.UTF-8 or LC_ALL=en_GB.UTF-8, and in Vietnamese otherwise', async () => {
    for (const [args, env] of [
      [['--lang', 'en', '--help'], undefined],
      [['--help'], { LANG: 'en_US.UTF-8' }],
      [['--help'], { LC_ALL: 'en_GB.UTF-8', LANG: 'vi_VN.UTF-8' }],
    ] as const) {
      const help = await mttqHere(args, env);
      expect(help.code).toBe(0);
      expect(help.out).toContain('Usage: mttq [options] [command]');
      expect(help.out).toContain('serve [options]         serve the GraphQL API');
      expect(help.out).not.toContain('Cách dùng');
    }
    const vietnamese = await mttqHere(['--lang', 'vi', '--help'], { LANG: 'en_US.UTF-8' });
    expect(vietnamese.out).toContain('Cách dùng: mttq [tùy chọn] [lệnh]');
    expect(vietnamese.out).toContain('serve [tùy chọn]        chạy API GraphQL');
  });

  it('says a wrong flag in English, with the usage, and exits 2', async () => {
    const run = await mttqHere(['--lang', 'en', 'serve', '--bogus']);
    expect(run.code).toBe(2);
    expect(run.err).toContain("error: unknown option '--bogus'");
    expect(run.err).toContain('Usage: mttq serve [options]');
    expect(run.err).not.toMatch(VIETNAMESE_LETTERS);
  });

  it('refuses an unknown --lang with the usage and exit 2', async () => {
    const run = await mttqHere(['--lang', 'fr']);
    expect(run.code).toBe(2);
    expect(run.err).toContain("Lỗi: tùy chọn '--lang <lang>' không nhận giá trị 'fr'. Chỉ nhận vi, en.");
    expect(run.err).toContain('Cách dùng: mttq');
  });

  it('speaks one language per run: help, a wrong flag, a bad value and a refusal, in Vietnamese by default and in English when asked', async () => {
    const runs = {
      help: [['--help'], 0],
      commandHelp: [['verify', '--help'], 0],
      wrongFlag: [['serve', '--prot', '4000'], 2],
      badValue: [['popolo', 'export', '--under', '08', '--as-of', '2024-13-01', '--db', missingStore], 2],
      refused: [['verify', '--db', missingStore], 1],
      refusedByCore: [['backup', '--db', missingStore, '--to', `${missingStore}.copy`], 1],
    } as const;
    for (const [what, [args, code]] of Object.entries(runs)) {
      const vi = await mttqHere(args, { LANG: 'C.UTF-8' });
      expect(vi.code, what).toBe(code);
      expect(englishIn(vi.out + vi.err), what).toEqual([]);
      expect(vi.out + vi.err, what).toMatch(VIETNAMESE_LETTERS);
      for (const en of [await mttqHere(['--lang', 'en', ...args]), await mttqHere(args, { LANG: 'en_US.UTF-8' })]) {
        expect(en.code, what).toBe(code);
        expect(en.out + en.err, what).not.toMatch(VIETNAMESE_LETTERS);
        expect(en.err, what).not.toMatch(STACK_LINE);
      }
    }
  });
});

// `pnpm start` runs as a process of its own (main.ts), so on the SQLite project only: the PostgreSQL one would repeat it.
describe.skipIf(testDialect() !== 'sqlite')('pnpm start in one language', () => {
  it('says its help, a wrong flag and a refusal in Vietnamese by default and in English with --lang en or LANG=en_US.UTF-8', async () => {
    const vietnamese = { LANG: 'C.UTF-8' };
    const english = { LANG: 'en_US.UTF-8' };
    // Each input in Vietnamese and in English, the two ways of asking for English shared out (processes are slow here).
    const [help, helpEn, helpLocale, flag, flagLocale, refused, refusedEn] = await Promise.all([
      runApiProcess(['--help'], vietnamese),
      runApiProcess(['--lang', 'en', '--help'], vietnamese),
      runApiProcess(['--help'], english),
      runApiProcess(['--prot', '4000'], vietnamese),
      runApiProcess(['--prot', '4000'], english),
      runApiProcess(['--port', '99999'], vietnamese),
      runApiProcess(['--lang', 'en', '--port', '99999'], vietnamese),
    ]);
    for (const [vi, en, code] of [
      [help, helpEn, 0],
      [help, helpLocale, 0],
      [flag, flagLocale, 2],
      [refused, refusedEn, 1],
    ] as const) {
      expect([vi.code, en.code]).toEqual([code, code]);
      expect(englishIn(vi.stdout + vi.stderr)).toEqual([]);
      expect(vi.stdout + vi.stderr).toMatch(VIETNAMESE_LETTERS);
      expect(en.stdout + en.stderr).not.toMatch(VIETNAMESE_LETTERS);
      expect(en.stderr).not.toMatch(STACK_LINE);
    }
    expect(help.stdout).toContain('Cách dùng: pnpm start');
    expect(helpEn.stdout).toContain('Usage: pnpm start');
    expect(flagLocale.stderr).toContain("Unknown option '--prot'.");
    expect(refused.stderr).toBe('Cổng không hợp lệ: 99999 — chọn một số từ 0 đến 65535.\n');
    expect(refusedEn.stderr).toBe('Invalid port: 99999 — choose a number from 0 to 65535.\n');
  }, 600_000);
});
