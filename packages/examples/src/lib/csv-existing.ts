import { stableId, type Db } from '@mttq/core';
import type { CsvFileName, CsvRow } from './csv-files.js';

/** The rows of an import whose record is already in the store, and how many rows there are in all. */
export interface CsvPresence {
  readonly present: readonly CsvRow[];
  readonly total: number;
}

const TABLES = {
  units: ['admin_unit', 'unit'],
  organizations: ['organization', 'org'],
  posts: ['post', 'post'],
  people: ['person', 'person'],
} as const;

/**
 * Which rows of an import are already in the store: a unit, organization, post or person by the id its key gives
 * (`unit_csv-<key>`…), a holding by its person, post and first day. Running the same files twice finds every row.
 */
export async function csvRowsPresent(db: Db, rows: Readonly<Record<CsvFileName, readonly CsvRow[]>>): Promise<CsvPresence> {
  const present: CsvRow[] = [];
  for (const [file, [table, prefix]] of Object.entries(TABLES) as [keyof typeof TABLES, (typeof TABLES)[keyof typeof TABLES]][]) {
    const ids = rows[file].map((row) => stableId<string>(prefix, `csv-${row.values.key}`));
    if (ids.length === 0) continue;
    const found = new Set((await db.selectFrom(table).select('id').where('id', 'in', ids).execute()).map((r) => r.id));
    present.push(...rows[file].filter((_, i) => found.has(ids[i]!)));
  }
  for (const row of rows.holdings) {
    const v = row.values;
    const holding = await db
      .selectFrom('holding')
      .select('id')
      .where('person_id', '=', stableId<string>('person', `csv-${v.person}`))
      .where('post_id', '=', stableId<string>('post', `csv-${v.post}`))
      .where('valid_from', '=', v.valid_from ?? '')
      .executeTakeFirst();
    if (holding) present.push(row);
  }
  return { present, total: Object.values(rows).reduce((n, list) => n + list.length, 0) };
}
