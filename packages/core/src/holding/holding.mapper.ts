import type { HoldingId, PersonId, PostId, SourceId, TermId } from '../shared/ids.js';
import { organizationFromRow } from '../organization/organization.mapper.js';
import { personFromRow } from '../person/person.mapper.js';
import { postFromRow } from '../post/post.mapper.js';
import type { AdminUnitTable, HoldingTable, OrganizationTable, PersonTable, PostTable } from '../store/database.js';
import { validityFromRow } from '../store/validity.mapper.js';
import { unitFromRow } from '../unit/unit.mapper.js';
import type { HeldPost, Holding } from './holding.js';

/** The domain form of a stored holding. */
export function holdingFromRow(row: HoldingTable): Holding {
  return {
    id: row.id as HoldingId,
    personId: row.person_id as PersonId,
    postId: row.post_id as PostId,
    termId: row.term_id as TermId | null,
    validity: validityFromRow(row),
    sourceId: row.source_id as SourceId,
  };
}

/** Some columns of a table, each named with a prefix: the shape of one table's part in a joined row. */
type Prefixed<T, P extends string, K extends keyof T & string> = { [C in K as `${P}_${C}`]: T[C] };

/** A holding joined with its person (`pe_`), post (`p_`), organization (`o_`) and unit (`u_`), as the held-posts query selects it. */
export type HeldPostRow = Prefixed<HoldingTable, 'h', keyof HoldingTable> &
  Prefixed<PersonTable, 'pe', 'full_name' | 'search_key' | 'source_id'> &
  Prefixed<PostTable, 'p', 'organization_id' | 'type' | 'title' | 'seats' | 'valid_from' | 'valid_to' | 'source_id'> &
  Prefixed<OrganizationTable, 'o', Exclude<keyof OrganizationTable, 'id'>> &
  Prefixed<AdminUnitTable, 'u', Exclude<keyof AdminUnitTable, 'id'>>;

/** The domain form of a held post: the holding with its person, post, organization and unit. */
export function heldPostFromRow(r: HeldPostRow): HeldPost {
  return {
    holding: holdingFromRow({
      id: r.h_id,
      person_id: r.h_person_id,
      post_id: r.h_post_id,
      term_id: r.h_term_id,
      valid_from: r.h_valid_from,
      valid_to: r.h_valid_to,
      source_id: r.h_source_id,
    }),
    person: personFromRow({ id: r.h_person_id, full_name: r.pe_full_name, search_key: r.pe_search_key, source_id: r.pe_source_id }),
    post: postFromRow({
      id: r.h_post_id,
      organization_id: r.p_organization_id,
      type: r.p_type,
      title: r.p_title,
      seats: r.p_seats,
      valid_from: r.p_valid_from,
      valid_to: r.p_valid_to,
      source_id: r.p_source_id,
    }),
    organization: organizationFromRow({
      id: r.p_organization_id,
      type: r.o_type,
      unit_id: r.o_unit_id,
      parent_id: r.o_parent_id,
      name: r.o_name,
      search_key: r.o_search_key,
      valid_from: r.o_valid_from,
      valid_to: r.o_valid_to,
      end_reason: r.o_end_reason,
      merged_into_id: r.o_merged_into_id,
      source_id: r.o_source_id,
    }),
    unit: unitFromRow({
      id: r.o_unit_id,
      code: r.u_code,
      kind: r.u_kind,
      level: r.u_level,
      name: r.u_name,
      full_name: r.u_full_name,
      search_key: r.u_search_key,
      valid_from: r.u_valid_from,
      valid_to: r.u_valid_to,
      source_id: r.u_source_id,
    }),
  };
}
