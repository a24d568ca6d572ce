// The `mttq` command as an operator meets it (from the sources; the compiled one runs the same modules): help for
// every command, usage and exit 2 for a wrong flag or a missing argument (in this process), one line and exit 1
// for a refusal, never a stack trace unless --debug, tokens, backup and check-rules at work on a SQLite file (as
// a process of its own).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listApiTokens, openStore } from '@mttq/core';
import { afterAll, describe, expect, it } from 'vitest';
import { runMttq } from '../src/cli/mttq.program.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const folder = mkdtempSync(join(tmpdir(), 'mttq-cli-'));
const STACK_LINE = /\n\s+at /;

function mttq(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', '--conditions=source', 'packages/api/src/cli/mttq.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, MTTQ_DB: undefined, MTTQ_DATABASE_URL: undefined },
  });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

/** Runs the command in this process, with its help, usage and refusals captured. */
async function mttqHere(...args: string[]) {
  let out = '';
  let err = '';
  const code = await runMttq(args, { out: (text) => (out += text), err: (text) => (err += text) });
  return { code, out, err };
}

afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('mttq', () => {
  it('has help for every command and subcommand, in Vietnamese by default', async () => {
    for (const command of [
      '',
      'serve',
      'import',
      'import national',
      'tokens',
      'tokens create',
      'tokens list',
      'tokens revoke',
      'backup',
      'check-rules',
      'verify',
    ]) {
      const help = await mttqHere(...command.split(' ').filter(Boolean), '--help');
      expect(help.code, command).toBe(0);
      expect(help.out).toContain(`Cách dùng: mttq${command ? ` ${command}` : ''}`);
    }
  }, 300_000);

  it('prints the usage and exits 2 for an unknown flag, an unknown command, a missing argument or a bad value', async () => {
    const cases = [
      [['serve', '--bogus'], "Lỗi: không có tùy chọn '--bogus'"],
      [['bogus'], "Lỗi: không có lệnh 'bogus'"],
      [['tokens', 'revoke'], "Lỗi: thiếu tham số bắt buộc 'token-id'"],
      [['backup', '--db', join(folder, 'a.sqlite')], "Lỗi: thiếu tùy chọn bắt buộc '--to <file>'"],
      [['serve', '--port', 'abc'], "Lỗi: tùy chọn '-p, --port <port>' không nhận giá trị 'abc'. Cổng phải là số nguyên từ 0 đến 65535."],
      [
        ['tokens', 'create', '--name', 'x', '--unit', '02287', '--date', '2026-13-01'],
        "Lỗi: tùy chọn '--date <YYYY-MM-DD>' không nhận giá trị '2026-13-01'.",
      ],
      [[], 'Cách dùng: mttq'],
    ] as const;
    for (const [args, message] of cases) {
      const run = await mttqHere(...args);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.err).toContain(message);
      expect(run.err).toContain('Cách dùng:');
      expect(run.err).not.toMatch(STACK_LINE);
    }
  }, 300_000);

  it('refuses with one line and exit 1, and shows the stack trace only with --debug', () => {
    const missing = join(folder, 'missing.sqlite');
    const refused = mttq('backup', '--db', missing, '--to', join(folder, 'copy.sqlite'));
    expect(refused.code).toBe(1);
    expect(refused.err.trim().split('\n')).toEqual([`STORE.NOT_FOUND: Không tìm thấy tệp dữ liệu ${missing}.`]);

    const unknownUnit = mttq(
      'tokens',
      'create',
      '--name',
      'x',
      '--unit',
      '99999',
      '--date',
      '2026-01-01',
      '--db',
      join(folder, 'tokens.sqlite'),
    );
    expect(unknownUnit.code).toBe(1);
    expect(unknownUnit.err.trim()).toMatch(/^UNIT\.CODE_UNKNOWN: [^\n]*99999[^\n]*$/);

    const debug = mttq('backup', '--db', missing, '--to', join(folder, 'copy.sqlite'), '--debug');
    expect(debug.code).toBe(1);
    expect(debug.err).toMatch(STACK_LINE);
  }, 300_000);

  it('creates, lists and revokes a token, backs the store up, and checks the rule test files', async () => {
    const db = join(folder, 'store.sqlite');
    const created = mttq('tokens', 'create', '--name', 'MTTQ xã Chiêm Hóa', '--unit', '02287', '--date', '2026-01-01', '--db', db);
    expect(created.code, created.err).toBe(0);
    const id = /^(tok_\S+)/.exec(created.out)?.[1];
    expect(id).toBeDefined();
    expect(created.out).toContain('Mã bí mật');

    const listed = mttq('tokens', 'list', '--db', db);
    expect(listed.out).toContain(`${id}  "MTTQ xã Chiêm Hóa"`);
    expect(mttq('tokens', 'revoke', id!, '--db', db).out).toContain('thu hồi');

    const copy = join(folder, 'backup', 'copy.sqlite');
    const backup = mttq('backup', '--db', db, '--to', copy);
    expect(backup.code, backup.err).toBe(0);
    const store = await openStore({ filename: copy });
    try {
      const [token] = await listApiTokens(store.db);
      expect(token?.id).toBe(id);
      expect(token?.revokedAt).not.toBeNull();
    } finally {
      await store.close();
    }

    const rules = mttq(
      'check-rules',
      'packages/core/rules/default-pack.rules-test.yaml',
      'packages/core/rules/example-commune-pack.rules-test.yaml',
    );
    expect(rules.code, rules.out).toBe(0);
    expect(rules.out).toMatch(/\d+ kiểm tra đạt, 0 không đạt/);
  }, 300_000);
});
