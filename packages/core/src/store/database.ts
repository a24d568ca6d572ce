import type { Kysely } from 'kysely';

/** Dates are stored as `YYYY-MM-DD` text; an open end is stored as a sentinel (see `validity.mapper.ts`). */
type DateText = string;

export interface SourceTable {
  id: string;
  kind: 'url' | 'document' | 'synthetic';
  title: string;
  url: string | null;
  citation: string | null;
  note: string | null;
}

export interface AdminUnitTable {
  id: string;
  code: string | null;
  kind: string;
  level: string;
  name: string;
  full_name: string;
  search_key: string;
  valid_from: DateText;
  valid_to: DateText;
  source_id: string;
}

export interface UnitParentTable {
  id: string;
  unit_id: string;
  parent_id: string;
  valid_from: DateText;
  valid_to: DateText;
  source_id: string;
}

/** Every (ancestor, descendant) pair with the days on which the descendant lay under the ancestor. */
export interface UnitClosureTable {
  ancestor_id: string;
  descendant_id: string;
  depth: number;
  valid_from: DateText;
  valid_to: DateText;
}

export interface OrganizationTable {
  id: string;
  type: string;
  unit_id: string;
  parent_id: string | null;
  name: string;
  search_key: string;
  valid_from: DateText;
  valid_to: DateText;
  end_reason: 'dissolved' | 'mergedInto' | null;
  merged_into_id: string | null;
  source_id: string;
}

export interface PostTable {
  id: string;
  organization_id: string;
  type: string;
  title: string;
  seats: number | null;
  valid_from: DateText;
  valid_to: DateText;
  source_id: string;
}

export interface PersonTable {
  id: string;
  full_name: string;
  search_key: string;
  source_id: string;
}

export interface TermTable {
  id: string;
  organization_id: string | null;
  label: string;
  valid_from: DateText;
  valid_to: DateText;
  source_id: string;
}

export interface HoldingTable {
  id: string;
  person_id: string;
  post_id: string;
  term_id: string | null;
  valid_from: DateText;
  valid_to: DateText;
  source_id: string;
}

/** The tables of the store, as Kysely sees them. Row types stay apart from domain types. */
export interface Database {
  source: SourceTable;
  admin_unit: AdminUnitTable;
  unit_parent: UnitParentTable;
  unit_closure: UnitClosureTable;
  organization: OrganizationTable;
  post: PostTable;
  person: PersonTable;
  term: TermTable;
  holding: HoldingTable;
}

/** A connection or a transaction: every repository function takes one first. */
export type Db = Kysely<Database>;
