import { mkdtempSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { getSource, loadExampleDataset, openStore, StoreError, type SourceId } from '../src/index.js';
import { exampleStore, tableCounts } from './fixtures.js';

describe('the store', () => {
  it('creates a missing database file with its folder, and reuses it when opened again', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'mttq-')), 'nested', 'mttq.sqlite');
    const first = await openStore({ filename: file });
    await loadExampleDataset(first.db);
    const counts = await tableCounts(first.db);
    await first.close();
    expect(existsSync(file)).toBe(true);
    const second = await openStore({ filename: file });
    await loadExampleDataset(second.db);
    expect(await tableCounts(second.db)).toEqual(counts);
    await second.close();
  });

  it('refuses a database whose schema is newer than the code', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'mttq-')), 'mttq.sqlite');
    await (await openStore({ filename: file })).close();
    const raw = new SQLite(file);
    raw.prepare('insert into kysely_migration (name, timestamp) values (?, ?)').run('9999-from-the-future', new Date().toISOString());
    raw.close();
    const opening = openStore({ filename: file });
    await expect(opening).rejects.toBeInstanceOf(StoreError);
    await expect(opening).rejects.toMatchObject({ code: 'STORE.SCHEMA_TOO_NEW' });
  });

  it('loads the example dataset once: a second load changes nothing', async () => {
    const { db } = await exampleStore();
    const counts = await tableCounts(db);
    await loadExampleDataset(db);
    expect(await tableCounts(db)).toEqual(counts);
  });

  it('gives every record a source, and marks made-up data as synthetic', async () => {
    const { db } = await exampleStore();
    for (const table of ['admin_unit', 'unit_parent', 'organization', 'post', 'person', 'term', 'holding'] as const) {
      const orphans = await db
        .selectFrom(table)
        .leftJoin('source', 'source.id', `${table}.source_id` as never)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('source.id', 'is', null)
        .executeTakeFirstOrThrow();
      expect(Number(orphans.n), table).toBe(0);
    }
    const area = await db.selectFrom('admin_unit').select('source_id').where('id', '=', 'unit_minh-hoa-tdp-1').executeTakeFirstOrThrow();
    expect((await getSource(db, area.source_id as SourceId))?.kind).toBe('synthetic');
  });
});
