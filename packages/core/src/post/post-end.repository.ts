import { firstAssignmentResting } from '../assignment/assignment-basis.queries.js';
import { requireOrganization } from '../organization/organization.repository.js';
import { refuse } from '../shared/core-error.js';
import type { PostId } from '../shared/ids.js';
import type { Result } from '../shared/result.js';
import type { Db } from '../store/database.js';
import { runWrite } from '../store/run-write.js';
import type { IsoDate } from '../time/iso-date.js';
import type { Post } from './post.js';
import { postAlreadyEnded, postEndBeforeStart, postInUse, type PostEndError } from './post.errors.js';
import { requirePost } from './post.repository.js';

/**
 * Ends a post on `date` (its last day is the day before); its holdings end with it. Refused (`POST.IN_USE`)
 * when a task was given by, to or through the post on or after `date`: that decision stood on the post.
 * Audited under its organization's unit.
 *
 * @example
 * const ended = await endPost(db, { postId, date: isoDate('2026-05-01') });
 */
export async function endPost(db: Db, input: { readonly postId: PostId; readonly date: IsoDate }): Promise<Result<Post, PostEndError>> {
  let before: Post | undefined;
  let unitId: string | null = null;
  return runWrite(
    db,
    async (trx) => {
      const post = await requirePost(trx, input.postId);
      before = post;
      unitId = (await requireOrganization(trx, post.organizationId)).unitId;
      if (post.validity.validTo !== null && post.validity.validTo <= input.date) refuse(postAlreadyEnded(post));
      if (post.validity.validFrom !== null && input.date <= post.validity.validFrom) refuse(postEndBeforeStart(post, input.date));
      const used = await firstAssignmentResting(trx, { kind: 'posts', postIds: [post.id] }, input.date);
      if (used) refuse(postInUse(post, input.date, used));
      await trx
        .updateTable('holding')
        .set({ valid_to: input.date })
        .where('post_id', '=', post.id)
        .where('valid_to', '>', input.date)
        .execute();
      await trx.updateTable('post').set({ valid_to: input.date }).where('id', '=', post.id).execute();
      return await requirePost(trx, post.id);
    },
    (p) => ({ action: 'post.end', entityType: 'post', entityId: p.id, unitId, before, after: p }),
  );
}
