import type { Statement } from 'better-sqlite3';
import { PostgresAdapter, sql } from 'kysely';
import { refuse } from '../shared/core-error.js';
import type { Db } from '../store/database.js';
import { rawConnectionOf, type RawConnection } from '../store/open-store.js';
import type { BulkRecordKind } from './bulk-record.js';
import type { BulkRows, BulkTable } from './bulk-context.js';
import { atRecord, duplicateId } from './bulk.errors.js';

type Column<T extends BulkTable> = keyof BulkRows[T][number] & string;

/** The columns written per table; the order is the statements' (and integers are named for PostgreSQL). */
const COLUMNS: { readonly [T in BulkTable]: readonly Column<T>[] } = {
  admin_unit: ['id', 'code', 'kind', 'level', 'name', 'full_name', 'search_key', 'valid_from', 'valid_to', 'source_id'],
  unit_parent: ['id', 'unit_id', 'parent_id', 'valid_from', 'valid_to', 'source_id'],
  unit_closure: ['ancestor_id', 'descendant_id', 'depth', 'valid_from', 'valid_to'],
  person: ['id', 'full_name', 'search_key', 'source_id'],
  organization: [
    'id',
    'type',
    'unit_id',
    'parent_id',
    'name',
    'search_key',
    'valid_from',
    'valid_to',
    'end_reason',
    'merged_into_id',
    'source_id',
  ],
  post: ['id', 'organization_id', 'type', 'title', 'seats', 'valid_from', 'valid_to', 'source_id'],
  term: ['id', 'organization_id', 'label', 'valid_from', 'valid_to', 'source_id'],
  holding: ['id', 'person_id', 'post_id', 'term_id', 'valid_from', 'valid_to', 'source_id'],
  directive: [
    'id',
    'kind',
    'symbol',
    'symbol_number',
    'symbol_type',
    'symbol_issuer',
    'symbol_year',
    'title',
    'search_key',
    'issued_on',
    'valid_from',
    'valid_to',
    'implements_id',
    'source_id',
  ],
  directive_party: ['directive_id', 'organization_id', 'role'],
  task: ['id', 'directive_id', 'kind', 'title', 'search_key', 'recurrence', 'valid_from', 'valid_to', 'source_id'],
  assignment: [
    'id',
    'task_id',
    'period_key',
    'period_from',
    'period_to',
    'assigner_org_id',
    'assigner_post_id',
    'assignee_kind',
    'assignee_org_id',
    'assignee_post_id',
    'assignee_person_id',
    'assignee_via_post_id',
    'assignee_unit_id',
    'place_unit_id',
    'assigned_on',
    'due_on',
    'status',
    'rule_pack_id',
    'rule_id',
    'source_id',
  ],
  assignment_event: ['id', 'assignment_id', 'seq', 'status', 'on_date', 'note', 'source_id'],
  assignment_ancestor: ['ancestor_unit_id', 'assigned_on', 'assignment_id', 'valid_from', 'valid_to'],
};

const INTEGER_COLUMNS = new Set(['depth', 'seats', 'symbol_year', 'seq']);

/** The tables in the order they are written: every row's references come before it. */
export const BULK_TABLES = Object.keys(COLUMNS) as BulkTable[];

/** Which record a row of a table comes from: the record's kind and the row's column holding the record's id. */
const OWNER: { readonly [T in BulkTable]: readonly [BulkRecordKind, string] } = {
  admin_unit: ['unit', 'id'],
  unit_parent: ['unit', 'unit_id'],
  unit_closure: ['unit', 'descendant_id'],
  person: ['person', 'id'],
  organization: ['organization', 'id'],
  post: ['post', 'id'],
  term: ['term', 'id'],
  holding: ['holding', 'id'],
  directive: ['directive', 'id'],
  directive_party: ['directive', 'directive_id'],
  task: ['task', 'id'],
  assignment: ['assignment', 'id'],
  assignment_event: ['assignment', 'assignment_id'],
  assignment_ancestor: ['assignment', 'assignment_id'],
};

/** Writes a batch's rows inside the caller's transaction, the fastest way the database allows; adds each table's time to `ms`. */
export type RowWriter = (trx: Db, rows: BulkRows, ms: Record<string, number>) => Promise<void>;

/**
 * The writer for a store: SQLite through one prepared INSERT per table on the raw better-sqlite3 connection
 * (inside Kysely's transaction, on the same connection); PostgreSQL through multi-row
 * `INSERT … SELECT * FROM unnest($1::text[], …)`; and Kysely's multi-row inserts for a handle whose driver
 * is unknown (a transaction passed in on SQLite).
 */
export function rowWriterFor(db: Db): RowWriter {
  const raw = rawConnectionOf(db);
  if (raw?.dialect === 'sqlite') return sqliteWriter(raw);
  if (raw?.dialect === 'postgres' || db.getExecutor().adapter instanceof PostgresAdapter) return postgresWriter;
  return kyselyWriter;
}

const statements = new WeakMap<object, Map<BulkTable, Statement>>();

function sqliteWriter(raw: Extract<RawConnection, { dialect: 'sqlite' }>): RowWriter {
  let cache = statements.get(raw.database);
  if (!cache) statements.set(raw.database, (cache = new Map()));
  const prepared = cache;
  const statementFor = (table: BulkTable): Statement => {
    let statement = prepared.get(table);
    if (!statement) {
      const columns = COLUMNS[table];
      statement = raw.database.prepare(
        `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`,
      );
      prepared.set(table, statement);
    }
    return statement;
  };
  return async (_trx, rows, ms) => {
    for (const table of BULK_TABLES) {
      const list = rows[table] as readonly object[];
      if (list.length === 0) continue;
      const started = performance.now();
      const statement = statementFor(table);
      let i = 0;
      try {
        for (; i < list.length; i++) statement.run(list[i]);
      } catch (error) {
        if (isUniqueViolation(error)) refuseDuplicate(rows, table, list[i] as Record<string, unknown>);
        throw error;
      }
      ms[table] = performance.now() - started;
    }
  };
}

/** Rows per `unnest` statement: arrays are one parameter each, so only memory bounds it. */
const PG_CHUNK = 5000;

const postgresWriter: RowWriter = async (trx, rows, ms) => {
  for (const table of BULK_TABLES) {
    const started = performance.now();
    const list = rows[table] as unknown as readonly Record<string, unknown>[];
    const columns = COLUMNS[table] as readonly string[];
    for (let start = 0; start < list.length; start += PG_CHUNK) {
      const chunk = list.slice(start, start + PG_CHUNK);
      const arrays = columns.map((c) => {
        const values = chunk.map((r) => r[c] ?? null);
        return sql`${values}::${sql.raw(INTEGER_COLUMNS.has(c) ? 'int4' : 'text')}[]`;
      });
      try {
        await sql`insert into ${sql.table(table)} (${sql.join(columns.map((c) => sql.ref(c)))}) select * from unnest(${sql.join(arrays)})`.execute(
          trx,
        );
      } catch (error) {
        const id = isUniqueViolation(error)
          ? /\(id\)=\((.*)\) already exists/.exec(String((error as { detail?: unknown }).detail ?? ''))?.[1]
          : undefined;
        const row = id === undefined ? undefined : chunk.find((r) => r.id === id);
        if (row) refuseDuplicate(rows, table, row);
        throw error;
      }
    }
    ms[table] = performance.now() - started;
  }
};

/** Rows per insert statement: at most 20 columns each, well under SQLite's parameter limit. */
const KYSELY_CHUNK = 500;

const kyselyWriter: RowWriter = async (trx, rows, ms) => {
  for (const table of BULK_TABLES) {
    const started = performance.now();
    const list = rows[table] as unknown as readonly Record<string, unknown>[];
    for (let start = 0; start < list.length; start += KYSELY_CHUNK) {
      const chunk = list.slice(start, start + KYSELY_CHUNK);
      try {
        await trx
          .insertInto(table)
          .values(chunk as never)
          .execute();
      } catch (error) {
        if (!isUniqueViolation(error) || !('id' in (chunk[0] ?? {}))) throw error;
        // SQLite does not say which row; a failed statement leaves the transaction usable, so ask.
        const ids = chunk.map((r) => r.id as string);
        const taken = await trx
          .selectFrom(table as 'person')
          .select('id')
          .where('id', 'in', ids)
          .executeTakeFirst();
        const row = taken && chunk.find((r) => r.id === taken.id);
        if (row) refuseDuplicate(rows, table, row);
        throw error;
      }
    }
    ms[table] = performance.now() - started;
  }
};

/** SQLite's primary key and unique failures, and PostgreSQL's unique violation. */
function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === '23505';
}

/** Refuses the batch for a row whose id is already stored, naming the record it comes from. */
function refuseDuplicate(rows: BulkRows, table: BulkTable, row: Record<string, unknown>): never {
  const [kind, column] = OWNER[table];
  const ownerId = String(row[column]);
  const ownerTable = BULK_TABLES.find((t) => OWNER[t][0] === kind && OWNER[t][1] === 'id')!;
  const index = (rows[ownerTable] as readonly { id?: string }[]).findIndex((r) => r.id === ownerId);
  refuse(atRecord(duplicateId(String(row.id ?? ownerId)), { kind, index, id: ownerId }));
}
