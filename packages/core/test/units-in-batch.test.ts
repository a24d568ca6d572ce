import { describe, expect, it } from 'vitest';
import { createUnits, isoDate, unwrap, validity, type UnitId } from '../src/index.js';
import { BEFORE, FROM, storeWithSource, tableCounts } from './fixtures.js';

describe('units written in bulk', () => {
  it('records a province, a district and a commune with their ancestors', async () => {
    const { db, sourceId } = await storeWithSource();
    const id = (k: string) => `unit_${k}` as UnitId;
    unwrap(
      await createUnits(db, [
        { id: id('p'), code: '90', kind: 'tinh', name: 'Minh Họa', validity: BEFORE, sourceId },
        { id: id('d'), code: '900', kind: 'huyen', name: 'Minh Họa', validity: BEFORE, parents: [{ parentId: id('p') }], sourceId },
        { id: id('c'), code: '90001', kind: 'xa', name: 'Minh Họa', validity: BEFORE, parents: [{ parentId: id('d') }], sourceId },
      ]),
    );
    const closure = await db
      .selectFrom('unit_closure')
      .select(['ancestor_id', 'depth'])
      .where('descendant_id', '=', id('c'))
      .orderBy('depth')
      .execute();
    expect(closure).toEqual([
      { ancestor_id: id('c'), depth: 0 },
      { ancestor_id: id('d'), depth: 1 },
      { ancestor_id: id('p'), depth: 2 },
    ]);
  });

  it('refuses what createUnits refuses, and writes nothing of the batch', async () => {
    const { db, sourceId } = await storeWithSource();
    const counts = await tableCounts(db);
    const township = await createUnits(db, [{ code: '92001', kind: 'thiTran', name: 'Không được', validity: FROM, sourceId }]);
    expect(!township.ok && township.error.code).toBe('UNIT.KIND_NOT_IN_SCHEME');
    const twice = await createUnits(db, [
      { code: '91', kind: 'tinh', name: 'Cũ', validity: BEFORE, sourceId },
      { code: '91', kind: 'tinh', name: 'Trùng', validity: validity(isoDate('2024-01-01'), null), sourceId },
    ]);
    expect(!twice.ok && twice.error.code).toBe('UNIT.CODE_TAKEN');
    const orphan = await createUnits(db, [
      { code: '92002', kind: 'xa', name: 'Mồ côi', validity: FROM, parents: [{ parentId: 'unit_none' as UnitId }], sourceId },
    ]);
    expect(!orphan.ok && orphan.error.code).toBe('UNIT.NOT_FOUND');
    expect(await tableCounts(db)).toEqual(counts);
  });
});
