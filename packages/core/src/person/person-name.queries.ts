import type { Db } from '../store/database.js';
import { onlyName, personNameFromRow } from './person-name.mapper.js';
import type { PersonName } from './person-name.js';
import type { Person } from './person.js';

/**
 * Every recorded name of each person, in the order of `people`, in one query: by first day, then in the order
 * written. A person never corrected has one, their current name on every day.
 *
 * @example
 * const [names] = await getPersonNames(db, [person]);
 * names.find((n) => n.kind === 'name' && n.validity.validTo === null)?.name; // the current name
 */
export async function getPersonNames(db: Db, people: readonly Person[]): Promise<PersonName[][]> {
  if (people.length === 0) return [];
  const rows = await db
    .selectFrom('person_name')
    .selectAll()
    .where(
      'person_id',
      'in',
      people.map((p) => p.id),
    )
    .orderBy('valid_from')
    .orderBy('seq')
    .execute();
  const byPerson = new Map<string, PersonName[]>();
  for (const row of rows) byPerson.set(row.person_id, [...(byPerson.get(row.person_id) ?? []), personNameFromRow(row)]);
  return people.map((p) => byPerson.get(p.id) ?? [onlyName(p)]);
}

/** The names of one person (see `getPersonNames`). */
export async function personNames(db: Db, person: Person): Promise<PersonName[]> {
  return (await getPersonNames(db, [person]))[0]!;
}

/** The ids of the people whose current or former name's search key matches `pattern` (a `LIKE` pattern). */
export function peopleWithFormerName(db: Db, pattern: string) {
  return db.selectFrom('person_name').select('person_name.person_id').where('person_name.search_key', 'like', pattern);
}
