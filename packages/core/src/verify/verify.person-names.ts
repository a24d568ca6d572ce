import type { Db } from '../store/database.js';
import { OPEN_END, validityFromRow } from '../store/validity.mapper.js';
import { formatValidity, overlaps } from '../time/validity.js';
import { violation, type StoreViolation } from './store-violation.js';

/**
 * A person's name history says what the person row says: a person with recorded names has exactly one current
 * name (kind `name`, open-ended), the one on the person row, and no two of their names (kind `name`) share a day.
 * A person with no recorded names has one name, the row's, and nothing to check.
 */
export async function verifyPersonNames(db: Db): Promise<StoreViolation[]> {
  const rows = await db
    .selectFrom('person_name')
    .innerJoin('person', 'person.id', 'person_name.person_id')
    .select([
      'person_name.person_id',
      'person_name.seq',
      'person_name.name',
      'person_name.kind',
      'person_name.valid_from',
      'person_name.valid_to',
      'person.full_name',
    ])
    .orderBy('person_name.person_id')
    .orderBy('person_name.valid_from')
    .orderBy('person_name.seq')
    .execute();
  const byPerson = new Map<string, typeof rows>();
  for (const r of rows) byPerson.set(r.person_id, [...(byPerson.get(r.person_id) ?? []), r]);

  const violations: StoreViolation[] = [];
  for (const [personId, names] of byPerson) {
    const fullName = names[0]!.full_name;
    const current = names.filter((n) => n.kind === 'name' && n.valid_to === OPEN_END);
    if (current.length !== 1 || current[0]!.name !== fullName) {
      violations.push(
        violation(
          'PERSON.NAMES_BROKEN',
          current.length === 1
            ? {
                vi: `Tên hiện tại trong lịch sử tên của ${fullName} (${personId}) là “${current[0]!.name}”, khác với tên trong hồ sơ.`,
                en: `The current name in the name history of ${fullName} (${personId}) is “${current[0]!.name}”, not the name on the record.`,
              }
            : {
                vi: `Lịch sử tên của ${fullName} (${personId}) có ${current.length} tên hiện tại; phải có đúng một.`,
                en: `The name history of ${fullName} (${personId}) has ${current.length} current names; it must have exactly one.`,
              },
          [personId],
        ),
      );
    }
    const borne = names.filter((n) => n.kind === 'name');
    for (let i = 0; i < borne.length; i++) {
      for (let j = i + 1; j < borne.length; j++) {
        const [a, b] = [validityFromRow(borne[i]!), validityFromRow(borne[j]!)];
        if (!overlaps(a, b)) continue;
        const [x, y] = [borne[i]!.name, borne[j]!.name];
        violations.push(
          violation(
            'PERSON.NAMES_BROKEN',
            {
              vi: `Hai tên của ${fullName} (${personId}) trùng thời gian: “${x}” ${formatValidity(a)} và “${y}” ${formatValidity(b)}.`,
              en: `Two names of ${fullName} (${personId}) share days: “${x}” ${formatValidity(a)} and “${y}” ${formatValidity(b)}.`,
            },
            [personId],
          ),
        );
      }
    }
  }
  return violations;
}
