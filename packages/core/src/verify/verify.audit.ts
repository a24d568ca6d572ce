import { sql } from 'kysely';
import type { Database, Db } from '../store/database.js';
import { violation, type StoreViolation } from './store-violation.js';

/** The tables whose rows are only ever added by a write of core, and the audit action each such write records. */
const CREATED_BY = {
  admin_unit: 'unit.create',
  organization: 'organization.create',
  post: 'post.create',
  person: 'person.create',
  term: 'term.create',
  holding: 'holding.create',
  directive: 'directive.create',
  task: 'task.create',
  assignment: 'assignment.create',
  progress_report: 'assignment.progressReport',
  api_token: 'api_token.create',
} as const satisfies Partial<Record<keyof Database, string>>;

type CountedTable = keyof typeof CREATED_BY | 'assignment_event';

/**
 * Every stored record was written by a write that the audit log recorded: for each table, its rows are
 * exactly the entries of its create action plus the rows that bulk loads recorded (`bulk.load` keeps its
 * rows by table); an assignment's events are its `assigned` event and one entry per status change. A table
 * with more rows than entries names the records that have none.
 */
export async function verifyAuditTrail(db: Db): Promise<StoreViolation[]> {
  const counts = await db
    .selectFrom('audit_log')
    .select(['action', sql<number>`count(*)`.as('n')])
    .groupBy('action')
    .execute();
  const entries = new Map(counts.map((c) => [c.action, Number(c.n)]));
  const bulk = await db.selectFrom('audit_log').select('after_json').where('action', '=', 'bulk.load').execute();
  const bulkRows = new Map<string, number>();
  for (const b of bulk) {
    const byTable = (JSON.parse(b.after_json ?? '{}') as { rowsByTable?: Record<string, number> }).rowsByTable ?? {};
    for (const [table, n] of Object.entries(byTable)) bulkRows.set(table, (bulkRows.get(table) ?? 0) + n);
  }
  const statusChanges = counts.filter((c) => c.action.startsWith('assignment.status.')).reduce((sum, c) => sum + Number(c.n), 0);
  const recorded: Record<CountedTable, number> = {
    ...(Object.fromEntries(
      Object.entries(CREATED_BY).map(([table, action]) => [table, (entries.get(action) ?? 0) + (bulkRows.get(table) ?? 0)]),
    ) as Record<keyof typeof CREATED_BY, number>),
    assignment_event: (entries.get('assignment.create') ?? 0) + statusChanges + (bulkRows.get('assignment_event') ?? 0),
  };

  const violations: StoreViolation[] = [];
  for (const table of Object.keys(recorded) as CountedTable[]) {
    const { n } = await db
      .selectFrom(table)
      .select(sql<number>`count(*)`.as('n'))
      .executeTakeFirstOrThrow();
    const rows = Number(n);
    if (rows === recorded[table]) continue;
    const records = table in CREATED_BY && rows > recorded[table] ? await withoutEntry(db, table as keyof typeof CREATED_BY) : [];
    violations.push(
      violation(
        'AUDIT.MISSING_ENTRIES',
        rows > recorded[table]
          ? {
              vi: `Bảng ${table} có ${rows} dòng nhưng nhật ký kiểm toán chỉ ghi nhận ${recorded[table]} dòng được tạo: có bản ghi được ghi mà không qua nhật ký.`,
              en: `The table ${table} has ${rows} rows but the audit log records only ${recorded[table]} created: some records were written without the log.`,
            }
          : {
              vi: `Nhật ký kiểm toán ghi nhận ${recorded[table]} dòng được tạo trong bảng ${table} nhưng bảng chỉ có ${rows} dòng: có bản ghi đã mất.`,
              en: `The audit log records ${recorded[table]} rows created in the table ${table} but it has only ${rows}: some records are lost.`,
            },
        records,
      ),
    );
  }
  return violations;
}

/** Up to 20 ids of a table that no create entry of the audit log names. */
async function withoutEntry(db: Db, table: keyof typeof CREATED_BY): Promise<string[]> {
  const rows = await db
    .selectFrom(table)
    .select('id')
    .where('id', 'not in', db.selectFrom('audit_log').select('entity_id').where('action', '=', CREATED_BY[table]))
    .orderBy('id')
    .limit(20)
    .execute();
  return rows.map((r) => r.id);
}
