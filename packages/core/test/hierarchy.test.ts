import { describe, expect, it } from 'vitest';
import {
  ancestorsOn,
  childrenOn,
  findUnitByCode,
  isoDate,
  levelsOn,
  parentOn,
  unitTreeOn,
  unitsOfLevelOn,
  type UnitTreeNode,
} from '../src/index.js';
import { exampleStore } from './fixtures.js';

const levelsIn = (node: UnitTreeNode): Set<string> => new Set([node.unit.level, ...node.children.flatMap((c) => [...levelsIn(c)])]);

describe('the hierarchy of Tuyên Quang in time', () => {
  it('on 2022-01-01 has Huyện Chiêm Hóa under Tỉnh Tuyên Quang, with its communes', async () => {
    const { db } = await exampleStore();
    const date = isoDate('2022-01-01');
    const province = await findUnitByCode(db, '08', date);
    expect(province.ok && province.value.fullName).toBe('Tỉnh Tuyên Quang');
    if (!province.ok) return;
    const tree = await unitTreeOn(db, province.value.id, date);
    const chiemHoa = tree!.children.find((c) => c.unit.fullName === 'Huyện Chiêm Hóa');
    expect(chiemHoa?.unit.code).toBe('073');
    expect(chiemHoa?.unit.level).toBe('district');
    const communes = chiemHoa!.children.map((c) => c.unit.fullName);
    expect(communes).toContain('Thị trấn Vĩnh Lộc');
    expect(communes).toContain('Xã Xuân Quang');
    expect(communes).toContain('Xã Trung Hòa');
    expect(chiemHoa!.children.every((c) => c.unit.level === 'commune')).toBe(true);
  });

  it('on 2026-01-01 has no district level: communes sit directly under the province', async () => {
    const { db } = await exampleStore();
    const date = isoDate('2026-01-01');
    expect(levelsOn(date)).toEqual(['province', 'commune', 'residentialArea']);
    const province = await findUnitByCode(db, '08', date);
    if (!province.ok) throw new Error(province.error.message);
    const tree = await unitTreeOn(db, province.value.id, date);
    expect(levelsIn(tree!).has('district')).toBe(false);
    expect(tree!.children.map((c) => c.unit.fullName)).toContain('Xã Chiêm Hóa');
    expect(await unitsOfLevelOn(db, 'district', date)).toEqual([]);
  });

  it('reads code 02287 as Thị trấn Vĩnh Lộc before the reform and Xã Chiêm Hóa after', async () => {
    const { db } = await exampleStore();
    const before = await findUnitByCode(db, '02287', isoDate('2025-06-30'));
    const after = await findUnitByCode(db, '02287', isoDate('2025-07-01'));
    expect(before.ok && before.value.fullName).toBe('Thị trấn Vĩnh Lộc');
    expect(after.ok && after.value.fullName).toBe('Xã Chiêm Hóa');
  });

  it('answers an unknown code with a typed error', async () => {
    const { db } = await exampleStore();
    const result = await findUnitByCode(db, '99999', isoDate('2022-01-01'));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('UNIT.CODE_UNKNOWN');
  });

  it('knows which commune a residential area belongs to before and after the reform', async () => {
    const { db, ids } = await exampleStore();
    const areas = await childrenOn(db, ids.units.vinhLocTownship, isoDate('2024-01-01'));
    const area = areas.find((a) => a.fullName === 'Tổ dân phố Minh Họa 1')!;
    expect((await parentOn(db, area.id, isoDate('2025-06-30')))?.fullName).toBe('Thị trấn Vĩnh Lộc');
    expect((await parentOn(db, area.id, isoDate('2025-07-01')))?.fullName).toBe('Xã Chiêm Hóa');
    expect((await ancestorsOn(db, area.id, isoDate('2024-01-01'))).map((u) => u.fullName)).toEqual([
      'Tỉnh Tuyên Quang',
      'Huyện Chiêm Hóa',
      'Thị trấn Vĩnh Lộc',
    ]);
    expect((await ancestorsOn(db, area.id, isoDate('2026-01-01'))).map((u) => u.fullName)).toEqual(['Tỉnh Tuyên Quang', 'Xã Chiêm Hóa']);
  });

  it('lists the real districts of Tuyên Quang before the reform', async () => {
    const { db, ids } = await exampleStore();
    const districts = await childrenOn(db, ids.units.tuyenQuangUntil2025, isoDate('2022-01-01'));
    expect(districts.map((d) => `${d.code} ${d.fullName}`)).toEqual([
      '070 Thành phố Tuyên Quang',
      '071 Huyện Lâm Bình',
      '072 Huyện Na Hang',
      '073 Huyện Chiêm Hóa',
      '074 Huyện Hàm Yên',
      '075 Huyện Yên Sơn',
      '076 Huyện Sơn Dương',
    ]);
    expect(districts.every((d) => d.level === 'district' && d.code?.length === 3)).toBe(true);
  });

  it('has the 24 communes of Chiêm Hóa before the reform and the 10 communes formed from them after', async () => {
    const { db, ids } = await exampleStore();
    expect(await childrenOn(db, ids.units.chiemHoaDistrict, isoDate('2025-06-30'))).toHaveLength(24);
    expect(await childrenOn(db, ids.units.chiemHoaDistrict, isoDate('2025-07-01'))).toEqual([]);
    expect(await childrenOn(db, ids.units.tuyenQuangFrom2025, isoDate('2025-07-01'))).toHaveLength(10);
  });
});
