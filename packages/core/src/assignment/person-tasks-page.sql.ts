import { sql, type AliasedSelectQueryBuilder, type ExpressionBuilder, type RawBuilder, type SqlBool } from 'kysely';
import type { AssignmentTable, Database, Db } from '../store/database.js';
import type { IsoDate } from '../time/iso-date.js';
import { statusOnExpression } from './assignment.queries.js';

/** A row of a page: the assignment and its status on the date. */
export type PageRow = AssignmentTable & { status_on: string | null };

/** An assignment's place in a person's list: the order is `(assigned_on, id)`. */
export interface Placed {
  readonly id: string;
  readonly assigned_on: string;
}

type Eb = ExpressionBuilder<Database & { a: AssignmentTable }, 'a'>;

/**
 * In force on `date` (as `tasksOfPerson` keeps them): not cancelled by then, and within its period or not yet
 * done. The status on the date is read once per row. Written `<> 0`, not `= 1`: PostgreSQL guesses that an
 * equality on an expression keeps 0.5 % of rows, and then reads and sorts a key's whole list rather than walk
 * its index in order until the page is full; it guesses 99.5 % for `<>`, which is nearer the truth.
 */
export function inForce(eb: Eb, date: IsoDate) {
  return sql<SqlBool>`(case coalesce((${statusOnExpression(eb, date)}), '') when 'cancelled' then 0 when 'done' then (case when ${sql.ref('a.period_to')} > ${date} then 1 else 0 end) else 1 end) <> 0`;
}

/**
 * The page from the merged branches (each at most `limit` rows, in order): the first `limit` of them in
 * `(assigned_on, id)` order, and only those read whole, with their status on the date.
 */
export function pageOfMerged(db: Db, merged: AliasedSelectQueryBuilder<Placed, 'u'>, date: IsoDate, limit: number | RawBuilder<number>) {
  const ids = db.selectFrom(merged).select('u.id').orderBy('u.assigned_on').orderBy('u.id').limit(limit);
  return db
    .selectFrom('assignment as a')
    .selectAll('a')
    .select((eb) => statusOnExpression(eb, date).as('status_on'))
    .where('a.id', 'in', ids)
    .orderBy('a.assigned_on')
    .orderBy('a.id');
}
