import { describe, expect, it } from 'vitest';
import {
  ALWAYS,
  DEFAULT_RULE_PACK,
  ORGANIZATION_CATALOGS,
  ORGANIZATIONS_FROM_2025,
  bulkLoad,
  createOrganization,
  createUnits,
  getOrganization,
  isoDate,
  organizationCatalogOn,
  organizationsAt,
  stableId,
  unwrap,
  validity,
  type Db,
  type OrganizationCatalog,
  type OrganizationId,
  type SourceId,
  type UnitId,
} from '../src/index.js';
import { BEFORE, FROM, exampleStore, storeWithSource, tableCounts } from './fixtures.js';

const SYNTHETIC = 'src_minh-hoa' as SourceId;
const FIVE = ['farmersUnion', 'womensUnion', 'youthUnion', 'veteransAssociation', 'labourFederation'] as const;

/** A province recorded over both eras (a test unit: real ones are split at 2025-07-01), with its Front committee. */
async function provinceOfBothEras(): Promise<{ db: Db; sourceId: SourceId; unitId: UnitId; front: OrganizationId }> {
  const { db, sourceId } = await storeWithSource();
  const unitId = stableId<UnitId>('unit', 'tinh-hai-thoi-ky');
  unwrap(await createUnits(db, [{ id: unitId, code: '98', kind: 'tinh', name: 'Hai Thời Kỳ', validity: ALWAYS, sourceId }]));
  const front = unwrap(await createOrganization(db, { type: 'frontCommittee', unitId, sourceId })).id;
  return { db, sourceId, unitId, front };
}

describe('the organization catalog in time', () => {
  it('places the socio-political organizations under the Front from 2025-07-01 and beside it before', () => {
    const before = organizationCatalogOn(isoDate('2025-06-30'));
    const after = organizationCatalogOn(isoDate('2025-07-01'));
    expect(ORGANIZATION_CATALOGS).toEqual([before, after]);
    for (const type of FIVE) {
      expect(before.types[type]?.parentTypes).toBeUndefined();
      expect(after.types[type]?.parentTypes).toEqual(['frontCommittee']);
    }
    expect(after.source).toContain('203/2025/QH15');
  });

  it('has no district level and no separate mass mobilization board from 2025-07-01', () => {
    const before = organizationCatalogOn(isoDate('2025-06-30'));
    const after = organizationCatalogOn(isoDate('2026-01-01'));
    expect(before.types.massMobilizationBoard?.levels).toEqual(['province', 'district']);
    expect(after.types.massMobilizationBoard).toBeUndefined();
    expect(after.types.propagandaAndMassMobilizationBoard?.levels).toEqual(['province']);
    const levels = Object.values(after.types).flatMap((rule) => rule.levels);
    expect(levels).not.toContain('district');
  });

  it('makes a misspelt type or parent type in a catalog a compile error (checked by `pnpm typecheck`)', () => {
    const misspeltType: OrganizationCatalog = {
      ...ORGANIZATIONS_FROM_2025,
      // @ts-expect-error — 'farmerUnion' is not an organization type
      types: { farmerUnion: { levels: ['commune'] } },
    };
    const misspeltParent: OrganizationCatalog = {
      ...ORGANIZATIONS_FROM_2025,
      // @ts-expect-error — 'frontComittee' is not an organization type
      types: { womensUnion: { levels: ['commune'], parentTypes: ['frontComittee'] } },
    };
    const misspelt = { types: { ...misspeltType.types, ...misspeltParent.types } };
    expect(Object.keys(misspelt.types)).toHaveLength(2);
  });
});

describe('writes checked against the catalog of their dates', () => {
  it('accepts a Farmers’ Union under the Front committee from 2025-07-01', async () => {
    const { db, ids } = await exampleStore();
    const front = (await organizationsAt(db, ids.units.chiemHoaCommune, isoDate('2026-01-01'), { types: ['frontCommittee'] }))[0]!;
    const created = unwrap(
      await createOrganization(db, {
        type: 'farmersUnion',
        unitId: ids.units.chiemHoaCommune,
        parentId: front.id,
        name: 'Hội Nông dân minh họa',
        validity: FROM,
        sourceId: SYNTHETIC,
      }),
    );
    expect(created.parentId).toBe(front.id);
  });

  it('refuses a Farmers’ Union under the Front committee before 2025-07-01, naming the era and its law, and writes nothing', async () => {
    const { db, ids } = await exampleStore();
    const before = await tableCounts(db);
    const result = await createOrganization(db, {
      type: 'farmersUnion',
      unitId: ids.units.chiemHoaDistrict,
      parentId: ids.organizations.chiemHoaFrontCommittee,
      name: 'Hội Nông dân minh họa',
      validity: validity(isoDate('2024-01-01'), isoDate('2025-07-01')),
      sourceId: SYNTHETIC,
    });
    if (result.ok) throw new Error('expected a refusal');
    expect(result.error.code).toBe('ORGANIZATION.PARENT_TYPE_NOT_ALLOWED');
    expect(result.error.details).toMatchObject({ type: 'farmersUnion', parentType: 'frontCommittee', catalog: 'until-2025' });
    expect(result.error.message).toBe(
      'Hội Nông dân không thể thuộc Ủy ban Mặt trận Tổ quốc Việt Nam huyện Chiêm Hóa (Ủy ban Mặt trận Tổ quốc Việt Nam): theo danh mục tổ chức đến 30/6/2025, ' +
        'Hội Nông dân không thuộc tổ chức nào (Hiến pháp 2013, Điều 9; Luật Mặt trận Tổ quốc Việt Nam số 75/2015/QH13; ' +
        'điều lệ Hội Nông dân, Hội LHPN, Đoàn TNCS Hồ Chí Minh, Hội CCB, Công đoàn Việt Nam).',
    );
    expect(await tableCounts(db)).toEqual(before);
  });

  it('refuses a Women’s Union under the Party committee after 2025-07-01: only the Front may be its parent', async () => {
    const { db, ids } = await exampleStore();
    const party = (await organizationsAt(db, ids.units.chiemHoaCommune, isoDate('2026-01-01'), { types: ['partyCommittee'] }))[0]!;
    const result = await createOrganization(db, {
      type: 'womensUnion',
      unitId: ids.units.chiemHoaCommune,
      parentId: party.id,
      name: 'Hội LHPN minh họa',
      validity: FROM,
      sourceId: SYNTHETIC,
    });
    if (result.ok) throw new Error('expected a refusal');
    expect(result.error.code).toBe('ORGANIZATION.PARENT_TYPE_NOT_ALLOWED');
    expect(result.error.message).toContain(
      'theo danh mục tổ chức từ 1/7/2025, Hội Liên hiệp Phụ nữ chỉ có thể thuộc Ủy ban Mặt trận Tổ quốc Việt Nam',
    );
  });

  it('checks a body living across 2025-07-01 against both eras', async () => {
    const { db, sourceId, unitId, front } = await provinceOfBothEras();
    const underFront = await createOrganization(db, { type: 'farmersUnion', unitId, parentId: front, sourceId });
    expect(!underFront.ok && underFront.error.details).toMatchObject({ catalog: 'until-2025' });
    const board = await createOrganization(db, { type: 'partyCommittee', unitId, sourceId });
    const mobilization = await createOrganization(db, {
      type: 'massMobilizationBoard',
      unitId,
      parentId: board.ok ? board.value.id : null,
      sourceId,
    });
    if (mobilization.ok) throw new Error('expected a refusal');
    expect(mobilization.error.code).toBe('ORGANIZATION.TYPE_NOT_ALLOWED_AT_LEVEL');
    expect(mobilization.error.message).toContain('theo danh mục tổ chức từ 1/7/2025, loại tổ chức này không có trong danh mục');
    // Ended with the district level's era, the same board is accepted.
    unwrap(
      await createOrganization(db, {
        type: 'massMobilizationBoard',
        unitId,
        parentId: board.ok ? board.value.id : null,
        validity: BEFORE,
        sourceId,
      }),
    );
    // Without a parent the organizations stand in both eras: the Front is their parent only from 2025-07-01.
    unwrap(await createOrganization(db, { type: 'farmersUnion', unitId, sourceId }));
  });

  it('has the bulk loader refuse what the one-by-one write refuses, with the same code', async () => {
    const { db, sourceId, unitId, front } = await provinceOfBothEras();
    const before = await tableCounts(db);
    const result = await bulkLoad(
      db,
      {
        organizations: [
          {
            id: stableId<OrganizationId>('org', 'hai-thoi-ky.nong-dan'),
            type: 'farmersUnion',
            unitId,
            parentId: front,
            validity: BEFORE,
            sourceId,
          },
        ],
      },
      { rulePack: DEFAULT_RULE_PACK },
    );
    if (result.ok) throw new Error('expected a refusal');
    expect(result.error.code).toBe('ORGANIZATION.PARENT_TYPE_NOT_ALLOWED');
    expect(await tableCounts(db)).toEqual(before);
    const from2025 = stableId<OrganizationId>('org', 'hai-thoi-ky.nong-dan-2025');
    unwrap(
      await bulkLoad(
        db,
        { organizations: [{ id: from2025, type: 'farmersUnion', unitId, parentId: front, validity: FROM, sourceId }] },
        { rulePack: DEFAULT_RULE_PACK },
      ),
    );
    expect((await getOrganization(db, from2025))?.parentId).toBe(front);
  });
});

describe('the example dataset in both eras', () => {
  it('puts the five organizations of Tỉnh Tuyên Quang under its Front committee on 2026-01-01, and none under anything in 2024', async () => {
    const { db, ids } = await exampleStore();
    const now = await organizationsAt(db, ids.units.tuyenQuangFrom2025, isoDate('2026-01-01'), { types: ['frontCommittee', ...FIVE] });
    const front = now.find((o) => o.type === 'frontCommittee')!;
    expect(
      now
        .filter((o) => o.type !== 'frontCommittee')
        .map((o) => [o.type, o.parentId])
        .sort(),
    ).toEqual(FIVE.map((t) => [t, front.id]).sort());
    const then = await organizationsAt(db, ids.units.tuyenQuangUntil2025, isoDate('2024-01-01'), { types: [...FIVE] });
    expect(then).toHaveLength(5);
    expect(then.map((o) => o.parentId)).toEqual([null, null, null, null, null]);
  });

  it('puts the organizations of Xã Chiêm Hóa under its Front committee, citing the law that placed them there', async () => {
    const { db, ids } = await exampleStore();
    const orgs = await organizationsAt(db, ids.units.chiemHoaCommune, isoDate('2026-01-01'), { types: ['frontCommittee', ...FIVE] });
    const front = orgs.find((o) => o.type === 'frontCommittee')!;
    const under = orgs.filter((o) => o.type !== 'frontCommittee');
    // A commune has no Labour federation: Công đoàn stands at the province.
    expect(under.map((o) => o.type).sort()).toEqual(['farmersUnion', 'veteransAssociation', 'womensUnion', 'youthUnion']);
    expect(under.every((o) => o.parentId === front.id && o.sourceId === 'src_to-chuc-ct-xh-truc-thuoc-mat-tran-2025')).toBe(true);
  });

  it('has the Party’s merged board at the province from 2025, and the district’s mass mobilization board ended with the district', async () => {
    const { db, ids } = await exampleStore();
    const merged = await organizationsAt(db, ids.units.tuyenQuangFrom2025, isoDate('2026-01-01'), {
      types: ['propagandaAndMassMobilizationBoard', 'massMobilizationBoard'],
    });
    expect(merged.map((o) => o.name)).toEqual(['Ban Tuyên giáo và Dân vận Tỉnh ủy Tuyên Quang']);
    const board = await getOrganization(db, ids.organizations.chiemHoaMassMobilizationBoard);
    expect(board?.validity.validTo).toBe('2025-07-01');
  });

  it('links the old province’s bodies to the new province’s where both exist', async () => {
    const { db, ids } = await exampleStore();
    const old = await organizationsAt(db, ids.units.tuyenQuangUntil2025, isoDate('2025-06-30'), {
      types: ['farmersUnion', 'frontCommittee'],
    });
    const successors = await organizationsAt(db, ids.units.tuyenQuangFrom2025, isoDate('2025-07-01'), {
      types: ['farmersUnion', 'frontCommittee'],
    });
    for (const o of old) {
      const successor = successors.find((s) => s.type === o.type)!;
      expect(o.end).toEqual({ kind: 'mergedInto', organizationId: successor.id });
    }
  });
});
