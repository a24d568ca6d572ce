import { POST_TYPES, type PostType } from '../catalog/post-type.js';
import { invalidRange, notFound } from '../shared/common.errors.js';
import { refuse } from '../shared/core-error.js';
import { checkTextLength } from '../shared/text-limits.js';
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

/** Records a post in an organization, audited under the organization's unit. */
export async function createPost(db: Db, input: PostInput): Promise<Result<Post, PostWriteError>> {
  const unitOf = new Map<string, string>();
  return runWrite(db, (trx) => insertPost(trx, input, unitOf), (p) => postAudit(p, unitOf));
}

/** Records several posts in one transaction: all or none. */
export async function createPosts(db: Db, inputs: readonly PostInput[]): Promise<Result<Post[], PostWriteError>> {
  const unitOf = new Map<string, string>();
  return runWrite(db, async (trx) => {
    const created: Post[] = [];
    for (const input of inputs) created.push(await insertPost(trx, input, unitOf));
    return created;
  }, (list) => list.map((p) => postAudit(p, unitOf)));
}

const postAudit = (p: Post, unitOf: ReadonlyMap<string, string>) => ({ action: 'post.create', entityType: 'post', entityId: p.id, unitId: unitOf.get(p.id) ?? null, after: p });

/** Inserts a checked post, noting its organization's unit in `unitOf` (for the audit entry). */
async function insertPost(trx: Db, input: PostInput, unitOf: Map<string, string>): Promise<Post> {
  await requireSource(trx, input.sourceId);
  const org = await requireOrganization(trx, input.organizationId);
  const info = POST_TYPES[input.type];
  const title = input.title ?? info.label;
  checkTextLength('title', title, 'postTitle');
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
  unitOf.set(row.id, org.unitId);
  return postFromRow(row);
}

/** The post with that id, or a refusal. */
export async function requirePost(trx: Db, id: PostId): Promise<Post> {
  const row = await trx.selectFrom('post').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) refuse(notFound('POST.NOT_FOUND', id));
  return postFromRow(row);
}
