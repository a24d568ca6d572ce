// A store written before search folded apostrophes gets its keys made again when it is opened: "Ea H'Leo" is
// then found as "ea h’leo" and "ea hleo". (A SQLite file, migrated by hand to the schema before.)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore, searchUnits } from '../src/index.js';
import { MIGRATIONS } from '../src/store/migrations/index.js';
import { testDialect } from '../src/testing/index.js';

const dir = mkdtempSync(join(tmpdir(), 'mttq-migration-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.skipIf(testDialect() !== 'sqlite')('migration 0007: search keys fold apostrophes', () => {
  it('makes the keys of names with an apostrophe again, and leaves the others', async () => {
    const filename = join(dir, 'before.sqlite');
    const old = new Kysely<any>({ dialect: new SqliteDialect({ database: new SQLite(filename) }) });
    const migrator = new Migrator({ db: old, provider: { getMigrations: async () => MIGRATIONS } });
    expect((await migrator.migrateTo('0006-api-token-admin')).error).toBeUndefined();
    await old
      .insertInto('source')
      .values({ id: 'src_x', kind: 'synthetic', title: 'Thử', url: null, citation: null, note: null })
      .execute();
    const unit = { kind: 'huyen', level: 'district', code: null, valid_from: '0001-01-01', valid_to: '2025-07-01', source_id: 'src_x' };
    await old
      .insertInto('admin_unit')
      .values([
        { ...unit, id: 'unit_eahleo', name: "Ea H'Leo", full_name: "Huyện Ea H'Leo", search_key: 'huyen ea h leo' },
        { ...unit, id: 'unit_chiemhoa', name: 'Chiêm Hóa', full_name: 'Huyện Chiêm Hóa', search_key: 'huyen chiem hoa' },
      ])
      .execute();
    await old.destroy();

    const store = await openStore({ filename });
    try {
      const keys = await store.db.selectFrom('admin_unit').select(['id', 'search_key']).orderBy('id').execute();
      expect(keys).toEqual([
        { id: 'unit_chiemhoa', search_key: 'huyen chiem hoa' },
        { id: 'unit_eahleo', search_key: 'huyen ea hleo' },
      ]);
      for (const query of ['ea h’leo', "Ea H'Leo", 'ea hleo']) {
        const found = await searchUnits(store.db, query);
        expect(
          found.map((u) => u.id),
          query,
        ).toEqual(['unit_eahleo']);
      }
    } finally {
      await store.close();
    }
  });
});
