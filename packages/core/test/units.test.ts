import { describe, expect, it } from 'vitest';
import { addParentLink, createUnit, createUnits, isoDate, unitsEverCoded, unwrap, validity, type SourceId } from '../src/index.js';
import { BEFORE, FROM, exampleStore, freshStore, storeWithSource, tableCounts } from './fixtures.js';

describe('administrative units and the hierarchy schemes', () => {
  it('refuses a thị trấn that outlives the four-level era', async () => {
    const { db, sourceId } = await storeWithSource();
    const result = await createUnit(db, {
      code: '00001',
      kind: 'thiTran',
      name: 'Minh Họa',
      validity: validity(isoDate('2020-01-01'), null),
      sourceId,
    });
    expect(!result.ok && result.error.code).toBe('UNIT.KIND_NOT_IN_SCHEME');
  });

  it('refuses a commune placed directly under a province before 2025, and accepts it after', async () => {
    const { db, sourceId } = await storeWithSource();
    const [province] = unwrap(await createUnits(db, [{ code: '90', kind: 'tinh', name: 'Minh Họa', sourceId }]));
    const early = await createUnit(db, {
      code: '90001',
      kind: 'xa',
      name: 'Sớm',
      validity: BEFORE,
      parents: [{ parentId: province!.id }],
      sourceId,
    });
    expect(!early.ok && early.error.code).toBe('UNIT.PARENT_LEVEL_MISMATCH');
    const late = await createUnit(db, {
      code: '90002',
      kind: 'xa',
      name: 'Muộn',
      validity: FROM,
      parents: [{ parentId: province!.id }],
      sourceId,
    });
    expect(late.ok).toBe(true);
  });

  it('refuses a second unit with the same code on the same days, but not on other days', async () => {
    const { db, sourceId } = await storeWithSource();
    unwrap(await createUnit(db, { code: '91', kind: 'tinh', name: 'Cũ', validity: BEFORE, sourceId }));
    const clash = await createUnit(db, {
      code: '91',
      kind: 'tinh',
      name: 'Trùng',
      validity: validity(isoDate('2024-01-01'), null),
      sourceId,
    });
    expect(!clash.ok && clash.error.code).toBe('UNIT.CODE_TAKEN');
    expect(!clash.ok && clash.error.message).toContain('Tỉnh Cũ');
    unwrap(await createUnit(db, { code: '91', kind: 'tinh', name: 'Mới', validity: FROM, sourceId }));
    expect((await unitsEverCoded(db, '91')).map((u) => u.fullName)).toEqual(['Tỉnh Cũ', 'Tỉnh Mới']);
  });

  it('writes no unit of a batch when one of them is refused', async () => {
    const { db, sourceId } = await storeWithSource();
    const before = await tableCounts(db);
    const result = await createUnits(db, [
      { id: 'unit_ok' as never, code: '92', kind: 'tinh', name: 'Được', sourceId },
      { code: '92001', kind: 'thiTran', name: 'Không được', validity: FROM, parents: [{ parentId: 'unit_ok' as never }], sourceId },
    ]);
    expect(result.ok).toBe(false);
    expect(await tableCounts(db)).toEqual(before);
  });

  it('refuses a second parent on the same days', async () => {
    const { db, ids } = await exampleStore();
    const result = await addParentLink(db, {
      unitId: ids.units.vinhLocTownship,
      parentId: ids.units.chiemHoaDistrict,
      validity: validity(isoDate('2020-01-01'), isoDate('2021-01-01')),
      sourceId: 'src_minh-hoa' as SourceId,
    });
    expect(!result.ok && result.error.code).toBe('UNIT.PARENT_OVERLAP');
  });

  it('refuses a record citing a source that was never recorded', async () => {
    const store = await freshStore();
    const result = await createUnit(store.db, { code: '93', kind: 'tinh', name: 'Không nguồn', sourceId: 'src_missing' as SourceId });
    expect(!result.ok && result.error.code).toBe('SOURCE.NOT_FOUND');
  });
});
