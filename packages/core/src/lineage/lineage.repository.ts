import { notFound } from '../shared/common.errors.js';
import { refuse } from '../shared/core-error.js';
import type { SourceId, UnitId } from '../shared/ids.js';
import type { Result } from '../shared/result.js';
import { requireSource } from '../source/require-source.js';
import type { Db } from '../store/database.js';
import { runWrite } from '../store/run-write.js';
import type { IsoDate } from '../time/iso-date.js';
import { holdsOn } from '../time/validity.js';
import { getUnits } from '../unit/unit.queries.js';
import type { LineageKind, LineageLink } from './lineage.js';
import { checkLineageLevel } from './lineage.checks.js';
import { lineageDatesMismatch, type LineageWriteError } from './lineage.errors.js';
import { lineageLinkToRow } from './lineage.mapper.js';

/** A lineage link to record; `kind` defaults to `mergedInto`. */
export interface LineageLinkInput {
  readonly predecessorId: UnitId;
  readonly successorId: UnitId;
  readonly onDate: IsoDate;
  readonly kind?: LineageKind;
  readonly sourceId: SourceId;
}

/** Rows per insert statement: 5 columns each, well under SQLite's and PostgreSQL's parameter limits. */
const CHUNK = 500;

/**
 * Records lineage links in one transaction: all or none. A link already recorded is kept as it is, so
 * recording the same links twice changes nothing. Refused when a unit or source is unknown, when the two
 * units are not on the same level, or when the predecessor does not end on `onDate` or the successor is not
 * in force that day.
 *
 * @example
 * await addLineageLinks(db, [
 *   { predecessorId: unitIdBefore('02326'), successorId: unitIdFrom('02287'), onDate: isoDate('2025-07-01'), sourceId },
 * ]);
 */
export async function addLineageLinks(
  db: Db,
  inputs: readonly LineageLinkInput[],
): Promise<Result<{ readonly created: number; readonly existing: number }, LineageWriteError>> {
  return runWrite(
    db,
    async (trx) => {
      for (const sourceId of new Set(inputs.map((i) => i.sourceId))) await requireSource(trx, sourceId);
      let created = 0;
      for (let start = 0; start < inputs.length; start += CHUNK) {
        const chunk = inputs.slice(start, start + CHUNK);
        const ids = [...new Set(chunk.flatMap((i) => [i.predecessorId, i.successorId]))];
        const units = new Map((await getUnits(trx, ids)).flatMap((u) => (u ? [[u.id, u] as const] : [])));
        const links: LineageLink[] = chunk.map((input) => {
          const predecessor = units.get(input.predecessorId) ?? refuse(notFound('UNIT.NOT_FOUND', input.predecessorId));
          const successor = units.get(input.successorId) ?? refuse(notFound('UNIT.NOT_FOUND', input.successorId));
          checkLineageLevel(predecessor, successor);
          if (predecessor.validity.validTo !== input.onDate || !holdsOn(successor.validity, input.onDate)) {
            refuse(lineageDatesMismatch(predecessor, successor, input.onDate));
          }
          return { ...input, kind: input.kind ?? 'mergedInto' };
        });
        const result = await trx
          .insertInto('unit_lineage')
          .values(links.map(lineageLinkToRow))
          .onConflict((oc) => oc.columns(['predecessor_id', 'successor_id', 'on_date']).doNothing())
          .executeTakeFirst();
        created += Number(result.numInsertedOrUpdatedRows ?? 0n);
      }
      return { created, existing: inputs.length - created };
    },
    (r) =>
      r.created === 0
        ? []
        : {
            action: 'lineage.add',
            entityType: 'unitLineage',
            entityId: inputs[0]?.successorId ?? '-',
            after: { links: inputs.length, ...r },
          },
  );
}
