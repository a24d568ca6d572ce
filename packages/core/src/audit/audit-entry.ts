/** What a write records in the audit log; the actor and the time are added when it is recorded. */
export interface AuditEntry {
  /** `assignment.create`, `holding.end`, `organization.end`… */
  readonly action: string;
  readonly entityType: string;
  readonly entityId: string;
  /** The unit the write concerns, for questions by unit (and its subtree). */
  readonly unitId?: string | null;
  readonly before?: unknown;
  readonly after?: unknown;
}

/** A recorded write. */
export interface AuditRecord extends AuditEntry {
  readonly id: string;
  /** ISO timestamp. */
  readonly at: string;
  readonly actor: string;
}
