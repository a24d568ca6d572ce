import type { ColumnType, Kysely } from 'kysely';

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

/**
 * A name of a person: `name`, one they bore over its validity (at most one open-ended: the current one, equal to
 * `person.full_name`), or `misspelling`, a spelling corrected away, with the validity it had been recorded with.
 */
export interface PersonNameTable {
  person_id: string;
  /** 1, 2, … in the order the rows were written. */
  seq: number;
  name: string;
  search_key: string;
  kind: 'name' | 'misspelling';
  valid_from: string;
  valid_to: string;
  source_id: string;
  /** ISO timestamp of the write that recorded the row. */
  recorded_at: string;
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

export interface DirectiveTable {
  id: string;
  kind: string;
  symbol: string | null;
  symbol_number: string | null;
  symbol_type: string | null;
  symbol_issuer: string | null;
  symbol_year: number | null;
  title: string;
  search_key: string;
  issued_on: DateText | null;
  valid_from: DateText;
  valid_to: DateText;
  implements_id: string | null;
  source_id: string;
}

export interface DirectivePartyTable {
  directive_id: string;
  organization_id: string;
  role: 'issuer' | 'signatory';
}

export interface TaskTable {
  id: string;
  directive_id: string;
  kind: string;
  title: string;
  search_key: string;
  recurrence: string;
  valid_from: DateText;
  valid_to: DateText;
  source_id: string;
}

export interface AssignmentTable {
  id: string;
  task_id: string;
  period_key: string;
  period_from: DateText;
  period_to: DateText;
  assigner_org_id: string;
  assigner_post_id: string | null;
  assignee_kind: 'organization' | 'post' | 'person';
  assignee_org_id: string | null;
  assignee_post_id: string | null;
  assignee_person_id: string | null;
  assignee_via_post_id: string | null;
  assignee_unit_id: string;
  place_unit_id: string | null;
  assigned_on: DateText;
  due_on: DateText | null;
  /** The latest status; the status on a date comes from `assignment_event`. */
  status: string;
  rule_pack_id: string;
  rule_id: string;
  source_id: string;
}

export interface AssignmentEventTable {
  id: string;
  assignment_id: string;
  seq: number;
  status: string;
  on_date: DateText;
  note: string | null;
  source_id: string;
}

/**
 * One unit whose subtree holds an assignment (its assignee's unit or its place) over the days it does: a row per
 * ancestor in `unit_closure` of either unit, their days merged, so at most one row of an ancestor and an
 * assignment holds on any date. Written with the assignment; its key orders a subtree by assignment date.
 */
export interface AssignmentAncestorTable {
  ancestor_unit_id: string;
  assigned_on: DateText;
  assignment_id: string;
  valid_from: DateText;
  valid_to: DateText;
}

export interface ProgressReportTable {
  id: string;
  assignment_id: string;
  reported_on: DateText;
  text: string;
  percent: number | null;
  source_id: string;
}

/** "Unit X was merged into unit Y on D": the lineage of units across a reorganization. */
export interface UnitLineageTable {
  predecessor_id: string;
  successor_id: string;
  on_date: DateText;
  kind: 'mergedInto';
  source_id: string;
}

/** One write, as the audit log keeps it: who, when, what, and the record before and after (JSON). */
export interface AuditLogTable {
  id: string;
  /** ISO timestamp of the write. */
  at: string;
  actor: string;
  action: string;
  entity_type: string;
  entity_id: string;
  unit_id: string | null;
  before_json: string | null;
  after_json: string | null;
  /** Position in the change feed, in commit order (PostgreSQL returns a bigint as text). */
  seq: ColumnType<number | string | null, number | null | undefined, never>;
}

/** An API token: its scope, and only the SHA-256 (hex) of its secret. Timestamps are ISO text. */
export interface ApiTokenTable {
  id: string;
  name: string;
  token_hash: string;
  scope_unit_id: string;
  /** A JSON array of organization ids, or null: any organization within the unit's subtree. */
  scope_organization_ids: string | null;
  created_at: string;
  expires_at: string | null;
  revoked_at: string | null;
  /** 1: an admin token (reads the tokens' own audit entries); 0 otherwise. */
  admin: number;
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
  person_name: PersonNameTable;
  term: TermTable;
  holding: HoldingTable;
  directive: DirectiveTable;
  directive_party: DirectivePartyTable;
  task: TaskTable;
  assignment: AssignmentTable;
  assignment_event: AssignmentEventTable;
  assignment_ancestor: AssignmentAncestorTable;
  progress_report: ProgressReportTable;
  audit_log: AuditLogTable;
  unit_lineage: UnitLineageTable;
  api_token: ApiTokenTable;
}

/** A connection or a transaction: every repository function takes one first. */
export type Db = Kysely<Database>;
