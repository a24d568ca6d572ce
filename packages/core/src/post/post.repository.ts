import { writeSingle } from '../bulk/bulk-records.js';
import { notFound } from '../shared/common.errors.js';
import { refuse } from '../shared/core-error.js';
import type { PostId } from '../shared/ids.js';
import type { Result } from '../shared/result.js';
import type { Db } from '../store/database.js';
import { runWrite } from '../store/run-write.js';
import type { Post } from './post.js';
import type { PostInput } from './post.checks.js';
import type { PostWriteError } from './post.errors.js';
import { postFromRow } from './post.mapper.js';

export type { PostInput } from './post.checks.js';

/** Records a post in an organization (checked by `checkPost`, written as a batch of one), audited under the organization's unit. */
export async function createPost(db: Db, input: PostInput): Promise<Result<Post, PostWriteError>> {
  const result = await createPosts(db, [input]);
  return result.ok ? { ok: true, value: result.value[0]! } : result;
}

/** Records several posts in one transaction: all or none. */
export async function createPosts(db: Db, inputs: readonly PostInput[]): Promise<Result<Post[], PostWriteError>> {
  const unitOf = new Map<string, string>();
  return runWrite(
    db,
    async (trx) => {
      const ctx = await writeSingle(db, trx, { posts: inputs });
      for (const row of ctx.rows.post) unitOf.set(row.id, ctx.organizations.get(row.organization_id)!.unit_id);
      return ctx.rows.post.map(postFromRow);
    },
    (list) => list.map((p) => ({ action: 'post.create', entityType: 'post', entityId: p.id, unitId: unitOf.get(p.id) ?? null, after: p })),
  );
}

/** The post with that id, or a refusal. */
export async function requirePost(trx: Db, id: PostId): Promise<Post> {
  const row = await trx.selectFrom('post').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) refuse(notFound('POST.NOT_FOUND', id));
  return postFromRow(row);
}
