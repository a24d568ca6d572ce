import { randomUUID } from 'node:crypto';
import type { RulePack } from '../rule/assignment-rule.js';
import type { UnitId } from '../shared/ids.js';
import type { Result } from '../shared/result.js';
import type { Db } from '../store/database.js';
import { rawConnectionOf } from '../store/open-store.js';
import { runWrite } from '../store/run-write.js';
import type { BulkBatch, BulkLoadReport } from './bulk-batch.js';
import { writeRecords } from './bulk-records.js';
import type { BulkLoadError } from './bulk.errors.js';
import { buildDeferredIndexes, deferIndexesOfEmptyTables, type DeferredIndex } from './bulk-indexes.js';
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
 * Every record is checked in memory by the very checks its one-by-one write runs (`writeRecords`: the stored
 * records it names are read in a few queries per batch), and every assignment is decided by `decide` on the rule pack. The first
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
  /**
   * Ends the session: builds the indexes set aside (`deferIndexes`), once, from the loaded rows, and restores
   * the connection's settings. Call it even when a batch was refused.
   */
  close(): Promise<void>;
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
  /**
   * A fresh load (default false): the tables the load fills that hold no row when the first batch is loaded
   * (checked in that batch's transaction) lose their secondary indexes until `close()`, which builds them once
   * from the loaded rows — the same indexes a store created normally has. Primary keys, unique indexes and the
   * indexes the loader reads through stay. Only for a store nobody else reads meanwhile (a new national
   * dataset); a table that holds rows keeps its indexes whatever this says. The indexes set aside are recorded
   * in the transaction that drops them: should the process die before `close()`, the next `openStore` builds them.
   */
  readonly deferIndexes?: boolean;
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
 *   await loader.close();
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
  // Decided by the first batch that commits: undefined until then (a refused first batch drops nothing).
  let deferred: DeferredIndex[] | undefined = options.deferIndexes ? undefined : [];
  return {
    load: async (batch, more = {}) => {
      let dropped: DeferredIndex[] = [];
      const before =
        deferred === undefined ? async (trx: Db) => void (dropped = await deferIndexesOfEmptyTables(trx, BULK_TABLES)) : undefined;
      const result = await loadWith(db, writer, batch, { ...more, rulePack: options.rulePack }, before);
      if (result.ok && deferred === undefined) deferred = dropped;
      return result;
    },
    close: async () => {
      const aside = deferred ?? [];
      deferred = [];
      try {
        if (aside.length > 0) await buildDeferredIndexes(db);
      } finally {
        restore();
        restore = () => {};
      }
    },
  };
}

async function loadWith(
  db: Db,
  writer: RowWriter,
  batch: BulkBatch,
  options: BulkLoadOptions,
  beforeWrite?: (trx: Db) => Promise<void>,
): Promise<Result<BulkLoadReport, BulkLoadError>> {
  const batchId = options.label ?? `bulk_${randomUUID().replaceAll('-', '')}`;
  return runWrite<BulkLoadReport, BulkLoadError>(
    db,
    async (trx) => {
      await beforeWrite?.(trx);
      const { ctx, readMs, checkMs, writeMsByTable } = await writeRecords(trx, writer, batch, {
        rulePack: options.rulePack,
        nameRecord: true,
      });
      const rowsByTable: Record<string, number> = {};
      let rows = 1;
      for (const table of BULK_TABLES) {
        rowsByTable[table] = ctx.rows[table].length;
        rows += ctx.rows[table].length;
      }
      rowsByTable.audit_log = 1;
      return { rowsByTable, rows, batchId, timings: { readMs, checkMs, writeMsByTable } };
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
