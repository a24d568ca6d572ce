// The writes a race sends, as plain JSON (so that a worker process can receive them on a line of its stdin),
// and how any process performs one through core: every write goes through the same public functions the API
// calls, on the connection of the process that performs it.
import {
  DEFAULT_RULE_PACK,
  assignHolding,
  assignTask,
  bulkLoad,
  changeAssignmentStatus,
  createUnits,
  endHolding,
  endOrganization,
  revokeApiToken,
  runAs,
  type ApiTokenId,
  type AssignmentId,
  type AssignmentInput,
  type Db,
  type HoldingId,
  type HoldingInput,
  type IsoDate,
  type OrganizationId,
  type UnitInput,
} from '../../src/index.js';

/** One write of a race, in JSON. Inputs are core's own input types, with their branded strings as plain JSON strings. */
export type RaceWrite =
  | { readonly op: 'assignHolding'; readonly input: HoldingInput }
  | { readonly op: 'bulkHolding'; readonly input: HoldingInput }
  | { readonly op: 'changeStatus'; readonly input: Parameters<typeof changeAssignmentStatus>[1] }
  | { readonly op: 'createUnit'; readonly input: UnitInput }
  | { readonly op: 'endOrganization'; readonly input: { organizationId: OrganizationId; date: string } }
  | { readonly op: 'endHolding'; readonly input: { holdingId: HoldingId; date: IsoDate } }
  | { readonly op: 'assignTask'; readonly input: AssignmentInput; readonly tokenId?: string }
  | { readonly op: 'revokeToken'; readonly tokenId: string };

/** What became of a write: accepted (and the instant its audit entry was recorded), or refused with a code. */
export type RaceOutcome = { readonly ok: true; readonly id: string } | { readonly ok: false; readonly code: string };

/** Performs one write on `db`. Unexpected errors are thrown: a race must never produce one. */
export async function performRaceWrite(db: Db, write: RaceWrite): Promise<RaceOutcome> {
  const outcome = <T extends { readonly id: string } | { readonly assignmentId: string }>(
    result: { ok: true; value: T } | { ok: false; error: { code: string } },
  ): RaceOutcome =>
    result.ok
      ? { ok: true, id: 'id' in result.value ? result.value.id : result.value.assignmentId }
      : { ok: false, code: result.error.code };
  switch (write.op) {
    case 'assignHolding':
      return outcome(await assignHolding(db, write.input));
    case 'bulkHolding': {
      const result = await bulkLoad(db, { holdings: [write.input] }, { rulePack: DEFAULT_RULE_PACK });
      return result.ok ? { ok: true, id: write.input.id ?? result.value.batchId } : { ok: false, code: result.error.code };
    }
    case 'changeStatus':
      return outcome(await changeAssignmentStatus(db, write.input));
    case 'createUnit': {
      const result = await createUnits(db, [write.input]);
      return result.ok ? { ok: true, id: result.value[0]!.id } : { ok: false, code: result.error.code };
    }
    case 'endOrganization':
      return outcome(
        await endOrganization(db, {
          organizationId: write.input.organizationId,
          date: write.input.date as never,
          end: { kind: 'dissolved' },
        }),
      );
    case 'endHolding':
      return outcome(await endHolding(db, write.input));
    case 'assignTask': {
      const assign = () => assignTask(db, DEFAULT_RULE_PACK, write.input);
      return outcome(await (write.tokenId ? runAs({ id: `token:${write.tokenId}`, tokenId: write.tokenId }, assign) : assign()));
    }
    case 'revokeToken':
      return outcome(await revokeApiToken(db, write.tokenId as ApiTokenId));
  }
}

/** The id an accepted write of `write` leaves in the audit log's `entity_id`. */
export function auditedId(write: RaceWrite, outcome: RaceOutcome): string | undefined {
  if (!outcome.ok) return undefined;
  return write.op === 'assignTask' ? ((write.input.id as AssignmentId | undefined) ?? outcome.id) : outcome.id;
}
