import { isoDate, type Db } from '@mttq/core';
import { SYNTHETIC_BENCH_SOURCE, seededRandom } from '@mttq/core/testing';
import { QUESTION_DATE } from './question.js';

/**
 * Codes of communes the question can be asked about: communes that have generated residential areas on the
 * question's date, `count` of them drawn with a seeded random (the same dataset and seed give the same codes).
 *
 * @example
 * const codes = await questionCommunes(store.db, 20, 20250701); // ['01234', …]
 */
export async function questionCommunes(db: Db, count: number, seed: number): Promise<string[]> {
  const date = isoDate(QUESTION_DATE);
  const rows = await db
    .selectFrom('unit_parent as p')
    .innerJoin('admin_unit as area', 'area.id', 'p.unit_id')
    .innerJoin('admin_unit as commune', 'commune.id', 'p.parent_id')
    .select('commune.code')
    .distinct()
    .where('area.source_id', '=', SYNTHETIC_BENCH_SOURCE.id)
    .where('commune.code', 'is not', null)
    .where('p.valid_from', '<=', date)
    .where('p.valid_to', '>', date)
    .orderBy('commune.code')
    .execute();
  const codes = rows.map((r) => r.code!);
  if (codes.length === 0) throw new Error('the dataset has no commune with generated residential areas: is it a generated dataset?');
  const rng = seededRandom(seed);
  const pool = [...codes];
  const picked: string[] = [];
  while (picked.length < Math.min(count, codes.length)) picked.push(pool.splice(rng.int(pool.length), 1)[0]!);
  return picked;
}

/** The code of the province with the most communes that have generated residential areas, for the biggest tree. */
export async function busiestProvince(db: Db): Promise<{ readonly code: string; readonly communes: number }> {
  const date = isoDate(QUESTION_DATE);
  const row = await db
    .selectFrom('unit_parent as up')
    .innerJoin('admin_unit as province', 'province.id', 'up.parent_id')
    .select(['province.code', (eb) => eb.fn.count<string>('up.unit_id').distinct().as('communes')])
    .where('up.valid_from', '<=', date)
    .where('up.valid_to', '>', date)
    .where('province.level', '=', 'province')
    .where('up.unit_id', 'in', (eb) =>
      eb
        .selectFrom('unit_parent as ap')
        .innerJoin('admin_unit as area', 'area.id', 'ap.unit_id')
        .select('ap.parent_id')
        .where('area.source_id', '=', SYNTHETIC_BENCH_SOURCE.id),
    )
    .groupBy('province.code')
    .orderBy('communes', 'desc')
    .orderBy('province.code')
    .executeTakeFirst();
  if (!row?.code) throw new Error('the dataset has no province with generated residential areas');
  return { code: row.code, communes: Number(row.communes) };
}
