import { POST_TYPES, type PostType } from '../catalog/post-type.js';
import { invalidRange, notFound } from '../shared/common.errors.js';
import { refuse } from '../shared/core-error.js';
import { newId, type OrganizationId, type PostId, type SourceId } from '../shared/ids.js';
import type { Result } from '../shared/result.js';
import { requireSource } from '../source/require-source.js';
import type { Db, PostTable } from '../store/database.js';
import { runWrite } from '../store/run-write.js';
import { validityToRow } from '../store/validity.mapper.js';
import { covers, isProperRange, type Validity } from '../time/validity.js';
import { requireOrganization } from '../organization/organization.repository.js';
import type { Post } from './post.js';
import { invalidSeats, postOutsideOrganization, type PostWriteError } from './post.errors.js';
import { postFromRow } from './post.mapper.js';

/** A post to record. Title and seats default to the post type's. */
export interface PostInput {
  readonly id?: PostId;
  readonly organizationId: OrganizationId;
  readonly type: PostType;
  readonly title?: string;
  readonly seats?: number | null;
  /** Defaults to the organization's validity. */
  readonly validity?: Validity;
  readonly sourceId: SourceId;
}

/** Records a post in an organization. */
export async function createPost(db: Db, input: PostInput): Promise<Result<Post, PostWriteError>> {
  return runWrite(db, (trx) => insertPost(trx, input), (p) => ({ action: 'post.create', entityType: 'post', entityId: p.id, after: p }));
}

/** Records several posts in one transaction: all or none. */
export async function createPosts(db: Db, inputs: readonly PostInput[]): Promise<Result<Post[], PostWriteError>> {
  return runWrite(db, async (trx) => {
    const created: Post[] = [];
    for (const input of inputs) created.push(await insertPost(trx, input));
    return created;
  }, (list) => list.map((p) => ({ action: 'post.create', entityType: 'post', entityId: p.id, after: p })));
}

async function insertPost(trx: Db, input: PostInput): Promise<Post> {
  await requireSource(trx, input.sourceId);
  const org = await requireOrganization(trx, input.organizationId);
  const info = POST_TYPES[input.type];
  const title = input.title ?? info.label;
  const validity = input.validity ?? org.validity;
  const seats = input.seats === undefined ? info.seats : input.seats;
  if (!isProperRange(validity)) refuse(invalidRange(`chức vụ ${title}`, validity));
  if (seats !== null && (!Number.isInteger(seats) || seats < 1)) refuse(invalidSeats(seats));
  if (!covers(org.validity, validity)) refuse(postOutsideOrganization(title, org, validity));
  const row: PostTable = {
    id: input.id ?? newId<PostId>('post'),
    organization_id: org.id,
    type: input.type,
    title,
    seats,
    ...validityToRow(validity),
    source_id: input.sourceId,
  };
  await trx.insertInto('post').values(row).execute();
  return postFromRow(row);
}

/** The post with that id, or a refusal. */
export async function requirePost(trx: Db, id: PostId): Promise<Post> {
  const row = await trx.selectFrom('post').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) refuse(notFound('POST.NOT_FOUND', id));
  return postFromRow(row);
}
