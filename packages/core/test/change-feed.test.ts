import { Migrator } from 'kysely';
import { describe, expect, it } from 'vitest';
import {
  changeCursor,
  createOrganization,
  createPerson,
  createSource,
  latestChangePosition,
  readChangeCursor,
  readChanges,
  runAs,
  unwrap,
  watchChanges,
  type ChangeRecord,
  type Db,
  type SourceId,
} from '../src/index.js';
import { MIGRATIONS } from '../src/store/migrations/index.js';
import { testDialect } from '../src/testing/index.js';
import { exampleStore, freshStore } from './fixtures.js';

const SOURCE = 'src_minh-hoa' as SourceId;

/** Every change after `after`, page by page, as a follower reads them. */
async function allAfter(db: Db, after: number): Promise<ChangeRecord[]> {
  const out: ChangeRecord[] = [];
  for (let page; (page = await readChanges(db, { after: out.at(-1)?.position ?? after, first: 50 })).length > 0;) out.push(...page);
  return out;
}

const person = (db: Db, fullName: string) => createPerson(db, { fullName, sourceId: SOURCE });

describe(`the change feed on ${testDialect()}`, { timeout: 60_000 }, () => {
  it('numbers every audit entry in commit order, the loaded dataset included, and goes on from a cursor', async () => {
    const { db, ids } = await exampleStore();
    const start = await latestChangePosition(db);
    expect(start).toBeGreaterThan(0);
    const loaded = await allAfter(db, 0);
    expect(loaded.map((c) => c.position)).toEqual(Array.from({ length: start }, (_, i) => i + 1));

    const a = unwrap(await runAs({ id: 'token:minh-hoa' }, () => person(db, 'Nguyễn Văn Theo Dõi')));
    const org = unwrap(await createOrganization(db, { type: 'womensUnion', unitId: ids.units.chiemHoaDistrict, sourceId: SOURCE }));
    const after = await allAfter(db, start);
    expect(after.map((c) => [c.position, c.action, c.entityId, c.actor])).toEqual([
      [start + 1, 'person.create', a.id, 'token:minh-hoa'],
      [start + 2, 'organization.create', org.id, 'system'],
    ]);
    expect(after[1]!.unitId).toBe(ids.units.chiemHoaDistrict);
    expect(await readChanges(db, { after: start + 1 })).toEqual([after[1]]);
    expect(readChangeCursor(changeCursor(start + 1))).toBe(start + 1);
    expect(readChangeCursor('not-a-cursor')).toBeUndefined();
  });

  it('filters by the unit subtree and by kind (an action or its prefix)', async () => {
    const { db, ids } = await exampleStore();
    const start = await latestChangePosition(db);
    unwrap(await person(db, 'Người Ngoài Cây'));
    const inDistrict = unwrap(await createOrganization(db, { type: 'womensUnion', unitId: ids.units.chiemHoaDistrict, sourceId: SOURCE }));
    unwrap(await createOrganization(db, { type: 'womensUnion', unitId: ids.units.tuyenQuangUntil2025, sourceId: SOURCE }));
    const under = await readChanges(db, { after: start, withinUnitId: ids.units.chiemHoaDistrict });
    expect(under.map((c) => c.entityId)).toEqual([inDistrict.id]);
    expect((await readChanges(db, { after: start, kinds: ['person'] })).map((c) => c.action)).toEqual(['person.create']);
    expect((await readChanges(db, { after: start, kinds: ['organization.create'] })).map((c) => c.action)).toEqual([
      'organization.create',
      'organization.create',
    ]);
    expect(await readChanges(db, { after: start, kinds: ['organization.cre'] })).toEqual([]);
  });

  it('a follower reading from its last position while twelve writes commit at once misses none and sees none twice', async () => {
    const { db } = await exampleStore();
    const start = await latestChangePosition(db);
    const seen: number[] = [];
    let done = false;
    const follower = (async () => {
      for (let last = start; ;) {
        const finished = done;
        const page = await readChanges(db, { after: last });
        for (const c of page) seen.push(c.position);
        last = page.at(-1)?.position ?? last;
        if (finished && page.length === 0) return;
      }
    })();
    await Promise.all(Array.from({ length: 12 }, (_, i) => person(db, `Cán Bộ Đồng Thời ${i + 1}`)));
    done = true;
    await follower;
    const all = (await allAfter(db, start)).map((c) => c.position);
    expect(all).toHaveLength(12);
    expect(seen).toEqual(all);
  });

  it('migration 0008 numbers the entries already recorded in the order the log lists them, and writes go on after them', async () => {
    const { db } = await freshStore();
    const migrator = new Migrator({ db, provider: { getMigrations: async () => MIGRATIONS } });
    expect((await migrator.migrateTo('0007-search-keys-fold-apostrophes')).error).toBeUndefined();
    const entry = { actor: 'system', action: 'person.create', entity_type: 'person', unit_id: null, before_json: null, after_json: null };
    await db
      .insertInto('audit_log')
      .values([
        { ...entry, id: 'aud_b', at: '2026-01-02T00:00:00.000Z', entity_id: 'person_second' },
        { ...entry, id: 'aud_a', at: '2026-01-01T00:00:00.000Z', entity_id: 'person_first' },
        { ...entry, id: 'aud_c', at: '2026-01-02T00:00:00.000Z', entity_id: 'person_third' },
      ])
      .execute();
    expect((await migrator.migrateToLatest()).error).toBeUndefined();
    expect((await readChanges(db, { after: 0 })).map((c) => [c.position, c.entityId])).toEqual([
      [1, 'person_first'],
      [2, 'person_second'],
      [3, 'person_third'],
    ]);
    unwrap(await createSource(db, { kind: 'synthetic', title: 'Sau khi nâng cấp' }));
    expect((await readChanges(db, { after: 3 })).map((c) => [c.position, c.action])).toEqual([[4, 'source.create']]);
  });

  it('wakes a watcher after a commit of this process', async () => {
    const { db } = await exampleStore();
    let wakes = 0;
    const watch = watchChanges(db, () => wakes++, { pollMs: 60_000 });
    try {
      await new Promise((r) => setTimeout(r, 100));
      const before = wakes;
      unwrap(await person(db, 'Người Được Báo'));
      expect(wakes).toBeGreaterThan(before);
    } finally {
      await watch.close();
    }
  });
});

describe.runIf(testDialect() === 'postgres')('commit order on PostgreSQL', { timeout: 60_000 }, () => {
  it('a write that started first but commits second comes after the one that committed first, and a follower at the first misses it not', async () => {
    const { db } = await exampleStore();
    const start = await latestChangePosition(db);
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let wrote!: () => void;
    const written = new Promise<void>((r) => (wrote = r));
    // The first transaction writes its person (its rows and ids taken first), then waits before it records.
    const first = db.transaction().execute(async (trx) => {
      await trx
        .insertInto('source')
        .values({ id: 'src_cham', kind: 'synthetic', title: 'Ghi chậm', url: null, citation: null, note: null })
        .execute();
      wrote();
      await gate;
      return unwrap(await person(trx, 'Người Ghi Trước'));
    });
    await written;
    const second = unwrap(await person(db, 'Người Ghi Sau'));
    const followerSaw = await readChanges(db, { after: start });
    expect(followerSaw.map((c) => c.entityId)).toEqual([second.id]);
    release();
    const late = await first;
    const next = await readChanges(db, { after: followerSaw[0]!.position });
    expect(next.map((c) => c.entityId)).toEqual([late.id]);
  });

  it('a write that claimed its position waits for nobody, and one that comes later waits for its commit: positions become visible in order', async () => {
    const { db } = await exampleStore();
    const start = await latestChangePosition(db);
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let claimed!: () => void;
    const hasClaimed = new Promise<void>((r) => (claimed = r));
    // The first write claims its position inside a longer transaction that has not committed yet.
    const first = db.transaction().execute(async (trx) => {
      const p = unwrap(await person(trx, 'Người Giữ Vị Trí'));
      claimed();
      await gate;
      return p;
    });
    await hasClaimed;
    let secondDone = false;
    const second = person(db, 'Người Chờ Lượt').then((r) => ((secondDone = true), unwrap(r)));
    await new Promise((r) => setTimeout(r, 300));
    // Without the lock the second would commit a larger position now, and a follower reading it would skip
    // the first one's smaller position, committed later.
    expect(secondDone).toBe(false);
    expect(await readChanges(db, { after: start })).toEqual([]);
    release();
    const [a, b] = [await first, await second];
    expect((await readChanges(db, { after: start })).map((c) => c.entityId)).toEqual([a.id, b.id]);
  });
});
