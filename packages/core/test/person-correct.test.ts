import { describe, expect, it } from 'vitest';
import {
  correctPerson,
  createPerson,
  isoDate,
  latestChangePosition,
  messageIn,
  personNames,
  readChanges,
  searchPeople,
  searchPeoplePage,
  unwrap,
  verifyStore,
  type CoreError,
  type Result,
  type SourceId,
  type UnitId,
} from '../src/index.js';
import { exampleStore, tableCounts } from './fixtures.js';

const SOURCE = 'src_minh-hoa' as SourceId;

function refusal<T>(result: Result<T, CoreError>): CoreError {
  if (result.ok) throw new Error('expected a refusal');
  return result.error;
}

describe('correcting a person’s name', { timeout: 60_000 }, () => {
  it('a misspelled name is replaced on all its days, the old spelling kept, searched and audited in the feed', async () => {
    const { db, ids } = await exampleStore();
    const person = unwrap(await createPerson(db, { fullName: 'Tăng Thi Dương', sourceId: SOURCE }));
    const position = await latestChangePosition(db);
    const corrected = unwrap(
      await correctPerson(db, {
        personId: person.id,
        name: '  Tăng   Thị Dương ',
        kind: 'correction',
        sourceId: SOURCE,
        unitId: ids.units.chiemHoaCommune as UnitId,
      }),
    );
    expect(corrected.person).toEqual({ ...person, fullName: 'Tăng Thị Dương' });
    expect(corrected.names.map((n) => [n.name, n.kind, n.validity])).toEqual([
      ['Tăng Thi Dương', 'misspelling', { validFrom: null, validTo: null }],
      ['Tăng Thị Dương', 'name', { validFrom: null, validTo: null }],
    ]);
    expect(await personNames(db, corrected.person)).toEqual(corrected.names);

    // Search finds the person by the new name and by the old spelling, saying which matched.
    const byNew = await searchPeople(db, 'tang thi duong');
    expect(byNew.filter((p) => p.id === person.id).map((p) => p.matchedName)).toEqual(['Tăng Thị Dương']);
    const byOld = unwrap(await searchPeoplePage(db, 'Tăng Thi Dương', { first: 10 }));
    expect(byOld.items.filter((p) => p.id === person.id).map((p) => p.matchedName)).toEqual(['Tăng Thị Dương']);
    expect(unwrap(await searchPeoplePage(db, 'Thi Dương', { first: 10 })).items.some((p) => p.id === person.id)).toBe(true);

    const [change] = await readChanges(db, { after: position, withinUnitId: ids.units.chiemHoaCommune as UnitId });
    expect(change).toMatchObject({ action: 'person.correct', entityType: 'person', entityId: person.id });
    expect(await verifyStore(db)).toEqual([]);
  });

  it('a change of name (marriage, a legal change) closes the old name the day before, and a later correction keeps both', async () => {
    const { db, ids } = await exampleStore();
    const changed = unwrap(
      await correctPerson(db, {
        personId: ids.people.trieuDucLong,
        name: 'Triệu Văn Long',
        kind: 'change',
        validFrom: isoDate('2024-03-08'),
        sourceId: SOURCE,
      }),
    );
    expect(changed.names.map((n) => [n.name, n.kind, n.validity])).toEqual([
      ['Triệu Đức Long', 'name', { validFrom: null, validTo: '2024-03-08' }],
      ['Triệu Văn Long', 'name', { validFrom: '2024-03-08', validTo: null }],
    ]);
    const fixed = unwrap(
      await correctPerson(db, { personId: ids.people.trieuDucLong, name: 'Triệu Vân Long', kind: 'correction', sourceId: SOURCE }),
    );
    expect(fixed.names.map((n) => [n.name, n.kind, n.validity.validFrom, n.validity.validTo])).toEqual([
      ['Triệu Đức Long', 'name', null, '2024-03-08'],
      ['Triệu Văn Long', 'misspelling', '2024-03-08', null],
      ['Triệu Vân Long', 'name', '2024-03-08', null],
    ]);
    // The old name still finds him (an old register), and says so.
    const found = await searchPeople(db, 'trieu duc long');
    expect(found.map((p) => [p.fullName, p.matchedName])).toEqual([['Triệu Vân Long', 'Triệu Đức Long']]);
    // A change on or before the current name's first day has no days of the current name to close.
    const early = refusal(
      await correctPerson(db, {
        personId: ids.people.trieuDucLong,
        name: 'Triệu Long',
        kind: 'change',
        validFrom: isoDate('2024-03-08'),
        sourceId: SOURCE,
      }),
    );
    expect(early.code).toBe('PERSON.DATE_OUTSIDE_PERIOD');
    expect(early.message).toBe(
      'Ngày đổi tên 2024-03-08 nằm ngoài thời gian của tên hiện tại “Triệu Vân Long” [2024-03-08, …): tên mới phải bắt đầu sau ngày đầu tiên của tên hiện tại.',
    );
    expect(await verifyStore(db)).toEqual([]);
  });

  it('refuses an unknown person, an empty or too long name, the same name, a date outside the current name or too far ahead, and an unknown source, writing nothing', async () => {
    const { db, ids } = await exampleStore();
    const before = await tableCounts(db);
    const personId = ids.people.tangThiDuong;
    const base = { personId, sourceId: SOURCE, kind: 'correction' as const };

    expect(refusal(await correctPerson(db, { ...base, personId: 'person_khong-co' as typeof personId, name: 'A' })).code).toBe(
      'PERSON.NOT_FOUND',
    );
    expect(refusal(await correctPerson(db, { ...base, name: '   ' })).code).toBe('PERSON.EMPTY_NAME');
    const long = refusal(await correctPerson(db, { ...base, name: 'Đ'.repeat(201) }));
    expect(long).toMatchObject({ code: 'TEXT.TOO_LONG', details: { field: 'name', limit: 200, length: 201 } });
    const same = refusal(await correctPerson(db, { ...base, name: ' Tăng Thị  Dương' }));
    expect(same.code).toBe('PERSON.SAME_NAME');
    expect(same.message).toBe('Tên mới “Tăng Thị Dương” trùng với tên hiện tại: không có gì để sửa.');
    expect(messageIn(same, 'en')).toBe('The new name “Tăng Thị Dương” is the current name already: there is nothing to correct.');
    const far = refusal(
      await correctPerson(db, {
        ...base,
        kind: 'change',
        name: 'Tăng Thị Hoa',
        validFrom: isoDate('2030-01-01'),
        clock: { today: isoDate('2026-11-30') },
      }),
    );
    expect(far).toMatchObject({ code: 'DATE.TOO_FAR', details: { field: 'validFrom', latest: '2026-12-31' } });
    expect(refusal(await correctPerson(db, { ...base, name: 'Tăng Thị Hoa', sourceId: 'src_khong-co' as SourceId })).code).toBe(
      'SOURCE.NOT_FOUND',
    );
    expect(await tableCounts(db)).toEqual(before);
  });

  it('verifyStore finds a history whose current name is not the person’s, or two names on the same days', async () => {
    const { db, ids } = await exampleStore();
    unwrap(
      await correctPerson(db, {
        personId: ids.people.tangThiDuong,
        name: 'Tăng Thị Hoa',
        kind: 'change',
        validFrom: isoDate('2024-01-01'),
        sourceId: SOURCE,
      }),
    );
    await db.updateTable('person').set({ full_name: 'Tăng Thị Khác' }).where('id', '=', ids.people.tangThiDuong).execute();
    await db
      .updateTable('person_name')
      .set({ valid_to: '2024-06-01' })
      .where('person_id', '=', ids.people.tangThiDuong)
      .where('seq', '=', 1)
      .execute();
    const violations = await verifyStore(db);
    expect(violations.map((v) => [v.check, v.records])).toEqual([
      ['PERSON.NAMES_BROKEN', [ids.people.tangThiDuong]],
      ['PERSON.NAMES_BROKEN', [ids.people.tangThiDuong]],
    ]);
    expect(violations[0]!.message).toBe(
      `Tên hiện tại trong lịch sử tên của Tăng Thị Khác (${ids.people.tangThiDuong}) là “Tăng Thị Hoa”, khác với tên trong hồ sơ.`,
    );
    expect(messageIn(violations[0]!, 'en')).toBe(
      `The current name in the name history of Tăng Thị Khác (${ids.people.tangThiDuong}) is “Tăng Thị Hoa”, not the name on the record.`,
    );
    expect(violations[1]!.message).toContain('trùng thời gian: “Tăng Thị Dương” […, 2024-06-01) và “Tăng Thị Hoa” [2024-01-01, …)');
  });

  it('the database keeps one current name per person', async () => {
    const { db, ids } = await exampleStore();
    unwrap(await correctPerson(db, { personId: ids.people.tangThiDuong, name: 'Tăng Thị Hoa', kind: 'correction', sourceId: SOURCE }));
    const second = db
      .insertInto('person_name')
      .values({
        person_id: ids.people.tangThiDuong,
        seq: 9,
        name: 'Tăng Thị Khác',
        search_key: 'tang thi khac',
        kind: 'name',
        valid_from: '2026-01-01',
        valid_to: '9999-12-31',
        source_id: SOURCE,
        recorded_at: new Date().toISOString(),
      })
      .execute();
    await expect(second).rejects.toThrow();
  });
});
