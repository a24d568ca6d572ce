import type { Db } from '../store/database.js';
import { OPEN_END, OPEN_START } from '../store/validity.mapper.js';
import { maxConcurrent } from '../holding/holding.repository.js';
import { violation, type StoreViolation } from './store-violation.js';

const shown = (from: string, to: string) => `[${from === OPEN_START ? '…' : from}, ${to === OPEN_END ? '…' : to})`;

/**
 * Seats and holders: no post has more holders on one day than its seats, nobody holds the same post twice
 * on one day, and every holding lies within its post's validity.
 */
export async function verifyHoldings(db: Db): Promise<StoreViolation[]> {
  const violations: StoreViolation[] = [];
  const rows = await db
    .selectFrom('holding')
    .innerJoin('post', 'post.id', 'holding.post_id')
    .select([
      'holding.id',
      'holding.person_id',
      'holding.post_id',
      'holding.valid_from',
      'holding.valid_to',
      'post.seats',
      'post.title',
      'post.valid_from as post_from',
      'post.valid_to as post_to',
    ])
    .orderBy('holding.post_id')
    .orderBy('holding.valid_from')
    .execute();

  for (let start = 0; start < rows.length;) {
    let end = start;
    while (end < rows.length && rows[end]!.post_id === rows[start]!.post_id) end++;
    const ofPost = rows.slice(start, end);
    const post = ofPost[0]!;
    if (post.seats !== null) {
      const held = maxConcurrent(ofPost, { valid_from: OPEN_START, valid_to: OPEN_END });
      if (held > post.seats) {
        violations.push(
          violation(
            'HOLDING.SEATS_EXCEEDED',
            {
              vi: `Chức vụ ${post.title} (${post.post_id}) có ${held} người giữ cùng lúc, vượt quá ${post.seats} chỗ.`,
              en: `The post ${post.title} (${post.post_id}) has ${held} holders at once, more than its ${post.seats} seats.`,
            },
            [post.post_id, ...ofPost.map((h) => h.id)],
          ),
        );
      }
    }
    // Sorted by start: a person's holdings of this post overlap when one starts before the previous one ends.
    const lastEnd = new Map<string, { id: string; to: string }>();
    for (const h of ofPost) {
      const previous = lastEnd.get(h.person_id);
      if (previous && h.valid_from < previous.to) {
        violations.push(
          violation(
            'HOLDING.DUPLICATE',
            {
              vi: `Người ${h.person_id} giữ chức vụ ${post.title} (${post.post_id}) hai lần trong cùng thời gian (${previous.id}, ${h.id}).`,
              en: `The person ${h.person_id} holds the post ${post.title} (${post.post_id}) twice at the same time (${previous.id}, ${h.id}).`,
            },
            [previous.id, h.id],
          ),
        );
      }
      if (!previous || h.valid_to > previous.to) lastEnd.set(h.person_id, { id: h.id, to: h.valid_to });
      if (h.valid_from < h.post_from || h.valid_to > h.post_to) {
        violations.push(
          violation(
            'HOLDING.OUTSIDE_POST',
            {
              vi: `Việc giữ chức vụ ${h.id} ${shown(h.valid_from, h.valid_to)} nằm ngoài thời gian của chức vụ ${post.title} ${shown(h.post_from, h.post_to)}.`,
              en: `The holding ${h.id} ${shown(h.valid_from, h.valid_to)} lies outside the validity of the post ${post.title} ${shown(h.post_from, h.post_to)}.`,
            },
            [h.id, h.post_id],
          ),
        );
      }
    }
    start = end;
  }
  return violations;
}

/** Every post lies within its organization's validity (an ended body has no post after its end). */
export async function verifyPosts(db: Db): Promise<StoreViolation[]> {
  const rows = await db
    .selectFrom('post')
    .innerJoin('organization', 'organization.id', 'post.organization_id')
    .select([
      'post.id',
      'post.title',
      'post.valid_from',
      'post.valid_to',
      'organization.id as org_id',
      'organization.name',
      'organization.valid_from as org_from',
      'organization.valid_to as org_to',
    ])
    .where((eb) =>
      eb.or([eb('post.valid_from', '<', eb.ref('organization.valid_from')), eb('post.valid_to', '>', eb.ref('organization.valid_to'))]),
    )
    .execute();
  return rows.map((p) =>
    violation(
      'POST.OUTSIDE_ORGANIZATION',
      {
        vi: `Chức vụ ${p.title} (${p.id}) ${shown(p.valid_from, p.valid_to)} nằm ngoài thời gian hoạt động của ${p.name} ${shown(p.org_from, p.org_to)}.`,
        en: `The post ${p.title} (${p.id}) ${shown(p.valid_from, p.valid_to)} lies outside the life of ${p.name} ${shown(p.org_from, p.org_to)}.`,
      },
      [p.id, p.org_id],
    ),
  );
}
