import { checkEventDate, type WriteClock } from '../shared/date-horizon.js';
import { refuse } from '../shared/core-error.js';
import type { PersonId, SourceId, UnitId } from '../shared/ids.js';
import type { Result } from '../shared/result.js';
import { requireSource } from '../source/require-source.js';
import type { Db, PersonNameTable } from '../store/database.js';
import { runWrite } from '../store/run-write.js';
import { validityToRow } from '../store/validity.mapper.js';
import { searchKey } from '../text/search-key.js';
import type { IsoDate } from '../time/iso-date.js';
import { validity, type Validity } from '../time/validity.js';
import { checkedName } from './person.checks.js';
import { nameDateOutside, sameName, type CorrectPersonError } from './person.errors.js';
import { personNameFromRow } from './person-name.mapper.js';
import { personNames } from './person-name.queries.js';
import type { PersonName } from './person-name.js';
import { requirePerson } from './person.repository.js';
import type { Person } from './person.js';

/**
 * What `correctPerson` records. `correction`: the current name was misspelled; the new one replaces it on all its
 * days, and the old spelling is kept as a `misspelling`. `change`: the person took another name (marriage, a
 * legal change) from `validFrom`; the old name stays theirs until the day before.
 */
export type CorrectPersonInput = {
  readonly personId: PersonId;
  readonly name: string;
  readonly sourceId: SourceId;
  /** The unit the writer acts for (the API gives its token's), recorded with the audit entry. */
  readonly unitId?: UnitId | null;
  /** Today and how far after it a change may be dated (default: today in Vietnam, 31 days). */
  readonly clock?: WriteClock;
} & ({ readonly kind: 'correction' } | { readonly kind: 'change'; readonly validFrom: IsoDate });

/** A person after a correction, with every name they have on record. */
export interface CorrectedPerson {
  readonly person: Person;
  readonly names: readonly PersonName[];
}

/**
 * Corrects or changes a person's name, keeping the old one with its dates (`person_name`); the person's row and
 * search key take the new name in the same transaction, audited as `person.correct`. Refused: PERSON.NOT_FOUND,
 * SOURCE.NOT_FOUND, PERSON.EMPTY_NAME, TEXT.TOO_LONG, PERSON.SAME_NAME, and for a change PERSON.DATE_OUTSIDE_PERIOD
 * (on or before the current name's first day) or DATE.TOO_FAR (after today plus the event horizon).
 *
 * @example
 * await correctPerson(db, { personId, name: 'Tăng Thị Dương', kind: 'correction', sourceId });
 * await correctPerson(db, { personId, name: 'Nguyễn Thị Hoa', kind: 'change', validFrom: isoDate('2024-03-08'), sourceId });
 */
export async function correctPerson(db: Db, input: CorrectPersonInput): Promise<Result<CorrectedPerson, CorrectPersonError>> {
  let before: Person | undefined;
  return runWrite(
    db,
    async (trx) => {
      const person = await requirePerson(trx, input.personId);
      before = person;
      const name = checkedName('name', input.name);
      await requireSource(trx, input.sourceId);
      if (name === person.fullName) refuse(sameName(name));
      const stored = await trx.selectFrom('person_name').selectAll().where('person_id', '=', person.id).orderBy('seq').execute();
      const current = stored.find((r) => r.kind === 'name' && personNameFromRow(r).validity.validTo === null);
      const currentDays = current ? personNameFromRow(current).validity : validity(null);
      if (input.kind === 'change') {
        if (currentDays.validFrom !== null && input.validFrom <= currentDays.validFrom) {
          refuse(nameDateOutside(person.fullName, currentDays, input.validFrom));
        }
        checkEventDate('validFrom', input.validFrom, input.clock);
      }
      const recordedAt = new Date().toISOString();
      const row = (seq: number, text: string, kind: PersonNameTable['kind'], days: Validity, sourceId: string): PersonNameTable => ({
        person_id: person.id,
        seq,
        name: text,
        search_key: searchKey(text),
        kind,
        ...validityToRow(days),
        source_id: sourceId,
        recorded_at: recordedAt,
      });
      const oldKind = input.kind === 'correction' ? 'misspelling' : 'name';
      const oldDays = input.kind === 'correction' ? currentDays : validity(currentDays.validFrom, input.validFrom);
      const newDays = input.kind === 'correction' ? currentDays : validity(input.validFrom);
      let seq = stored.reduce((max, r) => Math.max(max, r.seq), 0);
      if (current) {
        await trx
          .updateTable('person_name')
          .set({ kind: oldKind, ...validityToRow(oldDays) })
          .where('person_id', '=', person.id)
          .where('seq', '=', current.seq)
          .execute();
      } else {
        // First correction: the name the person was recorded with enters the history.
        await trx
          .insertInto('person_name')
          .values(row(++seq, person.fullName, oldKind, oldDays, person.sourceId))
          .execute();
      }
      await trx
        .insertInto('person_name')
        .values(row(seq + 1, name, 'name', newDays, input.sourceId))
        .execute();
      await trx
        .updateTable('person')
        .set({ full_name: name, search_key: searchKey(name) })
        .where('id', '=', person.id)
        .execute();
      const after = await requirePerson(trx, person.id);
      return { person: after, names: await personNames(trx, after) };
    },
    (corrected) => ({
      action: 'person.correct',
      entityType: 'person',
      entityId: corrected.person.id,
      unitId: input.unitId ?? null,
      before,
      after: { ...corrected.person, kind: input.kind, validFrom: input.kind === 'change' ? input.validFrom : null },
    }),
  );
}
