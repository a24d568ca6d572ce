import type { UnitId } from '../shared/ids.js';

/** One committed write as the change feed gives it: its position in commit order and what it touched. */
export interface ChangeRecord {
  /** Position in the feed: a later commit has a larger position (gaps are writes that never committed). */
  readonly position: number;
  /** `holding.create`, `assignment.status.done`, `organization.end`… (the audit action). */
  readonly action: string;
  readonly entityType: string;
  readonly entityId: string;
  /** The unit the write concerns, if any. */
  readonly unitId: UnitId | null;
  /** When the write was recorded (ISO timestamp). */
  readonly at: string;
  readonly actor: string;
}
