import type { OrganizationId, PostId } from '../shared/ids.js';
import type { Db } from '../store/database.js';
import { validOn } from '../store/validity.mapper.js';
import type { IsoDate } from '../time/iso-date.js';
import type { Post } from './post.js';
import { postFromRow } from './post.mapper.js';

/** A post by id. */
export async function getPost(db: Db, id: PostId): Promise<Post | undefined> {
  const row = await db.selectFrom('post').selectAll().where('id', '=', id).executeTakeFirst();
  return row && postFromRow(row);
}

/** The posts of an organization on a date, heads first. */
export async function postsOf(db: Db, organizationId: OrganizationId, date: IsoDate): Promise<Post[]> {
  const rows = await db
    .selectFrom('post')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where((eb) => validOn(eb, 'post', date))
    .orderBy('id')
    .execute();
  return rows.map(postFromRow).sort((a, b) => Number(b.heads) - Number(a.heads));
}
