import { describe, expect, it } from 'vitest';
import {
  allowsPostType,
  bulkLoad,
  createOrganization,
  createPost,
  createUnits,
  DEFAULT_RULE_PACK,
  ORGANIZATION_TYPES,
  POST_TYPES_OF_ORGANIZATION,
  stableId,
  unwrap,
  type OrganizationId,
  type OrganizationType,
  type PostId,
  type UnitId,
} from '../src/index.js';
import { FROM, storeWithSource, tableCounts } from './fixtures.js';

const province = stableId<UnitId>('unit', 'tinh-chuc-vu');
const commune = stableId<UnitId>('unit', 'xa-chuc-vu');

/** A province, a commune and the commune's Front committee and Youth Union. */
async function world() {
  const { db, sourceId } = await storeWithSource();
  unwrap(
    await createUnits(db, [
      { id: province, code: '98', kind: 'tinh', name: 'Chức Vụ', validity: FROM, sourceId },
      { id: commune, code: '99998', kind: 'xa', name: 'Chức Vụ', validity: FROM, parents: [{ parentId: province }], sourceId },
    ]),
  );
  const front = unwrap(
    await createOrganization(db, { id: stableId<OrganizationId>('org', 'cv.front'), type: 'frontCommittee', unitId: commune, sourceId }),
  );
  const youth = unwrap(
    await createOrganization(db, { id: stableId<OrganizationId>('org', 'cv.youth'), type: 'youthUnion', unitId: commune, sourceId }),
  );
  return { db, sourceId, front, youth };
}

describe('the post types an organization type has', () => {
  it('every organization type of the catalog has a head post', () => {
    for (const type of Object.keys(ORGANIZATION_TYPES) as OrganizationType[]) {
      expect(POST_TYPES_OF_ORGANIZATION[type].length, type).toBeGreaterThan(0);
    }
    expect(allowsPostType('frontCommittee', 'chair')).toBe(true);
    expect(allowsPostType('frontCommittee', 'secretary')).toBe(false);
    expect(allowsPostType('youthUnion', 'secretary')).toBe(true);
  });

  it('refuses a Secretary of a Front committee written alone, naming the posts it may have, and writes nothing', async () => {
    const { db, sourceId, front, youth } = await world();
    const before = await tableCounts(db);
    const refused = await createPost(db, { organizationId: front.id, type: 'secretary', sourceId });
    expect(refused.ok).toBe(false);
    if (refused.ok) throw new Error('unreachable');
    expect(refused.error.code).toBe('POST.TYPE_NOT_ALLOWED');
    expect(refused.error.message).toBe(
      'Ủy ban Mặt trận Tổ quốc Việt Nam không có chức vụ Bí thư: Ủy ban Mặt trận Tổ quốc Việt Nam xã Chức Vụ chỉ có thể có Chủ tịch, Phó Chủ tịch Thường trực, Phó Chủ tịch, Ủy viên Thường trực, Ủy viên.',
    );
    expect(await tableCounts(db)).toEqual(before);
    expect(unwrap(await createPost(db, { organizationId: youth.id, type: 'secretary', sourceId })).title).toBe('Bí thư');
  });

  it('refuses the same post in a bulk batch, naming the refused record, and writes nothing of the batch', async () => {
    const { db, sourceId, front } = await world();
    const before = await tableCounts(db);
    const post = (k: string) => stableId<PostId>('post', `cv.${k}`);
    const result = await bulkLoad(
      db,
      {
        posts: [
          { id: post('chair'), organizationId: front.id, type: 'chair', sourceId },
          { id: post('secretary'), organizationId: front.id, type: 'secretary', sourceId },
        ],
      },
      { rulePack: DEFAULT_RULE_PACK },
    );
    expect(result.ok).toBe(false);
    if (result.ok) throw new Error('unreachable');
    expect(result.error.code).toBe('POST.TYPE_NOT_ALLOWED');
    expect(result.error.record).toEqual({ kind: 'post', index: 1, id: post('secretary') });
    expect(await tableCounts(db)).toEqual(before);
  });
});
