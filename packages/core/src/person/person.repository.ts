import { writeSingle } from '../bulk/bulk-records.js';
import { notFound, type NotFoundError, type TextTooLongError } from '../shared/common.errors.js';
import { refuse } from '../shared/core-error.js';
import type { PersonId } from '../shared/ids.js';
import type { Result } from '../shared/result.js';
import type { Db } from '../store/database.js';
import { runWrite } from '../store/run-write.js';
import type { Person } from './person.js';
import type { PersonInput } from './person.checks.js';
import type { EmptyNameError } from './person.errors.js';
import { personFromRow } from './person.mapper.js';

export type { PersonInput } from './person.checks.js';
export type { EmptyNameError } from './person.errors.js';
export { personRow } from './person.checks.js';
export { personFromRow } from './person.mapper.js';

/**
 * Records a person (checked by `checkPerson`, written as a batch of one). Refused when the name is blank
 * (spaces are collapsed) or longer than `TEXT_LIMITS.personName`.
 *
 * @example
 * await createPerson(db, { fullName: 'Tăng Thị Dương', sourceId, unitId: chiemHoaCommune });
 */
export async function createPerson(db: Db, input: PersonInput): Promise<Result<Person, EmptyNameError | TextTooLongError | NotFoundError>> {
  return runWrite(
    db,
    async (trx) => {
      const { rows } = await writeSingle(db, trx, { people: [input] });
      return personFromRow(rows.person[0]!);
    },
    (p) => ({ action: 'person.create', entityType: 'person', entityId: p.id, unitId: input.unitId ?? null, after: p }),
  );
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
