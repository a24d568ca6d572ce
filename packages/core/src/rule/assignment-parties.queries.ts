import type { OrganizationId, PostId } from '../shared/ids.js';
import type { Db } from '../store/database.js';
import { preparedQuery } from '../store/prepared-query.js';
import { organizationFromRow } from '../organization/organization.mapper.js';
import type { Organization } from '../organization/organization.js';
import { postFromRow } from '../post/post.mapper.js';
import type { Post } from '../post/post.js';
import { unitFromRow } from '../unit/unit.mapper.js';
import type { Unit } from '../unit/unit.js';

/** An organization with the unit it sits at: a party to an assignment. */
export interface OrganizationAtUnit {
  readonly organization: Organization;
  readonly unit: Unit;
}

// Left joins, so that a missing organization or unit reads as missing rather than hiding the post.
const organizationColumns = [
  'o.id as o_id',
  'o.type as o_type',
  'o.unit_id as o_unit_id',
  'o.parent_id as o_parent_id',
  'o.name as o_name',
  'o.search_key as o_search_key',
  'o.valid_from as o_valid_from',
  'o.valid_to as o_valid_to',
  'o.end_reason as o_end_reason',
  'o.merged_into_id as o_merged_into_id',
  'o.source_id as o_source_id',
  'u.id as u_id',
  'u.code as u_code',
  'u.kind as u_kind',
  'u.level as u_level',
  'u.name as u_name',
  'u.full_name as u_full_name',
  'u.search_key as u_search_key',
  'u.valid_from as u_valid_from',
  'u.valid_to as u_valid_to',
  'u.source_id as u_source_id',
] as const;

const organizationById = preparedQuery((db, id: OrganizationId) =>
  db.selectFrom('organization as o').leftJoin('admin_unit as u', 'u.id', 'o.unit_id').select(organizationColumns).where('o.id', '=', id),
);

const postById = preparedQuery((db, id: PostId) =>
  db
    .selectFrom('post as p')
    .leftJoin('organization as o', 'o.id', 'p.organization_id')
    .leftJoin('admin_unit as u', 'u.id', 'o.unit_id')
    .selectAll('p')
    .select(organizationColumns)
    .where('p.id', '=', id),
);

type OrganizationColumns = Awaited<ReturnType<typeof organizationById>>[number];

function organizationAtUnit(r: { [K in keyof OrganizationColumns]: OrganizationColumns[K] | null }): OrganizationAtUnit | undefined {
  if (r.o_id === null || r.u_id === null) return undefined;
  return {
    organization: organizationFromRow({
      id: r.o_id,
      type: r.o_type!,
      unit_id: r.o_unit_id!,
      parent_id: r.o_parent_id,
      name: r.o_name!,
      search_key: r.o_search_key!,
      valid_from: r.o_valid_from!,
      valid_to: r.o_valid_to!,
      end_reason: r.o_end_reason,
      merged_into_id: r.o_merged_into_id,
      source_id: r.o_source_id!,
    }),
    unit: unitFromRow({
      id: r.u_id,
      code: r.u_code,
      kind: r.u_kind!,
      level: r.u_level!,
      name: r.u_name!,
      full_name: r.u_full_name!,
      search_key: r.u_search_key!,
      valid_from: r.u_valid_from!,
      valid_to: r.u_valid_to!,
      source_id: r.u_source_id!,
    }),
  };
}

/** An organization with its unit, in one query (`undefined` when either is missing). */
export async function organizationWithUnit(db: Db, id: OrganizationId): Promise<OrganizationAtUnit | undefined> {
  const [row] = await organizationById(db, id);
  return row && organizationAtUnit(row);
}

/** A post with its organization and that organization's unit, in one query (`at` is `undefined` when either is missing). */
export async function postWithOrganization(
  db: Db,
  id: PostId,
): Promise<{ readonly post: Post; readonly at: OrganizationAtUnit | undefined } | undefined> {
  const [row] = await postById(db, id);
  return row && { post: postFromRow(row), at: organizationAtUnit(row) };
}
