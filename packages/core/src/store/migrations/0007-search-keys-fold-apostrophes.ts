import type { Kysely } from 'kysely';
import { searchKey } from '../../text/search-key.js';

/** The tables with a search key, and the text each key is made from (as the writes make it). */
const KEYED = [
  { table: 'admin_unit', text: (r: Row) => r.full_name! },
  { table: 'person', text: (r: Row) => r.full_name! },
  { table: 'organization', text: (r: Row) => r.name! },
  { table: 'task', text: (r: Row) => r.title! },
  { table: 'directive', text: (r: Row) => `${r.symbol ?? ''} ${r.title!}` },
] as const;

interface Row {
  readonly id: string;
  readonly full_name?: string;
  readonly name?: string;
  readonly title?: string;
  readonly symbol?: string | null;
  readonly search_key: string;
}

const APOSTROPHE = /['\u2018\u2019\u02bc]/;

/**
 * Search folds apostrophes like diacritics ("Ea H'Leo", "Ea H’Leo" and "ea hleo" find the same unit): the keys
 * stored before, which kept a space where the apostrophe was ("ea h leo"), are made again. Only rows whose text
 * has an apostrophe change.
 */
export async function up(db: Kysely<any>): Promise<void> {
  for (const { table, text } of KEYED) {
    const rows = (await db.selectFrom(table).selectAll().execute()) as Row[];
    for (const row of rows) {
      const source = text(row);
      if (!APOSTROPHE.test(source)) continue;
      const key = searchKey(source);
      if (key !== row.search_key) await db.updateTable(table).set({ search_key: key }).where('id', '=', row.id).execute();
    }
  }
}

/** Nothing to undo: the older keys are not needed by older code to find anything it found before. */
export async function down(): Promise<void> {}
