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

/** The stored row of a person, checked: a name that is not blank (spaces collapsed) and within its limit. */
export function personRow(id: PersonId, input: PersonInput): PersonTable {
  checkTextLength('fullName', input.fullName, 'personName');
  const fullName = input.fullName.trim().replace(/\s+/g, ' ');
  if (fullName === '') refuse(emptyName());
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
