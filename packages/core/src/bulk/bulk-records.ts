import { checkAssignment } from '../assignment/assignment.checks.js';
import { checkDirective } from '../directive/directive.checks.js';
import { checkHolding } from '../holding/holding.checks.js';
import { checkTerm } from '../holding/term.checks.js';
import { checkOrganization } from '../organization/organization.checks.js';
import { checkPerson } from '../person/person.checks.js';
import { checkPost } from '../post/post.checks.js';
import type { RulePack } from '../rule/assignment-rule.js';
import { Refusal, refuse } from '../shared/core-error.js';
import type { WriteClock } from '../shared/date-horizon.js';
import type { Db } from '../store/database.js';
import { checkTask } from '../task/task.checks.js';
import { today } from '../time/iso-date.js';
import { checkUnit } from '../unit/unit.checks.js';
import type { BulkBatch } from './bulk-batch.js';
import { BulkContext } from './bulk-context.js';
import type { BulkRecordKind, BulkRecordRef } from './bulk-record.js';
import { readStoredReferences } from './bulk-stored.reader.js';
import { rowWriterFor, type RowWriter } from './bulk-writer.js';
import { atRecord, duplicateId, type BulkDuplicateIdError, type BulkRecordError } from './bulk.errors.js';

/** How records are checked and written. */
export interface RecordsOptions {
  /** The rule pack every assignment must be allowed by (needed only when there are assignments). */
  readonly rulePack?: RulePack;
  /** Today and the event horizon events are dated against (default: today in Vietnam, 31 days). */
  readonly clock?: WriteClock;
  /**
   * A batch (true): its refusal names its record (`BulkLoadError`: `record`, and a message saying which
   * record), and its ids must have the form `parseId` reads. A single write (false): the record's own error,
   * as it always was.
   */
  readonly nameRecord: boolean;
}

/** What checking and writing records did: the context (rows written by table) and where the time went. */
export interface RecordsWritten {
  readonly ctx: BulkContext;
  readonly readMs: number;
  readonly checkMs: number;
  readonly writeMsByTable: Readonly<Record<string, number>>;
}

/**
 * The one write path of every create: reads the stored records the records name (a few queries), checks
 * each record in memory in order (`checkUnit`, `checkPerson`, … `checkAssignment`), then writes the rows
 * with `writer`, inside the caller's transaction. The bulk loader runs it on a batch; `createPerson`,
 * `assignHolding`, `assignTask`… on a batch of one. The first refusal stops it.
 */
export async function writeRecords(trx: Db, writer: RowWriter, batch: BulkBatch, options: RecordsOptions): Promise<RecordsWritten> {
  const started = performance.now();
  // Today is read once per batch: every record of it is dated against the same day (and the clock is not read per record).
  const ctx = new BulkContext({ ...options.clock, today: options.clock?.today ?? today() }, options.nameRecord);
  await readStoredReferences(trx, batch, ctx);
  const read = performance.now();
  checkRecords(ctx, batch, options);
  const checked = performance.now();
  const writeMsByTable: Record<string, number> = {};
  try {
    await writer(trx, ctx.rows, writeMsByTable);
  } catch (error) {
    // The writer names the record whose id is already stored; a single write answers with the bare error.
    if (options.nameRecord || !(error instanceof Refusal) || error.error.code !== 'BULK.DUPLICATE_ID') throw error;
    refuse(duplicateId((error.error as BulkDuplicateIdError).details!.id));
  }
  return { ctx, readMs: read - started, checkMs: checked - read, writeMsByTable };
}

/** Checks every record in order; for a batch, a refusal is turned into the batch's refusal, naming the record. */
function checkRecords(ctx: BulkContext, batch: BulkBatch, options: RecordsOptions): void {
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
    each('assignment', batch.assignments, (a) => checkAssignment(ctx, rulePackOf(options), a));
  } catch (error) {
    if (!options.nameRecord || !(error instanceof Refusal)) throw error;
    const record: BulkRecordRef = { kind, index, id };
    refuse(atRecord(error.error as BulkRecordError, record));
  }
}

function rulePackOf(options: RecordsOptions): RulePack {
  if (!options.rulePack) throw new Error('writeRecords: assignments need a rule pack');
  return options.rulePack;
}

/**
 * The write path of the one-by-one writes (`createPerson`, `assignHolding`, `assignTask`…), inside their
 * `runWrite` transaction `trx` on the store `db`: `writeRecords` on their batch of one (or of a few, for
 * `createUnits`), a refusal being the record's own error. Returns the context, whose rows were written.
 */
export async function writeSingle(
  db: Db,
  trx: Db,
  batch: BulkBatch,
  options: Omit<RecordsOptions, 'nameRecord'> = {},
): Promise<BulkContext> {
  return (await writeRecords(trx, rowWriterFor(db), batch, { ...options, nameRecord: false })).ctx;
}
