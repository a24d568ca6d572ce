import { describe, expect, it } from 'vitest';
import { endPost, isoDate, stableId, type PostId } from '../src/index.js';
import { exampleStore, tableCounts } from './fixtures.js';

const DISTRICT_CHAIR = stableId<PostId>('post', '073-until-2025.frontCommittee.chair');

describe('ending a post', () => {
  it('refuses to end the Chair of the Chiêm Hóa Front committee before a task given to that post, or after it has ended, writing nothing', async () => {
    const { db } = await exampleStore();
    const before = await tableCounts(db);
    const refused = await endPost(db, { postId: DISTRICT_CHAIR, date: isoDate('2023-01-01') });
    expect(refused.ok).toBe(false);
    if (refused.ok) throw new Error('unreachable');
    expect(refused.error.code).toBe('POST.IN_USE');
    expect(refused.error.message).toContain('Chức vụ Chủ tịch không thể kết thúc từ ngày 2023-01-01');
    expect(await tableCounts(db)).toEqual(before);

    // The district level ended on 2025-07-01, and the post with it.
    const ended = await endPost(db, { postId: DISTRICT_CHAIR, date: isoDate('2025-07-01') });
    expect(ended.ok).toBe(false);
    if (ended.ok) throw new Error('unreachable');
    expect(ended.error.code).toBe('POST.ALREADY_ENDED');
    expect(await tableCounts(db)).toEqual(before);
  });
});
