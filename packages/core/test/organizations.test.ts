import { describe, expect, it } from 'vitest';
import {
  createOrganization,
  endOrganization,
  getOrganization,
  headsOf,
  isoDate,
  organizationsAt,
  subOrganizationsOn,
  unwrap,
  validity,
  type SourceId,
} from '../src/index.js';
import { exampleStore, tableCounts } from './fixtures.js';

const SYNTHETIC = 'src_minh-hoa' as SourceId;

describe('organizations at units', () => {
  it('refuses a Front work board at a province, saying where it belongs, and writes nothing', async () => {
    const { db, ids } = await exampleStore();
    const before = await tableCounts(db);
    const result = await createOrganization(db, {
      type: 'frontWorkBoard',
      unitId: ids.units.tuyenQuangUntil2025,
      parentId: ids.organizations.provincialFrontCommittee,
      sourceId: SYNTHETIC,
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('ORGANIZATION.TYPE_NOT_ALLOWED_AT_LEVEL');
    expect(result.error.message).toContain('Ban Công tác Mặt trận');
    expect(result.error.message).toContain('khu dân cư');
    expect(await tableCounts(db)).toEqual(before);
  });

  it('has the Front committee, its standing board and the socio-political organizations at the district', async () => {
    const { db, ids } = await exampleStore();
    const orgs = await organizationsAt(db, ids.units.chiemHoaDistrict, isoDate('2022-01-01'));
    const types = orgs.map((o) => o.type);
    for (const type of [
      'frontCommittee',
      'frontStandingBoard',
      'farmersUnion',
      'womensUnion',
      'youthUnion',
      'veteransAssociation',
      'labourFederation',
      'partyStandingCommittee',
      'massMobilizationBoard',
    ] as const) {
      expect(types).toContain(type);
    }
    const board = await subOrganizationsOn(db, ids.organizations.chiemHoaFrontCommittee, isoDate('2022-01-01'));
    expect(board.map((o) => o.type)).toContain('frontStandingBoard');
  });

  it('has the Front and the organizations at Xã Chiêm Hóa from 2025-07-01, and none at the district any more', async () => {
    const { db, ids } = await exampleStore();
    const atCommune = await organizationsAt(db, ids.units.chiemHoaCommune, isoDate('2026-01-01'));
    expect(atCommune.map((o) => o.type)).toEqual(expect.arrayContaining(['frontCommittee', 'frontStandingBoard', 'womensUnion']));
    expect(await organizationsAt(db, ids.units.chiemHoaDistrict, isoDate('2026-01-01'))).toEqual([]);
  });

  it('refuses a standing board without its committee, and a branch under another commune’s association', async () => {
    const { db, ids } = await exampleStore();
    const orphan = await createOrganization(db, {
      type: 'frontStandingBoard',
      unitId: ids.units.chiemHoaDistrict,
      validity: validity(null, isoDate('2025-07-01')),
      sourceId: SYNTHETIC,
    });
    expect(!orphan.ok && orphan.error.code).toBe('ORGANIZATION.PARENT_REQUIRED');
    const districtWomen = (await organizationsAt(db, ids.units.chiemHoaDistrict, isoDate('2022-01-01'), { types: ['womensUnion'] }))[0]!;
    const farAway = await createOrganization(db, {
      type: 'womensUnionBranch',
      unitId: 'unit_minh-hoa-tdp-1' as never,
      parentId: districtWomen.id,
      validity: validity(null, isoDate('2025-07-01')),
      sourceId: SYNTHETIC,
    });
    expect(!farAway.ok && farAway.error.code).toBe('ORGANIZATION.PARENT_ELSEWHERE');
    const wrongType = await createOrganization(db, {
      type: 'womensUnionBranch',
      unitId: 'unit_minh-hoa-tdp-1' as never,
      parentId: ids.organizations.chiemHoaFrontCommittee,
      validity: validity(null, isoDate('2025-07-01')),
      sourceId: SYNTHETIC,
    });
    expect(!wrongType.ok && wrongType.error.code).toBe('ORGANIZATION.PARENT_TYPE_NOT_ALLOWED');
  });

  it('refuses an organization that would outlive its unit', async () => {
    const { db, ids } = await exampleStore();
    const result = await createOrganization(db, {
      type: 'farmersUnion',
      unitId: ids.units.chiemHoaDistrict,
      name: 'Hội Nông dân minh họa',
      validity: validity(isoDate('2020-01-01'), null),
      sourceId: SYNTHETIC,
    });
    expect(!result.ok && result.error.code).toBe('ORGANIZATION.OUTSIDE_UNIT_VALIDITY');
  });

  it('ends an organization with its sub-bodies, posts and holdings', async () => {
    const { db, ids } = await exampleStore();
    unwrap(
      await endOrganization(db, {
        organizationId: ids.organizations.chiemHoaFrontCommittee,
        date: isoDate('2024-01-01'),
        end: { kind: 'dissolved' },
      }),
    );
    const ended = await getOrganization(db, ids.organizations.chiemHoaFrontCommittee);
    expect(ended?.validity.validTo).toBe('2024-01-01');
    expect(ended?.end).toEqual({ kind: 'dissolved' });
    expect(await subOrganizationsOn(db, ids.organizations.chiemHoaFrontCommittee, isoDate('2024-01-01'))).toEqual([]);
    expect(await headsOf(db, ids.organizations.chiemHoaFrontCommittee, isoDate('2024-01-01'))).toEqual([]);
    expect((await headsOf(db, ids.organizations.chiemHoaFrontCommittee, isoDate('2023-12-31'))).map((h) => h.person.fullName)).toEqual([
      'Triệu Đức Long',
    ]);
  });

  it('links the bodies of a residential area before the reform to their successors under the new commune', async () => {
    const { db } = await exampleStore();
    const before = await getOrganization(db, 'org_minh-hoa-tdp-1.frontWorkBoard' as never);
    expect(before?.end).toEqual({ kind: 'mergedInto', organizationId: 'org_minh-hoa-tdp-1.frontWorkBoard.from-2025' });
    const after = await getOrganization(db, 'org_minh-hoa-tdp-1.frontWorkBoard.from-2025' as never);
    expect(after?.parentId).toBe('org_02287-from-2025.frontCommittee');
  });
});
