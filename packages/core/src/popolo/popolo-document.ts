/**
 * A Popolo 1.0.1 document (http://www.popoloproject.com/): the people, organizations, posts, memberships and
 * areas of a unit subtree on one date, as the open tools of the field read them. Field names are Popolo's
 * (snake_case). Popolo's own fields carry what they can; what Popolo has no field for is added under names of
 * our own, which Popolo's schemas allow (none of them forbids extra properties):
 *
 * - areas carry `start_date`/`end_date` (Popolo areas have no dates) and `identifiers` beside `identifier`;
 * - posts carry `seats` (how many may hold the post at once, `null`: no limit);
 * - memberships carry `legislative_period_id`, naming an event of classification `legislative period` (a term);
 * - the document lists its `sources` in full, so that a link's document or synthetic source keeps its citation.
 *
 * Dates are days (`YYYY-MM-DD`). A record's `end_date` (`dissolution_date`) is its LAST day, as Popolo reads
 * "the date on which the relationship ended"; the store's half-open `validTo` is the day after. A missing
 * date is an open end.
 */
export interface PopoloDocument {
  readonly meta: PopoloMeta;
  readonly areas: readonly PopoloArea[];
  readonly organizations: readonly PopoloOrganization[];
  readonly posts: readonly PopoloPost[];
  readonly persons: readonly PopoloPerson[];
  readonly memberships: readonly PopoloMembership[];
  readonly events: readonly PopoloEvent[];
  readonly sources: readonly PopoloSource[];
}

/** What the document is: the version of Popolo it follows, the area it is about and the day it shows. */
export interface PopoloMeta {
  readonly popolo_version: '1.0.1';
  readonly area_id: string;
  readonly as_of: string;
}

/** A Popolo link: a URL and a note (for us: the title of the source). */
export interface PopoloLink {
  readonly url: string;
  readonly note: string;
}

/** A Popolo identifier: the official code of a unit in the scheme of the General Statistics Office. */
export interface PopoloIdentifier {
  readonly identifier: string;
  readonly scheme: string;
}

/** A unit (province, commune, residential area…) as a Popolo area. */
export interface PopoloArea {
  readonly id: string;
  readonly name: string;
  /** The unit kind: `tinh`, `huyen`, `xa`, `thon`… */
  readonly classification: string;
  readonly identifier?: string;
  readonly identifiers?: readonly PopoloIdentifier[];
  readonly parent_id?: string;
  readonly start_date?: string;
  readonly end_date?: string;
  readonly sources: readonly PopoloLink[];
}

/** An organization at a unit. */
export interface PopoloOrganization {
  readonly id: string;
  readonly name: string;
  /** The organization type: `frontCommittee`, `womensUnionBranch`… */
  readonly classification: string;
  readonly parent_id?: string;
  readonly area_id: string;
  readonly founding_date?: string;
  readonly dissolution_date?: string;
  readonly sources: readonly PopoloLink[];
}

/** A post in an organization. */
export interface PopoloPost {
  readonly id: string;
  readonly label: string;
  /** The post type: `chair`, `viceChair`… */
  readonly role: string;
  readonly organization_id: string;
  readonly start_date?: string;
  readonly end_date?: string;
  readonly seats: number | null;
  readonly sources: readonly PopoloLink[];
}

/** A person. */
export interface PopoloPerson {
  readonly id: string;
  readonly name: string;
  readonly sources: readonly PopoloLink[];
}

/** A person holding a post (a holding). */
export interface PopoloMembership {
  readonly id: string;
  readonly person_id: string;
  readonly organization_id: string;
  readonly post_id: string;
  /** The post's title. */
  readonly role: string;
  readonly legislative_period_id?: string;
  readonly start_date?: string;
  readonly end_date?: string;
  readonly sources: readonly PopoloLink[];
}

/** A term of office (nhiệm kỳ) as a Popolo event of classification `legislative period`. */
export interface PopoloEvent {
  readonly id: string;
  readonly name: string;
  readonly classification: 'legislative period';
  readonly organization_id?: string;
  readonly start_date?: string;
  readonly end_date?: string;
  readonly sources: readonly PopoloLink[];
}

/** A source in full (an extension): what the links of the records point to. */
export interface PopoloSource {
  readonly id: string;
  readonly kind: 'url' | 'document' | 'synthetic';
  readonly title: string;
  readonly url?: string;
  readonly citation?: string;
  readonly note?: string;
}

/** The scheme name of units' official codes in `identifiers`. */
export const UNIT_CODE_SCHEME = 'gso-unit-code';

/** The link URL of a source that has none of its own (a document, synthetic data). */
export const SOURCE_URN_PREFIX = 'urn:mttq:source:';
