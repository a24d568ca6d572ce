// The `mttq` command in English: --lang en or an English locale; an unknown --lang is a wrong command line.
import { describe, expect, it } from 'vitest';
import { runMttq } from '../src/cli/mttq.program.js';

/** Runs the command in this process with `env` as its environment, its help, usage and refusals captured. */
async function mttqHere(args: readonly string[], env: NodeJS.ProcessEnv = { LANG: 'C.UTF-8' }) {
  let out = '';
  let err = '';
  const code = await runMttq(args, { out: (text) => (out += text), err: (text) => (err += text) }, env);
  return { code, out, err };
}

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
    expect(vietnamese.out).toContain('Cách dùng (usage): mttq');
  });

  it('says a wrong flag in English, with the usage, and exits 2', async () => {
    const run = await mttqHere(['--lang', 'en', 'serve', '--bogus']);
    expect(run.code).toBe(2);
    expect(run.err).toContain("error: unknown option '--bogus'");
    expect(run.err).toContain('Usage: mttq serve [options]');
    expect(run.err).not.toContain('Tùy chọn không rõ');
  });

  it('refuses an unknown --lang with the usage and exit 2', async () => {
    const run = await mttqHere(['--lang', 'fr']);
    expect(run.code).toBe(2);
    expect(run.err).toContain("argument 'fr' is invalid. Allowed choices are vi, en.");
    expect(run.err).toContain('Cách dùng (usage): mttq');
  });
});
