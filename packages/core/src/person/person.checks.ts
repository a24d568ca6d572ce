import type { BulkContext } from '../bulk/bulk-context.js';
import { refuse } from '../shared/core-error.js';
import { newId, type PersonId, type SourceId, type UnitId } from '../shared/ids.js';
import { checkTextLength } from '../shared/text-limits.js';
import type { PersonTable } from '../store/database.js';
import { searchKey } from '../text/search-key.js';
import { emptyName } from './person.errors.js';

/** A person to record. */
export interface PersonInput {
  readonly id?: PersonId;
  readonly fullName: string;
  readonly sourceId: SourceId;
  /**
   * A person belongs to no unit: the unit the writer acts for (the API gives its token's), recorded with the
   * audit entry so that `auditLog(under:)` finds the write.
   */
  readonly unitId?: UnitId | null;
}

/**
 * A person's name as stored, checked: within its limit (`field` names the input in the message), spaces
 * collapsed, not blank. Refuses the write in progress otherwise.
 */
export function checkedName(field: string, raw: string): string {
  checkTextLength(field, raw, 'personName');
  const name = raw.trim().replace(/\s+/g, ' ');
  if (name === '') refuse(emptyName());
  return name;
}

/** The stored row of a person, checked: a name that is not blank (spaces collapsed) and within its limit. */
export function personRow(id: PersonId, input: PersonInput): PersonTable {
  const fullName = checkedName('fullName', input.fullName);
  return { id, full_name: fullName, search_key: searchKey(fullName), source_id: input.sourceId };
}

/** Checks a person (its row builder: a name that is not blank, within its limit; a recorded source) and adds its row. */
export function checkPerson(ctx: BulkContext, input: PersonInput): void {
  const id = ctx.claimId<PersonId>('person', input.id ?? newId<PersonId>('person'));
  const row = personRow(id, input);
  ctx.requireSource(input.sourceId);
  ctx.rows.person.push(row);
  ctx.people.set(id, row);
}
