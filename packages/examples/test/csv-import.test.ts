import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isoDate, searchPeople, postsHeldBy, type Db } from '@mttq/core';
import { tableCounts } from '@mttq/core/testing';
import { formatRowError, rowErrorIn } from '../src/lib/csv-files.js';
import { importCsvFolder } from '../src/lib/csv-import.js';
import { exampleStore } from './fixtures.js';

const TEMPLATES = join(dirname(fileURLToPath(import.meta.url)), '..', 'templates');

function templatesCopy(edit?: (file: string, text: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'mttq-csv-'));
  cpSync(TEMPLATES, dir, { recursive: true });
  if (edit)
    for (const file of ['units.csv', 'organizations.csv', 'posts.csv', 'people.csv', 'holdings.csv']) {
      writeFileSync(join(dir, file), edit(file, readFileSync(join(dir, file), 'utf8')));
    }
  return dir;
}

async function count(db: Db): Promise<number> {
  const counts = await tableCounts(db, ['admin_unit', 'organization', 'post', 'person', 'holding', 'source']);
  return Object.values(counts).reduce((a, b) => a + b, 0);
}

describe('importing your own province from CSV', () => {
  it('imports the templates: two synthetic villages of Xã Chiêm Hóa with their boards and heads', async () => {
    const { db } = await exampleStore();
    const result = await importCsvFolder(db, TEMPLATES);
    expect(result).toEqual({ ok: true, counts: { units: 2, organizations: 3, posts: 3, people: 2, holdings: 3 } });
    const [person] = await searchPeople(db, 'nguoi minh hoa mot');
    const held = await postsHeldBy(db, person!.id, isoDate('2026-01-01'));
    expect(held.map((h) => `${h.post.title} — ${h.organization.name}`).sort()).toEqual([
      'Chi hội trưởng — Chi hội Phụ nữ thôn Minh Họa A',
      'Trưởng ban — Ban Công tác Mặt trận thôn Minh Họa A',
    ]);
  });

  it('names the file, line and field of every bad row, and writes nothing', async () => {
    const { db } = await exampleStore();
    const dir = templatesCopy((file, text) =>
      file === 'units.csv'
        ? text.replace('thon-b,,thon,', 'thon-b,,thonn,').replace('02287,2025-07-01,,synthetic', '02287,2025-13-01,,synthetic')
        : file === 'holdings.csv'
          ? text.replace('nguoi-2,truong-ban-b', 'nguoi-9,truong-ban-b')
          : text,
    );
    const before = await count(db);
    const result = await importCsvFolder(db, dir);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map(formatRowError)).toEqual([
      'units.csv:2: valid_from: "2025-13-01" không phải ngày YYYY-MM-DD',
      'units.csv:3: kind: "thonn" không phải loại đơn vị',
      'holdings.csv:4: person: "nguoi-9" không có trong people.csv',
    ]);
    expect(await count(db)).toBe(before);
  });

  it('reports a refusal of the model against its row, and undoes the whole import', async () => {
    const { db } = await exampleStore();
    // Both people as head of the same work board at once: a single-seat post.
    const dir = templatesCopy((file, text) =>
      file === 'holdings.csv' ? text.replace('nguoi-2,truong-ban-b', 'nguoi-2,truong-ban-a') : text,
    );
    const before = await count(db);
    const result = await importCsvFolder(db, dir);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(formatRowError(result.errors[0]!)).toMatch(/^holdings\.csv:4: post: HOLDING\.SEAT_TAKEN: /);
    expect(await count(db)).toBe(before);
  });

  it('changes nothing when the same files are imported again, and says so', async () => {
    const { db } = await exampleStore();
    expect((await importCsvFolder(db, TEMPLATES)).ok).toBe(true);
    const before = await count(db);
    const again = await importCsvFolder(db, TEMPLATES);
    expect(again).toEqual({ ok: true, unchanged: true, counts: { units: 2, organizations: 3, posts: 3, people: 2, holdings: 3 } });
    expect(await count(db)).toBe(before);
  });

  it('refuses files that add to an earlier import, naming each row already in the store, and writes nothing', async () => {
    const { db } = await exampleStore();
    expect((await importCsvFolder(db, TEMPLATES)).ok).toBe(true);
    const dir = templatesCopy((file, text) => (file === 'people.csv' ? `${text.trimEnd()}\nnguoi-3,Người Minh Họa Ba,synthetic\n` : text));
    const before = await count(db);
    const result = await importCsvFolder(db, dir);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map(formatRowError)).toHaveLength(13);
    expect(result.errors.map(formatRowError)).toContain('people.csv:3: key: đã có trong kho từ một lần nhập trước');
    expect(result.errors.map((e) => rowErrorIn(e, 'en'))).toContain('people.csv:3: key: already in the store from an earlier import');
    expect(result.errors.map(formatRowError)).toContain('holdings.csv:4: person, post, valid_from: đã có trong kho từ một lần nhập trước');
    expect(result.errors.some((e) => e.file === 'people.csv' && e.line === 4)).toBe(false);
    expect(await count(db)).toBe(before);
  });
});
