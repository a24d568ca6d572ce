import { randomUUID } from 'node:crypto';
import type { BulkLoadReport } from '../bulk/bulk-batch.js';
import { bulkLoad } from '../bulk/bulk-load.js';
import { DEFAULT_RULE_PACK } from '../rule/default-rule-pack.js';
import { refuse } from '../shared/core-error.js';
import { err, type Result } from '../shared/result.js';
import { createSource } from '../source/source.repository.js';
import type { Db } from '../store/database.js';
import { runWrite } from '../store/run-write.js';
import { planPopoloImport } from './popolo-import.plan.js';
import { popoloInvalidDocument, popoloStoreNotEmpty, type PopoloImportError } from './popolo.errors.js';

/** What an import wrote. */
export interface PopoloImportReport {
  readonly sources: number;
  readonly areas: number;
  readonly organizations: number;
  readonly posts: number;
  readonly persons: number;
  readonly memberships: number;
  readonly terms: number;
  /** The bulk loader's report of the batch (rows per table, its name in the audit log). */
  readonly load: BulkLoadReport;
}

/** The tables an import needs empty: a store with any of them filled is refused. */
const TABLES_THAT_MUST_BE_EMPTY = ['source', 'admin_unit', 'person', 'organization', 'post', 'term', 'holding'] as const;

/**
 * Loads a Popolo document as `exportPopolo` writes it into an EMPTY store, all or nothing, in one transaction:
 * its sources through `createSource`, then every area, person, organization, post, term and membership as one
 * batch of the bulk loader, checked as the one-by-one writes check them. Every record keeps its id, its
 * validity and its source (its first link). Refused with `POPOLO.STORE_NOT_EMPTY` when the store holds
 * records, `POPOLO.INVALID_DOCUMENT` listing the document's problems, or the refusal of the record the bulk
 * loader refused (its code, and `record` naming it).
 *
 * @example
 * const store = await openStore({ filename: 'copy.sqlite' });
 * const report = await importPopolo(store.db, JSON.parse(readFileSync('tuyen-quang.popolo.json', 'utf8')));
 * if (!report.ok) console.error(report.error.code, report.error.message);
 */
export async function importPopolo(db: Db, document: unknown): Promise<Result<PopoloImportReport, PopoloImportError>> {
  const { plan, problems } = planPopoloImport(document);
  if (!plan) return err(popoloInvalidDocument(problems));
  return runWrite<PopoloImportReport, PopoloImportError>(
    db,
    async (trx) => {
      for (const table of TABLES_THAT_MUST_BE_EMPTY) {
        const row = await trx.selectFrom(table).select('id').limit(1).executeTakeFirst();
        if (row) refuse(popoloStoreNotEmpty(table));
      }
      for (const source of plan.sources) {
        const created = await createSource(trx, source);
        if (!created.ok) refuse(created.error);
      }
      const loaded = await bulkLoad(trx, plan.batch, { rulePack: DEFAULT_RULE_PACK, label: `popolo_${randomUUID().replaceAll('-', '')}` });
      if (!loaded.ok) refuse(loaded.error);
      const { batch } = plan;
      return {
        sources: plan.sources.length,
        areas: batch.units.length,
        organizations: batch.organizations.length,
        posts: batch.posts.length,
        persons: batch.people.length,
        memberships: batch.holdings.length,
        terms: batch.terms.length,
        load: loaded.value,
      };
    },
    // The sources and the batch record their own audit entries.
    () => [],
  );
}
