import type { Db, UnitClosureTable } from '../store/database.js';
import { validityFromRow, validityToRow } from '../store/validity.mapper.js';
import { intersect, overlaps } from '../time/validity.js';
import { violation, type StoreViolation } from './store-violation.js';

/** A code names one unit of a level on any day: no two units of one level share a code on overlapping days. */
export async function verifyUnitCodes(db: Db): Promise<StoreViolation[]> {
  const rows = await db
    .selectFrom('admin_unit')
    .select(['id', 'code', 'level', 'full_name', 'valid_from', 'valid_to'])
    .where('code', 'is not', null)
    .orderBy('code')
    .orderBy('level')
    .orderBy('valid_from')
    .execute();
  const violations: StoreViolation[] = [];
  for (let i = 0; i < rows.length; i++) {
    for (let j = i + 1; j < rows.length && rows[j]!.code === rows[i]!.code && rows[j]!.level === rows[i]!.level; j++) {
      const [a, b] = [rows[i]!, rows[j]!];
      if (overlaps(validityFromRow(a), validityFromRow(b))) {
        violations.push(
          violation(
            'UNIT.CODE_SHARED',
            {
              vi: `Mã ${a.code} đồng thời chỉ hai đơn vị cấp ${a.level}: ${a.full_name} (${a.id}) và ${b.full_name} (${b.id}).`,
              en: `The code ${a.code} names two units of level ${a.level} at once: ${a.full_name} (${a.id}) and ${b.full_name} (${b.id}).`,
            },
            [a.id, b.id],
          ),
        );
      }
    }
  }
  return violations;
}

/**
 * The closure table says exactly what the parent links say: every unit's rows are recomputed from the links
 * (itself at depth 0; each parent's rows one level down, on the days the link, the parent's row and the unit
 * all hold — as `refreshClosure` writes them) and compared with the stored rows.
 */
export async function verifyClosure(db: Db): Promise<StoreViolation[]> {
  const [units, links, stored] = await Promise.all([
    db.selectFrom('admin_unit').select(['id', 'valid_from', 'valid_to']).execute(),
    db.selectFrom('unit_parent').select(['unit_id', 'parent_id', 'valid_from', 'valid_to']).execute(),
    db.selectFrom('unit_closure').selectAll().execute(),
  ]);
  const unitById = new Map(units.map((u) => [u.id, u]));
  const linksOf = new Map<string, typeof links>();
  for (const l of links) linksOf.set(l.unit_id, [...(linksOf.get(l.unit_id) ?? []), l]);
  const expected = new Map<string, UnitClosureTable[]>();
  const visiting = new Set<string>();
  const rowsOf = (id: string): UnitClosureTable[] => {
    const known = expected.get(id);
    if (known) return known;
    const unit = unitById.get(id);
    if (!unit || visiting.has(id)) return [];
    visiting.add(id);
    const own = validityFromRow(unit);
    const rows: UnitClosureTable[] = [{ ancestor_id: id, descendant_id: id, depth: 0, ...validityToRow(own) }];
    for (const link of linksOf.get(id) ?? []) {
      const linkDays = intersect(validityFromRow(link), own);
      if (!linkDays) continue;
      for (const above of rowsOf(link.parent_id)) {
        const days = intersect(validityFromRow(above), linkDays);
        if (days) rows.push({ ancestor_id: above.ancestor_id, descendant_id: id, depth: above.depth + 1, ...validityToRow(days) });
      }
    }
    visiting.delete(id);
    expected.set(id, rows);
    return rows;
  };

  const key = (r: UnitClosureTable) => `${r.ancestor_id}|${r.depth}|${r.valid_from}|${r.valid_to}`;
  const storedOf = new Map<string, string[]>();
  for (const r of stored) storedOf.set(r.descendant_id, [...(storedOf.get(r.descendant_id) ?? []), key(r)]);
  const violations: StoreViolation[] = [];
  for (const id of new Set([...unitById.keys(), ...storedOf.keys()])) {
    const want = rowsOf(id).map(key).sort();
    const have = (storedOf.get(id) ?? []).sort();
    if (want.length !== have.length || want.some((k, i) => k !== have[i])) {
      const missing = want.filter((k) => !have.includes(k));
      const extra = have.filter((k) => !want.includes(k));
      const some = (rows: string[]) => (rows.length ? ` (${rows.slice(0, 3).join('; ')})` : '');
      violations.push(
        violation(
          'UNIT.CLOSURE_MISMATCH',
          {
            vi: `Bảng bao đóng của đơn vị ${id} không khớp với các liên kết cấp trên: thiếu ${missing.length} dòng${some(missing)}, thừa ${extra.length} dòng${some(extra)}.`,
            en: `The closure table of the unit ${id} disagrees with its parent links: ${missing.length} rows missing${some(missing)}, ${extra.length} rows too many${some(extra)}.`,
          },
          [id],
        ),
      );
    }
  }
  return violations;
}
