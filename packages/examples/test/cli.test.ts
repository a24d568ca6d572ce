import { execFile } from 'node:child_process';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const PACKAGE = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Runs an example program the way its documented command does (tsx with the source condition), on a throwaway database. */
async function example(script: string, ...args: string[]): Promise<string> {
  const { stdout } = await run('npx', ['tsx', '--conditions=source', `src/${script}`, '--db', ':memory:', ...args], { cwd: PACKAGE, timeout: 60_000 });
  return stdout;
}

describe('the example programs run from their commands', () => {
  it('explore', async () => {
    expect(await example('explore.ts', '--province', '08', '--date', '2022-01-01', '--depth', '1')).toContain('Huyện Chiêm Hóa [073]');
  });
  it('who-does-what', async () => {
    expect(await example('who-does-what.ts', '--person', 'tang thi duong', '--date', '2023-06-01')).toContain('Tăng Thị Dương — nhiệm vụ ngày 2023-06-01');
  });
  it('org-chart', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'mttq-chart-')), 'chart');
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
}, 120_000);
