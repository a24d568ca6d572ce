import { POST_TYPES, type PostType } from '../catalog/post-type.js';
import type { OrganizationId, PostId, SourceId } from '../shared/ids.js';
import type { PostTable } from '../store/database.js';
import { validityFromRow } from '../store/validity.mapper.js';
import type { Post } from './post.js';

/** The domain form of a stored post. */
export function postFromRow(row: PostTable): Post {
  const type = row.type as PostType;
  return {
    id: row.id as PostId,
    organizationId: row.organization_id as OrganizationId,
    type,
    title: row.title,
    heads: POST_TYPES[type].heads,
    seats: row.seats,
    validity: validityFromRow(row),
    sourceId: row.source_id as SourceId,
  };
}
