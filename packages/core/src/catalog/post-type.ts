/** What the catalog knows of a post type. */
export interface PostTypeInfo {
  readonly label: string;
  readonly english: string;
  /** A holder of this post heads the organization (người đứng đầu). */
  readonly heads: boolean;
  /** How many may hold one post of this type at once; `null` for no limit. */
  readonly seats: number | null;
}

/**
 * Post types. A post is a seat in one organization (the Chair of the Chiêm Hóa Front committee); its type
 * says whether it heads the organization and how many may hold it at once.
 */
export const POST_TYPES = {
  chair: { label: 'Chủ tịch', english: 'Chair', heads: true, seats: 1 },
  viceChair: { label: 'Phó Chủ tịch', english: 'Vice Chair', heads: false, seats: null },
  standingViceChair: { label: 'Phó Chủ tịch Thường trực', english: 'Standing Vice Chair', heads: false, seats: 1 },
  secretary: { label: 'Bí thư', english: 'Secretary', heads: true, seats: 1 },
  deputySecretary: { label: 'Phó Bí thư', english: 'Deputy Secretary', heads: false, seats: null },
  head: { label: 'Trưởng ban', english: 'Head', heads: true, seats: 1 },
  deputyHead: { label: 'Phó Trưởng ban', english: 'Deputy Head', heads: false, seats: null },
  director: { label: 'Giám đốc', english: 'Director', heads: true, seats: 1 },
  standingMember: { label: 'Ủy viên Thường trực', english: 'Standing member', heads: false, seats: null },
  standingCommitteeMember: { label: 'Ủy viên Ban Thường vụ', english: 'Standing committee member', heads: false, seats: null },
  executiveCommitteeMember: { label: 'Ủy viên Ban Chấp hành', english: 'Executive committee member', heads: false, seats: null },
  member: { label: 'Ủy viên', english: 'Member', heads: false, seats: null },
  delegate: { label: 'Đại biểu', english: 'Delegate', heads: false, seats: null },
  cadre: { label: 'Cán bộ', english: 'Cadre (staff)', heads: false, seats: null },
} as const satisfies Record<string, PostTypeInfo>;

/** A post type: `chair`, `viceChair`, `secretary`, `head`, `cadre`… */
export type PostType = keyof typeof POST_TYPES;

/** True when `raw` names a post type. */
export function isPostType(raw: string): raw is PostType {
  return Object.hasOwn(POST_TYPES, raw);
}
