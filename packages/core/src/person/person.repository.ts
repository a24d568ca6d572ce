import { notFound } from '../shared/common.errors.js';
import { coreError, refuse, type CoreError } from '../shared/core-error.js';
import { newId, type PersonId, type SourceId, type UnitId } from '../shared/ids.js';
import { checkTextLength } from '../shared/text-limits.js';
import type { Result } from '../shared/result.js';
import { requireSource } from '../source/require-source.js';
import type { Db, PersonTable } from '../store/database.js';
import { runWrite } from '../store/run-write.js';
import { searchKey } from '../text/search-key.js';
import type { NotFoundError, TextTooLongError } from '../shared/common.errors.js';
import type { Person } from './person.js';

export type EmptyNameError = CoreError<'PERSON.EMPTY_NAME'>;

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
 * Records a person. Refused when the name is blank (spaces are collapsed) or longer than
 * `TEXT_LIMITS.personName`.
 *
 * @example
 * await createPerson(db, { fullName: 'Tăng Thị Dương', sourceId, unitId: chiemHoaCommune });
 */
export async function createPerson(db: Db, input: PersonInput): Promise<Result<Person, EmptyNameError | TextTooLongError | NotFoundError>> {
  return runWrite(db, async (trx) => {
    const row = personRow(input.id ?? newId<PersonId>('person'), input);
    await requireSource(trx, input.sourceId);
    await trx.insertInto('person').values(row).execute();
    return personFromRow(row);
  }, (p) => ({ action: 'person.create', entityType: 'person', entityId: p.id, unitId: input.unitId ?? null, after: p }));
}

/** The stored row of a person, checked: a name that is not blank (spaces collapsed) and within its limit. */
export function personRow(id: PersonId, input: PersonInput): PersonTable {
  checkTextLength('fullName', input.fullName, 'personName');
  const fullName = input.fullName.trim().replace(/\s+/g, ' ');
  if (fullName === '') refuse(coreError('PERSON.EMPTY_NAME', 'Họ và tên không được để trống.'));
  return { id, full_name: fullName, search_key: searchKey(fullName), source_id: input.sourceId };
}

/** A person by id. */
export async function getPerson(db: Db, id: PersonId): Promise<Person | undefined> {
  const row = await db.selectFrom('person').selectAll().where('id', '=', id).executeTakeFirst();
  return row && personFromRow(row);
}

/** The person with that id, or a refusal. */
export async function requirePerson(trx: Db, id: PersonId): Promise<Person> {
  const row = await trx.selectFrom('person').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) refuse(notFound('PERSON.NOT_FOUND', id));
  return personFromRow(row);
}

/** The domain form of a stored person. */
export function personFromRow(row: PersonTable): Person {
  return { id: row.id as PersonId, fullName: row.full_name, sourceId: row.source_id as SourceId };
}
