import { describe, expect, it } from 'vitest';
import {
  authenticateToken,
  createApiToken,
  hashTokenSecret,
  isoDate,
  isWithinScope,
  listApiTokens,
  revokeApiToken,
  unwrap,
  type ApiTokenId,
  type OrganizationId,
  type UnitId,
} from '../src/index.js';
import { exampleStore } from './fixtures.js';

const NOW = new Date('2026-06-01T03:00:00Z');
const unit = (key: string) => `unit_${key}` as UnitId;
const org = (key: string) => `org_${key}` as OrganizationId;

describe('API tokens', () => {
  it('gives the secret once and keeps only its SHA-256', async () => {
    const { db, ids } = await exampleStore();
    const created = unwrap(await createApiToken(db, { name: ' MTTQ  xã Chiêm Hóa ', scopeUnitId: ids.units.chiemHoaCommune }, NOW));
    expect(created.secret).toMatch(/^mttq_[A-Za-z0-9_-]{43}$/);
    expect(created.token).toMatchObject({
      name: 'MTTQ xã Chiêm Hóa',
      scopeUnitId: ids.units.chiemHoaCommune,
      scopeOrganizationIds: null,
      expiresAt: null,
      revokedAt: null,
    });
    const row = await db.selectFrom('api_token').selectAll().executeTakeFirstOrThrow();
    expect(row.token_hash).toBe(hashTokenSecret(created.secret));
    expect(JSON.stringify(row)).not.toContain(created.secret.slice(5));
    expect(await listApiTokens(db)).toEqual([created.token]);
  });

  it('authenticates a known secret, and refuses an unknown, an expired and a revoked one with typed errors', async () => {
    const { db, ids } = await exampleStore();
    const valid = unwrap(
      await createApiToken(
        db,
        { name: 'Tỉnh', scopeUnitId: ids.units.tuyenQuangFrom2025, expiresAt: new Date('2027-01-01T00:00:00Z') },
        NOW,
      ),
    );
    expect(unwrap(await authenticateToken(db, valid.secret, NOW)).id).toBe(valid.token.id);

    const unknown = await authenticateToken(db, 'mttq_khong-co', NOW);
    expect(!unknown.ok && unknown.error.code).toBe('TOKEN.UNKNOWN');

    const expired = await authenticateToken(db, valid.secret, new Date('2027-01-01T00:00:00Z'));
    expect(!expired.ok && expired.error).toMatchObject({
      code: 'TOKEN.EXPIRED',
      message: 'Mã truy cập "Tỉnh" đã hết hạn từ 2027-01-01T00:00:00.000Z.',
    });

    const revoked = unwrap(await revokeApiToken(db, valid.token.id, NOW));
    expect(revoked.revokedAt).toBe(NOW.toISOString());
    const refused = await authenticateToken(db, valid.secret, NOW);
    expect(!refused.ok && refused.error.code).toBe('TOKEN.REVOKED');
    // Revoking again keeps the first revocation.
    expect(unwrap(await revokeApiToken(db, valid.token.id, new Date('2026-07-01T00:00:00Z'))).revokedAt).toBe(NOW.toISOString());
  });

  it('refuses an empty or over-long name, an unknown unit or organization, and revoking an unknown token', async () => {
    const { db, ids } = await exampleStore();
    const empty = await createApiToken(db, { name: '  ', scopeUnitId: ids.units.chiemHoaCommune });
    expect(!empty.ok && empty.error.code).toBe('TOKEN.EMPTY_NAME');
    const huge = await createApiToken(db, { name: 'Chiêm Hóa '.repeat(30_000), scopeUnitId: ids.units.chiemHoaCommune });
    expect(!huge.ok && huge.error).toMatchObject({ code: 'TEXT.TOO_LONG', details: { field: 'name', limit: 200 } });
    const noUnit = await createApiToken(db, { name: 'A', scopeUnitId: unit('khong-co') });
    expect(!noUnit.ok && noUnit.error).toMatchObject({ code: 'UNIT.NOT_FOUND' });
    const noOrg = await createApiToken(db, { name: 'A', scopeUnitId: ids.units.chiemHoaCommune, scopeOrganizationIds: [org('khong-co')] });
    expect(!noOrg.ok && noOrg.error).toMatchObject({ code: 'ORGANIZATION.NOT_FOUND' });
    const revoke = await revokeApiToken(db, 'tok_khongco' as ApiTokenId);
    expect(!revoke.ok && revoke.error.code).toBe('TOKEN.NOT_FOUND');
    expect(await listApiTokens(db)).toEqual([]);
  });
});

describe('the scope of a token', () => {
  it('a district token may write at the district and at Thị trấn Vĩnh Lộc below it, not at the province', async () => {
    const { db, ids } = await exampleStore();
    const { token } = unwrap(await createApiToken(db, { name: 'Huyện Chiêm Hóa', scopeUnitId: ids.units.chiemHoaDistrict }));
    const on = isoDate('2023-01-20');
    expect(
      await isWithinScope(db, token, { unitIds: [ids.units.chiemHoaDistrict, ids.units.vinhLocTownship], organizationIds: [] }, on),
    ).toEqual({ ok: true, value: true });
    const province = await isWithinScope(db, token, { unitIds: [], organizationIds: [ids.organizations.provincialFrontCommittee] }, on);
    expect(!province.ok && province.error).toMatchObject({
      code: 'TOKEN.OUTSIDE_SCOPE',
      message:
        'Mã truy cập "Huyện Chiêm Hóa" chỉ được ghi trong phạm vi Huyện Chiêm Hóa; Tỉnh Tuyên Quang nằm ngoài phạm vi đó vào ngày 2023-01-20.',
      details: { unitId: ids.units.tuyenQuangUntil2025 },
    });
  });

  it('the subtree is taken on the date: the new Xã Chiêm Hóa holds Thôn Minh Họa 3 from 2025-07-01, not before', async () => {
    const { db, ids } = await exampleStore();
    const { token } = unwrap(await createApiToken(db, { name: 'MTTQ xã Chiêm Hóa', scopeUnitId: ids.units.chiemHoaCommune }));
    const thon3 = unit('minh-hoa-thon-3');
    expect((await isWithinScope(db, token, { unitIds: [thon3], organizationIds: [] }, isoDate('2026-01-20'))).ok).toBe(true);
    expect((await isWithinScope(db, token, { unitIds: [thon3], organizationIds: [] }, isoDate('2025-06-30'))).ok).toBe(false);
    const before = await isWithinScope(db, token, { unitIds: [ids.units.chiemHoaDistrict], organizationIds: [] }, isoDate('2024-01-20'));
    expect(!before.ok && before.error.message).toContain('Huyện Chiêm Hóa nằm ngoài phạm vi đó vào ngày 2024-01-20');
  });

  it('a token for named organizations writes only in their name', async () => {
    const { db, ids } = await exampleStore();
    const front = ids.organizations.chiemHoaFrontCommittee;
    const { token } = unwrap(
      await createApiToken(db, { name: 'MTTQ huyện', scopeUnitId: ids.units.chiemHoaDistrict, scopeOrganizationIds: [front] }),
    );
    const on = isoDate('2023-01-20');
    expect((await isWithinScope(db, token, { unitIds: [], organizationIds: [front] }, on)).ok).toBe(true);
    const board = await isWithinScope(db, token, { unitIds: [], organizationIds: [ids.organizations.chiemHoaMassMobilizationBoard] }, on);
    expect(!board.ok && board.error).toMatchObject({
      code: 'TOKEN.OUTSIDE_SCOPE',
      details: { organizationId: ids.organizations.chiemHoaMassMobilizationBoard },
    });
    expect(!board.ok && board.error.message).toContain('Ban Dân vận Huyện ủy Chiêm Hóa không thuộc phạm vi đó');
  });
});
