import { describe, expect, it } from 'vitest';
import { isIdOf, isIdPrefix, parseId, type OrganizationId, type PostId, readId, type PersonId, type UnitId } from '../src/index.js';

describe('ids given from outside', () => {
  it('a unit id parses as a UnitId, and the brand follows the prefix', () => {
    const id: UnitId | undefined = parseId('unit', 'unit_073');
    expect(id).toBe('unit_073');
    const person: PersonId | undefined = parseId('person', 'person_nguyen-van-a');
    expect(person).toBe('person_nguyen-van-a');
  });

  it('a person id where a unit id is wanted is refused as ID.WRONG_TYPE, naming both kinds', () => {
    expect(parseId('unit', 'person_nguyen-van-a')).toBeUndefined();
    const read = readId('unit', 'person_nguyen-van-a');
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.error.code).toBe('ID.WRONG_TYPE');
    expect(read.error.message).toBe('Mã person_nguyen-van-a là mã của một người, không phải của một đơn vị.');
    expect(read.error.texts?.en).toBe('person_nguyen-van-a is the id of a person, not of a unit.');
    expect(read.error.details).toEqual({ id: 'person_nguyen-van-a', expected: 'unit' });
  });

  it('an id without a known prefix, empty, or with spaces is refused as ID.MALFORMED', () => {
    for (const raw of ['', 'unit_', '073', 'xyz_073', 'unit_07 3', `unit_${'a'.repeat(1001)}`, 'unit_a\u0000b']) {
      const read = readId('unit', raw);
      expect(read.ok ? 'ok' : read.error.code).toBe('ID.MALFORMED');
    }
    const read = readId('org', 'abc');
    expect(read.ok ? '' : read.error.message).toBe('Mã "abc" không hợp lệ: mã của một tổ chức có dạng org_….');
  });

  it('reads back the long ids datasets build (stableId), which a new record in a batch may not take', () => {
    const long = `asg_${'thuc-hien.once.org_08-until-2025.'.repeat(5)}`;
    expect(readId('asg', long)).toEqual({ ok: true, value: long });
    expect(parseId('asg', long)).toBeUndefined();
  });

  it('tells the kind of an id already parsed, narrowing a union of brands', () => {
    const ids = [parseId('post', 'post_chair'), parseId('org', 'org_committee')].filter(
      (id): id is PostId | OrganizationId => id !== undefined,
    );
    expect(ids.map((id) => (isIdOf('post', id) ? `post:${id}` : `org:${id satisfies OrganizationId}`))).toEqual([
      'post:post_chair',
      'org:org_committee',
    ]);
  });

  it('knows the prefixes of every kind of record and nothing else', () => {
    expect(
      ['unit', 'org', 'post', 'person', 'holding', 'term', 'src', 'link', 'dir', 'task', 'asg', 'evt', 'rep', 'aud'].every(isIdPrefix),
    ).toBe(true);
    expect(isIdPrefix('toString')).toBe(false);
    expect(isIdPrefix('units')).toBe(false);
  });
});
