import { describe, expect, it } from 'vitest';
import {
  assignHolding,
  createPerson,
  endHolding,
  headsOf,
  holdersOf,
  isoDate,
  officeHoldersOf,
  postsHeldBy,
  postsOf,
  unwrap,
  validity,
  type SourceId,
} from '../src/index.js';
import { exampleStore, tableCounts } from './fixtures.js';

const SYNTHETIC = 'src_minh-hoa' as SourceId;

describe('people holding posts', () => {
  it('Triệu Đức Long holds two posts at once on 2022-03-01', async () => {
    const { db, ids } = await exampleStore();
    const held = await postsHeldBy(db, ids.people.trieuDucLong, isoDate('2022-03-01'));
    expect(held.map((h) => `${h.post.title} — ${h.organization.name}`).sort()).toEqual([
      'Chủ tịch — Ủy ban Mặt trận Tổ quốc Việt Nam huyện Chiêm Hóa',
      'Trưởng ban — Ban Dân vận Huyện ủy Chiêm Hóa',
    ]);
    expect(held.every((h) => h.post.heads)).toBe(true);
  });

  it('Tăng Thị Dương is Vice Chair of the provincial Front and a member of the provincial Party executive committee', async () => {
    const { db, ids } = await exampleStore();
    const held = await postsHeldBy(db, ids.people.tangThiDuong, isoDate('2023-01-01'));
    expect(held.map((h) => [h.post.type, h.organization.type, h.unit.fullName]).sort()).toEqual([
      ['executiveCommitteeMember', 'partyCommittee', 'Tỉnh Tuyên Quang'],
      ['viceChair', 'frontCommittee', 'Tỉnh Tuyên Quang'],
    ]);
  });

  it('answers who chaired the Chiêm Hóa Front committee on 2022-03-01, and no one after the district ended', async () => {
    const { db, ids } = await exampleStore();
    const heads = await headsOf(db, ids.organizations.chiemHoaFrontCommittee, isoDate('2022-03-01'));
    expect(heads.map((h) => h.person.fullName)).toEqual(['Triệu Đức Long']);
    expect(await headsOf(db, ids.organizations.chiemHoaFrontCommittee, isoDate('2025-07-01'))).toEqual([]);
    expect(await postsHeldBy(db, ids.people.trieuDucLong, isoDate('2025-07-01'))).toEqual([]);
  });

  it('refuses an overlapping holder of a single-seat post, naming both holders, and writes nothing', async () => {
    const { db, ids } = await exampleStore();
    const chair = (await postsOf(db, ids.organizations.chiemHoaFrontCommittee, isoDate('2022-03-01'))).find((p) => p.type === 'chair')!;
    expect(chair.seats).toBe(1);
    const someone = unwrap(await createPerson(db, { fullName: 'Người Minh Họa', sourceId: SYNTHETIC }));
    const before = await tableCounts(db);
    const result = await assignHolding(db, {
      personId: someone.id,
      postId: chair.id,
      validity: validity(isoDate('2023-01-01'), isoDate('2024-01-01')),
      sourceId: SYNTHETIC,
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('HOLDING.SEAT_TAKEN');
    expect(result.error.message).toContain('Triệu Đức Long');
    expect(result.error.message).toContain('Người Minh Họa');
    expect(await tableCounts(db)).toEqual(before);
  });

  it('lets a new chair start the day the previous one left', async () => {
    const { db, ids } = await exampleStore();
    const chairHolding = (await headsOf(db, ids.organizations.chiemHoaFrontCommittee, isoDate('2022-03-01')))[0]!;
    unwrap(await endHolding(db, { holdingId: chairHolding.holding.id, date: isoDate('2024-01-01') }));
    const successor = unwrap(await createPerson(db, { fullName: 'Người Minh Họa', sourceId: SYNTHETIC }));
    const result = await assignHolding(db, {
      personId: successor.id,
      postId: chairHolding.post.id,
      validity: validity(isoDate('2024-01-01'), isoDate('2025-07-01')),
      sourceId: SYNTHETIC,
    });
    expect(result.ok).toBe(true);
    expect((await holdersOf(db, chairHolding.post.id, isoDate('2023-12-31'))).map((h) => h.person.fullName)).toEqual(['Triệu Đức Long']);
    expect((await holdersOf(db, chairHolding.post.id, isoDate('2024-01-01'))).map((h) => h.person.fullName)).toEqual(['Người Minh Họa']);
  });

  it('lets several people hold a post without a seat limit at once', async () => {
    const { db, ids } = await exampleStore();
    const viceChair = (await postsOf(db, ids.organizations.provincialFrontCommittee, isoDate('2023-01-01'))).find(
      (p) => p.type === 'viceChair',
    )!;
    expect(viceChair.seats).toBeNull();
    const other = unwrap(await createPerson(db, { fullName: 'Người Minh Họa', sourceId: SYNTHETIC }));
    unwrap(
      await assignHolding(db, {
        personId: other.id,
        postId: viceChair.id,
        validity: validity(isoDate('2022-01-01'), isoDate('2024-01-01')),
        sourceId: SYNTHETIC,
      }),
    );
    const holders = await holdersOf(db, viceChair.id, isoDate('2023-01-01'));
    expect(holders.map((h) => h.person.fullName).sort()).toEqual(['Người Minh Họa', 'Tăng Thị Dương']);
    const everyone = await officeHoldersOf(db, ids.organizations.provincialFrontCommittee, isoDate('2023-01-01'));
    expect(everyone).toHaveLength(2);
  });

  it('refuses a holding that outlives its post, and an inverted date range', async () => {
    const { db, ids } = await exampleStore();
    const chair = (await postsOf(db, ids.organizations.chiemHoaFrontCommittee, isoDate('2022-03-01'))).find((p) => p.type === 'chair')!;
    const someone = unwrap(await createPerson(db, { fullName: 'Người Minh Họa', sourceId: SYNTHETIC }));
    const late = await assignHolding(db, {
      personId: someone.id,
      postId: chair.id,
      validity: validity(isoDate('2025-06-01'), null),
      sourceId: SYNTHETIC,
    });
    expect(!late.ok && late.error.code).toBe('HOLDING.OUTSIDE_POST_VALIDITY');
    const inverted = await assignHolding(db, {
      personId: someone.id,
      postId: chair.id,
      validity: validity(isoDate('2020-01-01'), isoDate('2019-01-01')),
      sourceId: SYNTHETIC,
    });
    expect(!inverted.ok && inverted.error.code).toBe('VALIDITY.INVALID_RANGE');
  });

  it('keeps a holding within its term', async () => {
    const { db, ids } = await exampleStore();
    const held = await postsHeldBy(db, ids.people.tangThiDuong, isoDate('2023-01-01'));
    const member = held.find((h) => h.post.type === 'executiveCommitteeMember')!;
    expect(member.holding.termId).toBe('term_tinh-uy-tuyen-quang-2020-2025');
  });
});
