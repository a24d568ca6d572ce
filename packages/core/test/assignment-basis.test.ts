// An assignment's rule decision stands on facts of its day: the holding a person received it through, the bodies
// that gave and received it. Ending one of them before that day would leave the decision standing on nothing,
// so the end is refused with the assignment named, and nothing is written.
import { describe, expect, it } from 'vitest';
import { endHolding, endOrganization, isoDate, verifyStore, type HoldingId, type OrganizationId } from '../src/index.js';
import { exampleStore, tableCounts } from './fixtures.js';

// Given on 2026-01-20 to this cadre of Xã Chiêm Hóa's Front office through the post she holds (example dataset).
const CADRE = 'person_minh-hoa-can-bo-xa-chiem-hoa';
const CADRE_POST = 'post_02287-from-2025.frontOffice.cadre';
const STANDING_BOARD = 'org_02287-from-2025.frontStandingBoard' as OrganizationId;

async function cadreHolding(db: Awaited<ReturnType<typeof exampleStore>>['db']): Promise<HoldingId> {
  const row = await db
    .selectFrom('holding')
    .select('id')
    .where('person_id', '=', CADRE)
    .where('post_id', '=', CADRE_POST)
    .executeTakeFirstOrThrow();
  return row.id as HoldingId;
}

describe('ending what an assignment stands on', () => {
  it('refuses to end a holding before the day a task was given through it, naming the task and the day', async () => {
    const { db } = await exampleStore();
    const holdingId = await cadreHolding(db);
    const before = await tableCounts(db);
    const result = await endHolding(db, { holdingId, date: isoDate('2026-01-01') });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('HOLDING.IN_USE');
    expect(result.error.message).toContain('2026-01-20');
    expect(result.error.message).toContain('thôi giữ chức vụ Cán bộ từ ngày 2026-01-01');
    expect(await tableCounts(db)).toEqual(before);
  });

  it('ends the holding after the last task given through it', async () => {
    const { db } = await exampleStore();
    const last = await db
      .selectFrom('assignment')
      .select((eb) => eb.fn.max('assigned_on').as('on'))
      .where('assignee_person_id', '=', CADRE)
      .executeTakeFirstOrThrow();
    const day = new Date(Date.parse(`${last.on}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    const result = await endHolding(db, { holdingId: await cadreHolding(db), date: isoDate(day) });
    expect(result.ok).toBe(true);
    expect(await verifyStore(db)).toEqual([]);
  });

  it('refuses to end a body before the day it gave a task, and leaves its posts and holdings as they were', async () => {
    const { db } = await exampleStore();
    const before = await tableCounts(db);
    const result = await endOrganization(db, { organizationId: STANDING_BOARD, date: isoDate('2026-01-01'), end: { kind: 'dissolved' } });
    expect(!result.ok && result.error.code).toBe('ORGANIZATION.IN_USE');
    expect(!result.ok && result.error.message).toMatch(/không thể kết thúc từ ngày 2026-01-01: nhiệm vụ ".+" đã được giao/);
    expect(await tableCounts(db)).toEqual(before);
    expect(await verifyStore(db)).toEqual([]);
  });
});
