import { describe, expect, it } from 'vitest';
import { isCalendarDate, parsePlace, placeToSearch, todayInVietnam } from '../src/route.js';

describe('the Explorer’s permalinks', () => {
  it('read a unit on a date, a person by name search, and write them back the same', () => {
    for (const search of [
      '?unit=073&date=2022-06-01',
      '?person=tang+thi+duong&date=2024-01-01',
      '?rules=&date=2023-01-15',
      '?q=chiem+hoa&date=2022-06-01&lang=en',
    ]) {
      expect(placeToSearch(parsePlace(search))).toBe(search);
    }
    expect(parsePlace('?unit=073&date=2022-06-01')).toEqual({ route: { kind: 'unit', code: '073' }, date: '2022-06-01', lang: 'vi' });
    expect(parsePlace('?person=t%C4%83ng%20th%E1%BB%8B%20d%C6%B0%C6%A1ng&date=2024-01-01').route).toEqual({
      kind: 'person',
      name: 'tăng thị dương',
      id: undefined,
    });
  });

  it('fall back to today in Vietnam for a missing or impossible date', () => {
    expect(isCalendarDate('2025-02-30')).toBe(false);
    expect(isCalendarDate('2026-13-45')).toBe(false);
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(parsePlace('?unit=073&date=2025-02-30').date).toBe(todayInVietnam());
    // 2026-11-29 at 20:00 UTC is already 2026-11-30 in Vietnam (UTC+7).
    expect(todayInVietnam(new Date('2026-11-29T20:00:00Z'))).toBe('2026-11-30');
  });
});
