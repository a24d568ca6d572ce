import { randomUUID } from 'node:crypto';
import type { RulePack } from '../rule/assignment-rule.js';
import { Refusal, refuse } from '../shared/core-error.js';
import type { UnitId } from '../shared/ids.js';
import type { Result } from '../shared/result.js';
import type { Db } from '../store/database.js';
import { rawConnectionOf } from '../store/open-store.js';
import { runWrite } from '../store/run-write.js';
import type { BulkBatch, BulkLoadReport, BulkRecordKind, BulkRecordRef } from './bulk-batch.js';
import { checkAssignment } from './bulk-check.assignments.js';
import { checkDirective, checkTask } from './bulk-check.directives.js';
import { checkOrganization, checkPost } from './bulk-check.organizations.js';
import { checkHolding, checkPerson, checkTerm } from './bulk-check.people.js';
import { checkUnit } from './bulk-check.units.js';
import { BulkContext } from './bulk-context.js';
import { readStoredReferences } from './bulk-stored.reader.js';
import { atRecord, type BulkLoadError, type BulkRecordError } from './bulk.errors.js';
import { BULK_TABLES, rowWriterFor, type RowWriter } from './bulk-writer.js';

/** How a batch is loaded. */
export interface BulkLoadOptions {
  /** The rule pack every assignment of the batch must be allowed by. */
  readonly rulePack: RulePack;
  /** The batch's name in the audit log (default: a fresh `bulk_…` id). */
  readonly label?: string;
  /** The unit the batch is about (a commune and its areas), for audit questions by unit. */
  readonly unitId?: UnitId | null;
}

/**
 * Loads a batch of records — units with their parents, people, organizations, posts, terms, holdings,
 * directives, tasks, assignments — all or none, in one transaction, with one audit entry for the batch.
 * Every record is checked in memory as its one-by-one write checks it (the stored records it names are read
 * in a few queries per batch), and every assignment is decided by `decide` on the rule pack. The first
 * refused record refuses the batch: its error keeps the code of the one-by-one write, names the record
 * (`record`), and nothing of the batch is written.
 *
 * @example
 * const result = await bulkLoad(db, { units: areas, organizations, posts, people, holdings, assignments }, { rulePack: DEFAULT_RULE_PACK });
 * if (!result.ok) console.error(result.error.code, result.error.record, result.error.message);
 */
export async function bulkLoad(db: Db, batch: BulkBatch, options: BulkLoadOptions): Promise<Result<BulkLoadReport, BulkLoadError>> {
  return loadWith(db, rowWriterFor(db), batch, options);
}

/** A bulk-loading session on one store: batches loaded one after the other, and SQLite tuned meanwhile. */
export interface BulkLoader {
  /** Loads one batch (see `bulkLoad`). */
  load(batch: BulkBatch, options?: Omit<BulkLoadOptions, 'rulePack'>): Promise<Result<BulkLoadReport, BulkLoadError>>;
  /** Ends the session and restores the connection's settings. */
  close(): void;
}

/** Settings of a bulk-loading session. */
export interface BulkLoaderOptions {
  readonly rulePack: RulePack;
  /**
   * SQLite only: the page cache of the connection during the session, in MiB (default 512; SQLite's own
   * default is 2 MiB). Index pages of tables with millions of rows stay in memory instead of being read
   * back for every insert. Restored by `close()`.
   */
  readonly sqliteCacheMiB?: number;
}

/**
 * Opens a bulk-loading session: `load` batch after batch, then `close`. On SQLite the connection's page
 * cache is enlarged for the session; nothing that bears on durability is changed.
 *
 * @example
 * const loader = openBulkLoader(store.db, { rulePack: DEFAULT_RULE_PACK });
 * try {
 *   for (const batch of batches) unwrap(await loader.load(batch));
 * } finally {
 *   loader.close();
 * }
 */
export function openBulkLoader(db: Db, options: BulkLoaderOptions): BulkLoader {
  const writer = rowWriterFor(db);
  const raw = rawConnectionOf(db);
  let restore = () => {};
  if (raw?.dialect === 'sqlite') {
    const before = raw.database.pragma('cache_size', { simple: true }) as number;
    raw.database.pragma(`cache_size = ${-Math.round((options.sqliteCacheMiB ?? 512) * 1024)}`);
    restore = () => void raw.database.pragma(`cache_size = ${before}`);
  }
  return {
    load: (batch, more = {}) => loadWith(db, writer, batch, { ...more, rulePack: options.rulePack }),
    close: () => {
      restore();
      restore = () => {};
    },
  };
}

async function loadWith(db: Db, writer: RowWriter, batch: BulkBatch, options: BulkLoadOptions): Promise<Result<BulkLoadReport, BulkLoadError>> {
  const batchId = options.label ?? `bulk_${randomUUID().replaceAll('-', '')}`;
  return runWrite<BulkLoadReport, BulkLoadError>(
    db,
    async (trx) => {
      const started = performance.now();
      const ctx = new BulkContext();
      await readStoredReferences(trx, batch, ctx);
      const read = performance.now();
      checkAll(ctx, batch, options.rulePack);
      const checked = performance.now();
      const writeMsByTable: Record<string, number> = {};
      await writer(trx, ctx.rows, writeMsByTable);
      const rowsByTable: Record<string, number> = {};
      let rows = 1;
      for (const table of BULK_TABLES) {
        rowsByTable[table] = ctx.rows[table].length;
        rows += ctx.rows[table].length;
      }
      rowsByTable.audit_log = 1;
      return { rowsByTable, rows, batchId, timings: { readMs: read - started, checkMs: checked - read, writeMsByTable } };
    },
    (report) => ({
      action: 'bulk.load',
      entityType: 'batch',
      entityId: batchId,
      unitId: options.unitId ?? null,
      after: { rulePackId: options.rulePack.id, rowsByTable: report.rowsByTable },
    }),
  );
}

/** Checks every record in order; a refusal is turned into the batch's refusal, naming the record. */
function checkAll(ctx: BulkContext, batch: BulkBatch, pack: RulePack): void {
  let kind: BulkRecordKind = 'unit';
  let index = 0;
  let id: string | null = null;
  const each = <T extends { readonly id?: string }>(k: BulkRecordKind, list: readonly T[] | undefined, check: (input: T) => void) => {
    if (!list) return;
    kind = k;
    for (index = 0; index < list.length; index++) {
      const input = list[index]!;
      id = input.id ?? null;
      check(input);
    }
  };
  try {
    each('unit', batch.units, (u) => checkUnit(ctx, u));
    each('person', batch.people, (p) => checkPerson(ctx, p));
    each('organization', batch.organizations, (o) => checkOrganization(ctx, o));
    each('post', batch.posts, (p) => checkPost(ctx, p));
    each('term', batch.terms, (t) => checkTerm(ctx, t));
    each('holding', batch.holdings, (h) => checkHolding(ctx, h));
    each('directive', batch.directives, (d) => checkDirective(ctx, d));
    each('task', batch.tasks, (t) => checkTask(ctx, t));
    each('assignment', batch.assignments, (a) => checkAssignment(ctx, pack, a));
  } catch (error) {
    if (!(error instanceof Refusal)) throw error;
    const record: BulkRecordRef = { kind, index, id };
    refuse(atRecord(error.error as BulkRecordError, record));
  }
}
