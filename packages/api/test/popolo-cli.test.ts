// `mttq popolo export` and `mttq popolo import` as an operator runs them (each a process of its own): a subtree
// exported to a file, imported into an empty SQLite store and exported again, the same bytes; a wrong flag
// exits 2 with the usage, a store that already holds records is refused with one line and exit 1.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadExampleDataset, openStore } from '@mttq/core';
import { freshExamplePostgresDatabase, testDialect } from '@mttq/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runMttq } from '../src/cli/mttq.program.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const folder = mkdtempSync(join(tmpdir(), 'mttq-popolo-'));
const STACK_LINE = /\n\s+at /;

function mttq(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', '--conditions=source', 'packages/api/src/cli/mttq.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, MTTQ_DB: undefined, MTTQ_DATABASE_URL: undefined },
  });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

async function mttqHere(...args: string[]) {
  let out = '';
  let err = '';
  const code = await runMttq(args, { out: (text) => (out += text), err: (text) => (err += text) });
  return { code, out, err };
}

/** The store holding the example dataset, as the flags that name it: a SQLite file, or a PostgreSQL database. */
let example: string[];
let drop = async () => {};
beforeAll(async () => {
  if (testDialect() === 'postgres') {
    const db = await freshExamplePostgresDatabase();
    example = ['--database-url', db.url];
    drop = db.drop;
  } else {
    const file = join(folder, 'example.sqlite');
    const store = await openStore({ filename: file });
    await loadExampleDataset(store.db);
    await store.close();
    example = ['--db', file];
  }
}, 120_000);
afterAll(async () => {
  await drop();
  rmSync(folder, { recursive: true, force: true });
});

describe('mttq popolo', () => {
  it('exports Tỉnh Tuyên Quang on 2026-01-01, imports it into an empty store, and exports the same bytes again', () => {
    const file = join(folder, 'tuyen-quang.json');
    const exported = mttq('popolo', 'export', ...example, '--under', '08', '--as-of', '2026-01-01', '--out', file);
    expect(exported.err).toBe('');
    expect(exported.code).toBe(0);
    expect(exported.out).toMatch(/^Tỉnh Tuyên Quang ngày 2026-01-01 → .*: \d+ khu vực, \d+ tổ chức/);
    const copy = join(folder, 'copy.sqlite');
    const imported = mttq('popolo', 'import', file, '--db', copy);
    expect(imported.err).toBe('');
    expect(imported.code).toBe(0);
    expect(imported.out).toMatch(/đã nhập \d+ khu vực/);
    const again = mttq('popolo', 'export', '--db', copy, '--under', '08', '--as-of', '2026-01-01');
    expect(again.code).toBe(0);
    expect(again.out).toBe(readFileSync(file, 'utf8'));
  }, 120_000);

  it('refuses to import into a store that already holds records: one line, exit 1, no stack trace', () => {
    const file = join(folder, 'commune.json');
    expect(mttq('popolo', 'export', ...example, '--under', '02287', '--as-of', '2026-01-01', '--out', file).code).toBe(0);
    const refused = mttq('popolo', 'import', file, ...example);
    expect(refused.code).toBe(1);
    expect(refused.err.trim().split('\n')).toHaveLength(1);
    expect(refused.err).toMatch(/^POPOLO\.STORE_NOT_EMPTY: Kho dữ liệu đã có dữ liệu/);
    expect(refused.err).not.toMatch(STACK_LINE);
  }, 120_000);

  it('prints the usage and exits 2 for a wrong flag, a missing option or a bad date', async () => {
    for (const args of [
      ['popolo', 'export', '--bogus'],
      ['popolo', 'export', '--under', '08'],
      ['popolo', 'export', '--under', '08', '--as-of', '2026-13-01'],
      ['popolo', 'import'],
    ]) {
      const run = await mttqHere(...args);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.err).toContain('Cách dùng:');
      expect(run.err).not.toMatch(STACK_LINE);
    }
  });

  it('has help for popolo, popolo export and popolo import', async () => {
    for (const command of ['popolo', 'popolo export', 'popolo import']) {
      const help = await mttqHere(...command.split(' '), '--help');
      expect(help.code, command).toBe(0);
      expect(help.out).toContain(`Cách dùng: mttq ${command}`);
    }
  });
});
