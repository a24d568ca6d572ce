import { describe, expect, it } from 'vitest';
import {
  childrenOn,
  createUnit,
  endOrganization,
  endUnit,
  isoDate,
  predecessorsOf,
  readChanges,
  stableId,
  successorsOf,
  unitIdBefore,
  unitIdFrom,
  unwrap,
  validity,
  verifyStore,
  whatBecameOf,
  type Db,
  type OrganizationId,
  type Result,
  type SourceId,
  type UnitEnd,
  type UnitEndError,
  type UnitId,
} from '../src/index.js';
import { testDialect } from '../src/testing/index.js';
import { exampleStore, tableCounts } from './fixtures.js';

const SOURCE = 'src_minh-hoa' as SourceId;
const NEW_COMMUNE = unitIdFrom('02287'); // Xã Chiêm Hóa, from 2025-07-01
const PROVINCE_FROM = unitIdFrom('08');
const DISTRICT = unitIdBefore('073'); // Huyện Chiêm Hóa, until 2025-06-30
const XUAN_QUANG = unitIdBefore('02326'); // Xã Xuân Quang, until 2025-06-30
const area = (key: string) => stableId<UnitId>('unit', key);

/** A village of Xã Chiêm Hóa from 2026-01-01, with nothing under or at it yet. */
async function village(db: Db, name: string): Promise<UnitId> {
  const unit = unwrap(
    await createUnit(db, {
      kind: 'thon',
      name,
      validity: validity(isoDate('2026-01-01')),
      parents: [{ parentId: NEW_COMMUNE }],
      sourceId: SOURCE,
    }),
  );
  return unit.id;
}

function refusalOf(result: Result<UnitEnd, UnitEndError>) {
  if (result.ok) throw new Error(`expected a refusal, got ${JSON.stringify(result.value)}`);
  return result.error;
}

describe(`ending a unit on ${testDialect()}`, { timeout: 120_000 }, () => {
  it('a village merged into its neighbour ends on the day, its successor recorded as lineage, audited and in the change feed, and the store still sound', async () => {
    const { db } = await exampleStore();
    const [minhHoa8, minhHoa9] = [await village(db, 'Minh Họa 8'), await village(db, 'Minh Họa 9')];
    const start = (await readChanges(db, { after: 0, first: 100_000 })).at(-1)!.position;

    const ended = unwrap(
      await endUnit(db, { unitId: minhHoa8, date: isoDate('2026-06-01'), successors: [{ unitId: minhHoa9 }], sourceId: SOURCE }),
    );
    expect(ended.unit).toMatchObject({
      id: minhHoa8,
      fullName: 'Thôn Minh Họa 8',
      validity: { validFrom: '2026-01-01', validTo: '2026-06-01' },
    });
    expect(ended.successors).toEqual([
      { predecessorId: minhHoa8, successorId: minhHoa9, onDate: '2026-06-01', kind: 'mergedInto', sourceId: SOURCE },
    ]);

    // The lineage queries see the link both ways, and follow it.
    expect((await successorsOf(db, minhHoa8)).map((s) => [s.unit.fullName, s.link.onDate, s.link.kind])).toEqual([
      ['Thôn Minh Họa 9', '2026-06-01', 'mergedInto'],
    ]);
    expect((await predecessorsOf(db, minhHoa9)).map((s) => s.unit.fullName)).toEqual(['Thôn Minh Họa 8']);
    expect((await whatBecameOf(db, minhHoa8, isoDate('2026-07-01'))).map((u) => u.fullName)).toEqual(['Thôn Minh Họa 9']);
    // Its commune has it as a child on its last day, not on the day it ended.
    expect((await childrenOn(db, NEW_COMMUNE, isoDate('2026-05-31'))).map((u) => u.id)).toContain(minhHoa8);
    expect((await childrenOn(db, NEW_COMMUNE, isoDate('2026-06-01'))).map((u) => u.id)).not.toContain(minhHoa8);

    const entry = await db
      .selectFrom('audit_log')
      .select(['entity_type', 'unit_id', 'before_json', 'after_json'])
      .where('action', '=', 'unit.end')
      .where('entity_id', '=', minhHoa8)
      .executeTakeFirstOrThrow();
    expect(entry).toMatchObject({ entity_type: 'unit', unit_id: minhHoa8 });
    expect(JSON.parse(entry.before_json!)).toMatchObject({ validity: { validTo: null } });
    expect(JSON.parse(entry.after_json!)).toMatchObject({
      unit: { validity: { validTo: '2026-06-01' } },
      successors: [{ successorId: minhHoa9 }],
    });
    const changes = await readChanges(db, { after: start, withinUnitId: PROVINCE_FROM, kinds: ['unit.end'] });
    expect(changes.map((c) => [c.action, c.entityId])).toEqual([['unit.end', minhHoa8]]);
    expect(await verifyStore(db)).toEqual([]);
  });

  it('a unit that simply disappears records no successor; a commune ended with the 2025 reform passes into a post-reform commune', async () => {
    const { db } = await exampleStore();
    const gone = await village(db, 'Minh Họa 10');
    const ended = unwrap(await endUnit(db, { unitId: gone, date: isoDate('2026-03-01'), sourceId: SOURCE }));
    expect(ended.successors).toEqual([]);
    expect(await successorsOf(db, gone)).toEqual([]);

    // A commune recorded across the reform (under the district, then the province) ends on 2025-07-01 into Xã Chiêm Hóa:
    // its link to the province after the end describes days it no longer has, and goes.
    const commune = unwrap(
      await createUnit(db, {
        kind: 'xa',
        name: 'Kiểm Thử Cải Cách',
        validity: validity(isoDate('2020-01-01')),
        parents: [
          { parentId: DISTRICT, validity: validity(isoDate('2020-01-01'), isoDate('2025-07-01')) },
          { parentId: PROVINCE_FROM, validity: validity(isoDate('2025-07-01')) },
        ],
        sourceId: SOURCE,
      }),
    );
    const reform = isoDate('2025-07-01');
    expect(
      refusalOf(await endUnit(db, { unitId: commune.id, date: reform, successors: [{ unitId: DISTRICT }], sourceId: SOURCE })).code,
    ).toBe('LINEAGE.LEVEL_MISMATCH');
    expect(
      refusalOf(await endUnit(db, { unitId: commune.id, date: reform, successors: [{ unitId: PROVINCE_FROM }], sourceId: SOURCE })).code,
    ).toBe('LINEAGE.LEVEL_MISMATCH');
    const merged = unwrap(await endUnit(db, { unitId: commune.id, date: reform, successors: [{ unitId: NEW_COMMUNE }], sourceId: SOURCE }));
    expect(merged.unit.validity).toEqual({ validFrom: '2020-01-01', validTo: '2025-07-01' });
    expect((await whatBecameOf(db, commune.id, isoDate('2026-01-01'))).map((u) => u.fullName)).toEqual(['Xã Chiêm Hóa']);
    const links = await db.selectFrom('unit_parent').select(['parent_id', 'valid_to']).where('unit_id', '=', commune.id).execute();
    expect(links).toEqual([{ parent_id: DISTRICT, valid_to: '2025-07-01' }]);
    expect(await verifyStore(db)).toEqual([]);
  });

  it('refuses a unit unknown, already ended, or ended before it began, and a bad successor, each with its code, writing nothing', async () => {
    const { db } = await exampleStore();
    const minhHoa8 = await village(db, 'Minh Họa 8');
    const before = await tableCounts(db);
    const date = isoDate('2026-06-01');
    const refuse = async (input: Partial<Parameters<typeof endUnit>[1]>) =>
      refusalOf(await endUnit(db, { unitId: minhHoa8, date, sourceId: SOURCE, ...input }));

    expect((await refuse({ unitId: 'unit_khong-co' as UnitId })).code).toBe('UNIT.NOT_FOUND');
    const ended = await refuse({ unitId: XUAN_QUANG, date: isoDate('2025-07-01') });
    expect(ended).toMatchObject({ code: 'UNIT.ALREADY_ENDED', message: 'Xã Xuân Quang đã không còn tồn tại từ 2025-07-01.' });
    const early = await refuse({ date: isoDate('2026-01-01') });
    expect(early.code).toBe('UNIT.END_BEFORE_START');
    expect(early.message).toContain('Thôn Minh Họa 8 không thể kết thúc ngày 2026-01-01');

    expect((await refuse({ successors: [{ unitId: 'unit_khong-co' as UnitId }] })).code).toBe('UNIT.NOT_FOUND');
    expect((await refuse({ successors: [{ unitId: minhHoa8 }] })).code).toBe('UNIT.SUCCESSOR_IS_SELF');
    const level = await refuse({ successors: [{ unitId: NEW_COMMUNE }] });
    expect(level.code).toBe('LINEAGE.LEVEL_MISMATCH');
    expect(level.message).toBe('Thôn Minh Họa 8 (khu dân cư) không thể sáp nhập vào Xã Chiêm Hóa (cấp xã): hai đơn vị phải cùng cấp.');
    expect(await tableCounts(db)).toEqual(before);
    const later = unwrap(
      await createUnit(db, {
        kind: 'thon',
        name: 'Minh Họa 11',
        validity: validity(isoDate('2026-07-01')),
        parents: [{ parentId: NEW_COMMUNE }],
        sourceId: SOURCE,
      }),
    );
    const beforeLater = await tableCounts(db);
    const notYet = await refuse({ successors: [{ unitId: later.id }] });
    expect(notYet.code).toBe('UNIT.SUCCESSOR_NOT_IN_FORCE');
    expect(notYet.message).toContain('đơn vị kế thừa phải đang tồn tại vào ngày 2026-06-01');
    expect(await tableCounts(db)).toEqual(beforeLater);
  });

  it('refuses a commune with villages still under it, a village with bodies still at it, and a village a task was given at, naming them', async () => {
    const { db } = await exampleStore();
    const before = await tableCounts(db);
    const children = refusalOf(await endUnit(db, { unitId: NEW_COMMUNE, date: isoDate('2026-06-01'), sourceId: SOURCE }));
    expect(children.code).toBe('UNIT.HAS_CHILDREN');
    expect(children.message).toContain('Thôn Minh Họa 3');
    expect(children.message).toContain('Hãy kết thúc hoặc chuyển các đơn vị này sang đơn vị khác trước.');

    const thon3 = area('minh-hoa-thon-3');
    const bodies = refusalOf(await endUnit(db, { unitId: thon3, date: isoDate('2026-01-20'), sourceId: SOURCE }));
    expect(bodies.code).toBe('UNIT.HAS_ORGANIZATIONS');
    expect(bodies.message).toContain('Ban Công tác Mặt trận');
    expect(bodies.message).toContain('Hãy kết thúc (giải thể hoặc hợp nhất) các tổ chức này trước.');
    expect(await tableCounts(db)).toEqual(before);

    // With every body there dissolved, the task given there on 2026-01-20 still stands on the village.
    const date = isoDate('2026-01-20');
    for (
      let open;
      (open = await db
        .selectFrom('organization')
        .select('id')
        .where('unit_id', '=', thon3)
        .where('valid_to', '>', date)
        .executeTakeFirst());
    ) {
      unwrap(await endOrganization(db, { organizationId: open.id as OrganizationId, date, end: { kind: 'dissolved' } }));
    }
    const used = refusalOf(await endUnit(db, { unitId: thon3, date, sourceId: SOURCE }));
    expect(used.code).toBe('UNIT.IN_USE');
    expect(used.message).toContain('đã được giao tại đơn vị này ngày 2026-01-20');
    unwrap(await endUnit(db, { unitId: thon3, date: isoDate('2026-01-21'), sourceId: SOURCE }));
    expect(await verifyStore(db)).toEqual([]);
  });
});
