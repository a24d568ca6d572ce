import { describe, expect, it } from 'vitest';
import { isoDate, searchKey, searchOrganizations, searchPeople, searchUnits } from '../src/index.js';
import { exampleStore } from './fixtures.js';

describe('search without diacritics', () => {
  it('folds Vietnamese diacritics, đ and case', () => {
    expect(searchKey('Tăng Thị Dương')).toBe('tang thi duong');
    expect(searchKey('ĐỨC  Long')).toBe('duc long');
    expect(searchKey('Chiêm Hóa')).toBe(searchKey('Chiêm Hoá'.normalize('NFD')));
  });

  it('"chiem hoa" finds Huyện Chiêm Hóa and Xã Chiêm Hóa, each on its own dates', async () => {
    const { db } = await exampleStore();
    expect((await searchUnits(db, 'chiem hoa')).map((u) => u.fullName).sort()).toEqual(['Huyện Chiêm Hóa', 'Xã Chiêm Hóa']);
    expect((await searchUnits(db, 'chiem hoa', { asOf: isoDate('2022-01-01') })).map((u) => u.fullName)).toEqual(['Huyện Chiêm Hóa']);
    expect((await searchUnits(db, 'CHIEM HOA', { asOf: isoDate('2026-01-01') })).map((u) => u.fullName)).toEqual(['Xã Chiêm Hóa']);
  });

  it('"tang thi duong" finds Tăng Thị Dương and "duc long" finds Triệu Đức Long', async () => {
    const { db } = await exampleStore();
    expect((await searchPeople(db, 'tang thi duong')).map((p) => p.fullName)).toEqual(['Tăng Thị Dương']);
    expect((await searchPeople(db, 'duc long')).map((p) => p.fullName)).toEqual(['Triệu Đức Long']);
    expect(await searchPeople(db, 'nguyen')).toEqual([]);
  });

  it('finds organizations by name', async () => {
    const { db } = await exampleStore();
    const found = await searchOrganizations(db, 'ban dan van huyen uy chiem hoa');
    expect(found.map((o) => o.name)).toEqual(['Ban Dân vận Huyện ủy Chiêm Hóa']);
  });
});
