import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VIETNAMESE_LETTERS, type Db } from '@mttq/core';
import { englishIn, testDialect } from '@mttq/core/testing';
import { exampleStore } from './fixtures.js';
import { runProgram, type ExampleRun } from './run-program.js';

/** Each program whose report this file checks, with arguments that make it print a full report. */
const REPORTS: readonly { readonly name: string; readonly script: string; readonly args: readonly string[] }[] = [
  { name: 'explore', script: 'explore.ts', args: ['--province', '08', '--date', '2022-01-01', '--depth', '2'] },
  { name: 'who-does-what --person', script: 'who-does-what.ts', args: ['--person', 'tang thi duong', '--date', '2023-06-01'] },
  { name: 'who-does-what --unit', script: 'who-does-what.ts', args: ['--unit', '073', '--date', '2024-07-01'] },
  { name: 'who-does-what --directive', script: 'who-does-what.ts', args: ['--directive', '02-ĐA/TU', '--date', '2023-06-01'] },
  { name: 'rules', script: 'rules.ts', args: [] },
  { name: 'print-tree', script: 'print-tree.ts', args: ['--date', '2026-01-01'] },
  { name: 'org-chart', script: 'org-chart.ts', args: ['--unit', '073', '--date', '2023-06-01'] },
  { name: 'import-csv', script: 'import-csv.ts', args: [] },
];

/** Every name the example dataset stores (units, organizations, posts, people, directives, tasks), longest first. */
async function storedNames(db: Db): Promise<string[]> {
  const lists = await Promise.all([
    db.selectFrom('admin_unit').select(['full_name as a', 'name as b']).execute(),
    db.selectFrom('organization').select(['name as a', 'name as b']).execute(),
    db.selectFrom('post').select(['title as a', 'title as b']).execute(),
    db.selectFrom('person').select(['full_name as a', 'full_name as b']).execute(),
    db.selectFrom('directive').select(['title as a', 'symbol as b']).execute(),
    db.selectFrom('task').select(['title as a', 'title as b']).execute(),
  ]);
  const names = new Set(lists.flat().flatMap((r) => [r.a, r.b].filter((n): n is string => !!n)));
  return [...names].sort((x, y) => y.length - x.length);
}

/** The output with every stored name taken out: what is left is what the program wrote itself. */
const withoutNames = (output: string, names: readonly string[]) => names.reduce((text, name) => text.replaceAll(name, '·'), output);

/** Each report run in both languages, all processes at once: they are slow to start on a loaded machine. */
let runs: { readonly name: string; readonly vi: ExampleRun; readonly en: ExampleRun }[] = [];
let names: string[] = [];

// The programs run as their own processes on their own SQLite stores whatever the project's database: on the
// PostgreSQL project these runs would only repeat the SQLite ones.
describe.skipIf(testDialect() !== 'sqlite')('the example programs write their reports in the language of the run', () => {
  beforeAll(async () => {
    names = await storedNames((await exampleStore()).db);
    const run = (script: string, args: readonly string[], lang: string) => {
      const out = script === 'org-chart.ts' ? ['--out', join(mkdtempSync(join(tmpdir(), 'mttq-lang-')), 'chart')] : [];
      const db = script === 'import-csv.ts' ? join(mkdtempSync(join(tmpdir(), 'mttq-lang-')), 'x.sqlite') : ':memory:';
      return runProgram(script, ['--db', db, ...args, ...out], { env: { LANG: lang, LC_ALL: '', LC_MESSAGES: '' } });
    };
    runs = await Promise.all(
      REPORTS.map(async ({ name, script, args }) => {
        const [vi, en] = await Promise.all([run(script, args, 'vi_VN.UTF-8'), run(script, args, 'en_US.UTF-8')]);
        return { name, vi, en };
      }),
    );
  }, 600_000);
  afterAll(() => {
    runs = [];
  });

  it('ends every run well, with a report', () => {
    expect(runs).toHaveLength(REPORTS.length);
    for (const { name, vi, en } of runs) {
      for (const r of [vi, en]) {
        expect(r.stderr, name).toBe('');
        expect(r.code, name).toBe(0);
        expect(r.stdout.trim().length, name).toBeGreaterThan(0);
      }
    }
  });

  it('writes no Vietnamese in an English run outside the names it prints', () => {
    for (const { name, en } of runs) {
      const own = withoutNames(en.stdout, names);
      const lines = own.split('\n').filter((line) => VIETNAMESE_LETTERS.test(line));
      expect(lines, name).toEqual([]);
    }
  });

  it('writes no English in a Vietnamese run, and the two runs differ', () => {
    for (const { name, vi, en } of runs) {
      expect(englishIn(vi.stdout), name).toEqual([]);
      expect(vi.stdout, name).not.toBe(en.stdout);
    }
  });

  it('keeps the names as stored and says the report in words of the run', () => {
    const byName = new Map(runs.map((r) => [r.name, r]));
    expect(byName.get('who-does-what --person')!.en.stdout).toContain('Tăng Thị Dương — tasks on 2023-06-01');
    expect(byName.get('who-does-what --person')!.vi.stdout).toContain('Tăng Thị Dương — nhiệm vụ ngày 2023-06-01');
    expect(byName.get('explore')!.en.stdout).toContain('Huyện Chiêm Hóa [073] (district level)');
    expect(byName.get('explore')!.vi.stdout).toContain('Huyện Chiêm Hóa [073] (cấp huyện)');
    expect(byName.get('rules')!.en.stdout).toContain('→ NO');
    expect(byName.get('rules')!.vi.stdout).toContain('→ KHÔNG');
    expect(byName.get('import-csv')!.en.stdout).toContain('Imported: units.csv 2 rows');
  });
});
