import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VIETNAMESE_LETTERS } from '@mttq/core';
import { englishIn, testDialect } from '@mttq/core/testing';
import { PACKAGE, runProgram, STACK_FRAME } from './run-program.js';

/** Runs an example program on a throwaway database and returns its stdout, failing on a non-zero exit. */
async function example(script: string, ...args: string[]): Promise<string> {
  const run = await runProgram(script, ['--db', ':memory:', ...args]);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return run.stdout;
}

const tempDir = (prefix: string) => mkdtempSync(join(tmpdir(), prefix));

// Every program here runs as its own process on its own SQLite store (in memory or a temporary file), whatever
// the database of the vitest project: on the PostgreSQL project these runs would only repeat the SQLite ones.
const onSqliteProject = testDialect() === 'sqlite';

describe.skipIf(!onSqliteProject)(
  'the example programs run from their commands',
  () => {
    it('explore', async () => {
      expect(await example('explore.ts', '--province', '08', '--date', '2022-01-01', '--depth', '1')).toContain('Huyện Chiêm Hóa [073]');
    });
    it('who-does-what', async () => {
      expect(await example('who-does-what.ts', '--person', 'tang thi duong', '--date', '2023-06-01')).toContain(
        'Tăng Thị Dương — nhiệm vụ ngày 2023-06-01',
      );
    });
    it('org-chart', async () => {
      const out = join(tempDir('mttq-chart-'), 'chart');
      expect(await example('org-chart.ts', '--unit', '073', '--date', '2023-06-01', '--out', out)).toContain('.svg');
      expect(readFileSync(`${out}.svg`, 'utf8')).toContain('Triệu Đức Long');
      expect(readFileSync(`${out}.mmd`, 'utf8')).toContain('flowchart TD');
    });
    it('import-csv', async () => {
      expect(await example('import-csv.ts')).toContain('Đã nhập: units.csv 2 dòng');
    });
    it('rules', async () => {
      expect(await example('rules.ts')).toContain('→ KHÔNG');
    });
    it('print-tree', async () => {
      const out = await example('print-tree.ts', '--date', '2026-01-01');
      expect(out).toContain('=== 2026-01-01 ===');
      expect(out).toContain('├─ Xã Chiêm Hóa [02287] · xã');
    });
  },
  300_000,
);

/** Each program with a lookup a person may get wrong: its arguments, and what the one line names. */
const PROGRAMS = [
  { script: 'explore.ts', notFound: ['--province', '99'], names: '99' },
  { script: 'who-does-what.ts', notFound: ['--person', 'không có ai tên này'], names: 'không có ai tên này' },
  { script: 'org-chart.ts', notFound: ['--unit', '073', '--date', '2026-01-01'], names: '073' },
  { script: 'import-csv.ts', notFound: ['--dir', 'no-such-folder'], names: 'no-such-folder' },
  { script: 'rules.ts', notFound: ['--pack', 'no-such-pack.json'], names: 'no-such-pack.json' },
  { script: 'print-tree.ts', notFound: ['--unit', '073', '--date', '2026-01-01'], names: '073' },
] as const;

describe.skipIf(!onSqliteProject).concurrent(
  'every example program fails kindly',
  () => {
    for (const { script, notFound, names } of PROGRAMS) {
      it(`${script} --help prints the usage in Vietnamese, and exits 0`, async () => {
        const run = await runProgram(script, ['--help']);
        expect(run.code).toBe(0);
        expect(run.stdout).toContain('Cách dùng:');
        expect(run.stdout).toContain('--db <file>');
        expect(run.stdout).toContain('Mã thoát:');
        expect(run.stdout).not.toContain('Usage:');
        expect(run.stderr).toBe('');
      });

      it(`${script} with an unknown flag prints the usage on stderr and exits 2`, async () => {
        const run = await runProgram(script, ['--db', ':memory:', '--no-such-flag']);
        expect(run.code).toBe(2);
        expect(run.stderr).toContain("Lỗi: không có tùy chọn '--no-such-flag'");
        expect(run.stderr).toContain('Cách dùng:');
        expect(run.stderr).not.toMatch(STACK_FRAME);
        expect(run.stdout).toBe('');
      });

      it(`${script} with something not found says so in one line and exits 1, with no stack trace`, async () => {
        const run = await runProgram(script, ['--db', ':memory:', ...notFound]);
        expect(run.code).toBe(1);
        expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
        expect(run.stderr).toContain(names);
        expect(run.stderr).not.toMatch(STACK_FRAME);
      });
    }

    it('speaks one language per run: help, a wrong flag and a refusal in Vietnamese by default, in English with --lang en or an English locale', async () => {
      const vietnamese = { LANG: 'C.UTF-8' };
      const english = { LANG: 'en_US.UTF-8' };
      // Each input in Vietnamese and in English, the two ways of asking for English shared out (processes are slow here).
      const [help, helpEn, helpLocale, flag, flagLocale, notFound, notFoundEn] = await Promise.all([
        runProgram('explore.ts', ['--help'], { env: vietnamese }),
        runProgram('explore.ts', ['--lang', 'en', '--help'], { env: vietnamese }),
        runProgram('explore.ts', ['--help'], { env: english }),
        runProgram('explore.ts', ['--db', ':memory:', '--no-such-flag'], { env: vietnamese }),
        runProgram('explore.ts', ['--db', ':memory:', '--no-such-flag'], { env: english }),
        // A folder not found is refused before the store is opened: no example dataset to load on a loaded machine.
        runProgram('import-csv.ts', ['--db', ':memory:', '--dir', 'no-such-folder'], { env: vietnamese }),
        runProgram('import-csv.ts', ['--lang', 'en', '--db', ':memory:', '--dir', 'no-such-folder'], { env: vietnamese }),
      ]);
      for (const [vi, en, code] of [
        [help, helpEn, 0],
        [help, helpLocale, 0],
        [flag, flagLocale, 2],
        [notFound, notFoundEn, 1],
      ] as const) {
        expect([vi.code, en.code]).toEqual([code, code]);
        expect(englishIn(vi.stdout + vi.stderr)).toEqual([]);
        expect(vi.stdout + vi.stderr).toMatch(VIETNAMESE_LETTERS);
        expect(en.stdout + en.stderr).not.toMatch(VIETNAMESE_LETTERS);
        expect(en.stderr).not.toMatch(STACK_FRAME);
      }
      expect(help.stdout).toContain('Cách dùng: explore [tùy chọn]');
      expect(helpEn.stdout).toContain('Usage: explore [options]');
      expect(helpLocale.stdout).toContain('Exit status: 0 — done');
      expect(flagLocale.stderr).toContain("error: unknown option '--no-such-flag'");
      expect(notFound.stderr).toBe(`Không có thư mục ${join(PACKAGE, 'no-such-folder')}.\n`);
      expect(notFoundEn.stderr).toBe(`No folder ${join(PACKAGE, 'no-such-folder')}.\n`);
      const asked = await runProgram('explore.ts', ['--lang', 'vi', '--help'], { env: english });
      expect(asked.stdout).toContain('Cách dùng:');
    }, 600_000);

    it('an unknown --lang is a bad value: the usage and exit 2', async () => {
      const run = await runProgram('explore.ts', ['--db', ':memory:', '--lang', 'fr']);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain("Lỗi: tùy chọn '--lang <lang>' không nhận giá trị 'fr'. Chỉ nhận vi, en.");
      expect(run.stderr).toContain('Cách dùng:');
      expect(run.stdout).toBe('');
    });

    it('a date that is not YYYY-MM-DD, or not a real day, is a bad value: the usage and exit 2', async () => {
      for (const [script, date] of [
        ['explore.ts', '2026-1-1'],
        ['who-does-what.ts', '2023-02-30'],
      ] as const) {
        const run = await runProgram(
          script,
          ['--db', ':memory:', '--unit', '073', '--date', date].filter(
            (a) => script === 'who-does-what.ts' || (a !== '--unit' && a !== '073'),
          ),
        );
        expect(run.code).toBe(2);
        expect(run.stderr).toContain(
          `Lỗi: tùy chọn '--date <YYYY-MM-DD>' không nhận giá trị '${date}'. Ngày phải là một ngày có thật, dạng YYYY-MM-DD.`,
        );
        expect(run.stderr).toContain('Cách dùng:');
      }
    });

    it('a negative depth is a bad value: the usage and exit 2', async () => {
      const run = await runProgram('explore.ts', ['--db', ':memory:', '--depth', '-1']);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('Độ sâu phải là số nguyên không âm');
      expect(run.stderr).not.toContain('depth must be');
    });

    it('who-does-what with none of --person, --unit, --directive, or two of them, shows the usage and exits 2', async () => {
      const none = await runProgram('who-does-what.ts', ['--db', ':memory:']);
      expect(none.code).toBe(2);
      expect(none.stderr).toContain('cần một trong --person, --unit, --directive');
      const two = await runProgram('who-does-what.ts', ['--db', ':memory:', '--person', 'a', '--unit', '073']);
      expect(two.code).toBe(2);
      expect(two.stderr).toContain("Lỗi: tùy chọn '--person <name>' và tùy chọn '--unit <code>' không dùng cùng nhau.");
    });

    it('a unit not found by who-does-what and a directive not found are one line and exit 1', async () => {
      const unit = await runProgram('who-does-what.ts', ['--db', ':memory:', '--unit', '999', '--date', '2024-07-01']);
      expect([unit.code, unit.stderr]).toEqual([1, 'UNIT.CODE_UNKNOWN: Không có đơn vị nào mang mã 999 vào ngày 2024-07-01.\n']);
      const directive = await runProgram('who-does-what.ts', ['--db', ':memory:', '--directive', '99-XX/YY']);
      expect([directive.code, directive.stderr]).toEqual([1, 'Không tìm thấy văn bản "99-XX/YY".\n']);
    });

    it('an unreadable store is one line and exit 1; --debug shows the stack trace', async () => {
      const notDb = join(tempDir('mttq-notdb-'), 'not-a-database.sqlite');
      writeFileSync(notDb, 'this is not SQLite\n'.repeat(100));
      const run = await runProgram('rules.ts', ['--db', notDb]);
      expect(run.code).toBe(1);
      expect(run.stderr).toBe(`Không mở được tệp dữ liệu ${notDb}: file is not a database\n`);
      const debug = await runProgram('rules.ts', ['--db', notDb, '--debug']);
      expect(debug.code).toBe(1);
      expect(debug.stderr).toMatch(STACK_FRAME);
    });

    it('org-chart with no arguments draws Xã Chiêm Hóa as it is today, into the folder it was run from', async () => {
      const cwd = tempDir('mttq-chart-today-');
      const run = await runProgram('org-chart.ts', [], { cwd, env: { MTTQ_EXAMPLES_DB: ':memory:' } });
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/^Xã Chiêm Hóa, ngày \d{4}-\d{2}-\d{2}: đã ghi org-chart\.svg và org-chart\.mmd/);
      expect(readFileSync(join(cwd, 'org-chart.svg'), 'utf8')).toContain('Ban Thường trực Ủy ban MTTQ xã Chiêm Hóa');
      expect(readFileSync(join(cwd, 'org-chart.mmd'), 'utf8')).toContain('Cán bộ Minh Họa Xã Chiêm Hóa');
    });

    it('rules reads your own pack from JSON, and names a pack that is not one', async () => {
      const own = await runProgram('rules.ts', [
        '--db',
        ':memory:',
        '--pack',
        join(PACKAGE, '..', 'core', 'rules', 'example-commune-pack.json'),
      ]);
      expect(own.code).toBe(0);
      expect(own.stdout).toContain('ban-thuong-truc-giao-ban-cong-tac-mat-tran');
      const wrong = await runProgram('rules.ts', ['--db', ':memory:', '--pack', 'package.json']);
      expect(wrong.code).toBe(1);
      expect(wrong.stderr).toMatch(
        /package\.json: RULE_PACK\.INVALID: Bộ quy tắc không hợp lệ \(\d+ lỗi\): version: trường không được biết/,
      );
    });
  },
  300_000,
);

describe.skipIf(!onSqliteProject)(
  'import-csv on a database file',
  () => {
    it('imports the templates once; the same files again change nothing and say so', async () => {
      const db = join(tempDir('mttq-csv-db-'), 'examples.sqlite');
      const first = await runProgram('import-csv.ts', ['--db', db]);
      expect([first.code, first.stderr]).toEqual([0, '']);
      expect(first.stdout).toContain(
        'Đã nhập: units.csv 2 dòng, organizations.csv 3 dòng, posts.csv 3 dòng, people.csv 2 dòng, holdings.csv 3 dòng',
      );
      const again = await runProgram('import-csv.ts', ['--db', db]);
      expect([again.code, again.stderr]).toEqual([0, '']);
      expect(again.stdout).toContain('Không thay đổi gì: mọi dòng đã có trong kho từ lần nhập trước');
      const tree = await runProgram('print-tree.ts', ['--db', db, '--date', '2026-01-01']);
      expect(tree.stdout.match(/Thôn Minh Họa A/g)).toHaveLength(1);
    });

    it('refuses files that add to an earlier import, naming each row already in the store, and writes nothing', async () => {
      const db = join(tempDir('mttq-csv-db-'), 'examples.sqlite');
      expect((await runProgram('import-csv.ts', ['--db', db])).code).toBe(0);
      const dir = tempDir('mttq-csv-more-');
      cpSync(join(PACKAGE, 'templates'), dir, { recursive: true });
      const units = readFileSync(join(dir, 'units.csv'), 'utf8');
      writeFileSync(join(dir, 'units.csv'), `${units.trimEnd()}\nthon-c,,thon,Minh Họa C,02287,2025-07-01,,synthetic\n`);
      const run = await runProgram('import-csv.ts', ['--db', db, '--dir', dir]);
      expect(run.code).toBe(1);
      const lines = run.stderr.trimEnd().split('\n');
      expect(lines[0]).toBe('Không nhập gì: 13 lỗi.');
      expect(lines[1]).toBe('  units.csv:2: key: đã có trong kho từ một lần nhập trước');
      expect(run.stderr).not.toContain('units.csv:4:');
      const tree = await runProgram('print-tree.ts', ['--db', db, '--date', '2026-01-01']);
      expect(tree.stdout).not.toContain('Thôn Minh Họa C');
    });

    it('a folder that does not exist, a file given as the folder, and a folder with none of the files are errors', async () => {
      const cwd = tempDir('mttq-csv-cwd-');
      const missing = await runProgram('import-csv.ts', ['--db', ':memory:', '--dir', 'my-province'], { cwd });
      expect([missing.code, missing.stdout, missing.stderr]).toEqual([
        1,
        '',
        // One language at a time (Vietnamese by default): no English alongside since the language policy.
        `Không có thư mục ${join(cwd, 'my-province')}.\n`,
      ]);
      const file = await runProgram('import-csv.ts', ['--db', ':memory:', '--dir', join(PACKAGE, 'templates', 'units.csv')]);
      expect(file.code).toBe(1);
      expect(file.stderr).toContain('không phải thư mục');
      const empty = await runProgram('import-csv.ts', ['--db', ':memory:', '--dir', cwd]);
      expect(empty.code).toBe(1);
      expect(empty.stderr).toContain('không có tệp nào trong units.csv, organizations.csv, posts.csv, people.csv, holdings.csv');
    });
  },
  300_000,
);
