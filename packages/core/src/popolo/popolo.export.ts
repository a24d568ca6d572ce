import type { NotFoundError } from '../shared/common.errors.js';
import type { UnitId } from '../shared/ids.js';
import { ok, type Result } from '../shared/result.js';
import type { Db } from '../store/database.js';
import type { IsoDate } from '../time/iso-date.js';
import type { PopoloDocument } from './popolo-document.js';
import { readPopoloSnapshot } from './popolo-snapshot.queries.js';
import { popoloDocumentOf } from './popolo.mapper.js';

/**
 * The Popolo 1.0.1 document of the subtree under a unit on a day: its areas (and those above it), the
 * organizations at them (and those they belong to), their posts, the memberships held on that day, the people
 * holding them, their terms as legislative periods and every source cited. Each record keeps its id and its
 * whole validity; lists are sorted by id, so the same store gives the same document byte for byte.
 * `UNIT.NOT_FOUND` when the unit does not exist on that day.
 *
 * @example
 * const doc = unwrap(await exportPopolo(db, tuyenQuang.id, isoDate('2026-01-01')));
 * writeFileSync('tuyen-quang.popolo.json', JSON.stringify(doc, null, 2));
 */
export async function exportPopolo(db: Db, under: UnitId, asOf: IsoDate): Promise<Result<PopoloDocument, NotFoundError>> {
  const snapshot = await readPopoloSnapshot(db, under, asOf);
  return snapshot.ok ? ok(popoloDocumentOf(snapshot.value)) : snapshot;
}
