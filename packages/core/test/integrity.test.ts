import { describe, expect, it } from 'vitest';
import {
  DEFAULT_RULE_PACK,
  TEXT_LIMITS,
  assignHolding,
  auditLog,
  bulkLoad,
  changeAssignmentStatus,
  createApiToken,
  createDirective,
  createPerson,
  createSource,
  createTask,
  endHolding,
  findDirectivesBySymbol,
  isWithinScope,
  isoDate,
  reportProgress,
  unwrap,
  validity,
  type AssignmentId,
  type Db,
  type HoldingId,
  type OrganizationId,
  type PersonId,
  type PostId,
  type SourceId,
  type TermId,
  type UnitId,
} from '../src/index.js';
import { exampleStore, tableCounts } from './fixtures.js';

const SOURCE = 'src_minh-hoa' as SourceId;
const TODAY = isoDate('2026-06-01');
const CLOCK = { today: TODAY };
const AREA = 'unit_minh-hoa-tdp-1' as UnitId;
/** The residential area's Front work board head from the reform on. */
const AREA_HEAD_FROM = 'post_minh-hoa-tdp-1.frontWorkBoard.from-2025.head' as PostId;
const PROVINCIAL_TERM_2015 = 'term_tinh-uy-tuyen-quang-2015-2020' as TermId;
const COMMUNE_PARTY_2026 = 'org_02287-from-2025.partyCommittee' as OrganizationId;
const PROVINCE_STANDING_COMMITTEE = 'org_08-until-2025.partyStandingCommittee' as OrganizationId;

/** Writes the refusal of a write expected to be refused, checking it wrote nothing. */
async function refusedWith<T>(db: Db, write: () => Promise<{ ok: boolean; error?: T }>): Promise<T> {
  const before = await tableCounts(db);
  const result = await write();
  expect(result.ok).toBe(false);
  expect(await tableCounts(db)).toEqual(before);
  return result.error as T;
}

async function newPerson(db: Db, fullName = 'Người Kiểm Thử'): Promise<PersonId> {
  return unwrap(await createPerson(db, { fullName, sourceId: SOURCE })).id;
}

describe('text limits (TEXT.TOO_LONG), in the one-by-one writes and the bulk loader alike', () => {
  it('refuses a 208,000-character name, naming the field and the limit; the longest allowed name is kept', async () => {
    const { db } = await exampleStore();
    const huge = 'Nguyễn Văn A '.repeat(16_000);
    const error = await refusedWith(db, () => createPerson(db, { fullName: huge, sourceId: SOURCE }));
    expect(error).toMatchObject({
      code: 'TEXT.TOO_LONG',
      details: { field: 'fullName', limit: TEXT_LIMITS.personName, length: huge.length },
    });
    expect((error as { message: string }).message).toBe(`Trường fullName dài ${huge.length} ký tự, vượt quá giới hạn 200 ký tự.`);
    expect((await createPerson(db, { fullName: 'A'.repeat(TEXT_LIMITS.personName), sourceId: SOURCE })).ok).toBe(true);

    const bulk = await bulkLoad(db, { people: [{ fullName: huge, sourceId: SOURCE }] }, { rulePack: DEFAULT_RULE_PACK });
    expect(bulk.ok ? null : bulk.error).toMatchObject({ code: 'TEXT.TOO_LONG', details: { field: 'fullName', limit: 200 } });
  });

  it('refuses over-long directive titles and symbols, task titles, report texts, status notes and source texts', async () => {
    const { db, ids } = await exampleStore();
    const long = (n: number) => 'x'.repeat(n + 1);
    const directive = {
      kind: 'plan' as const,
      title: 'Kế hoạch',
      issuedOn: isoDate('2023-01-05'),
      issuers: [PROVINCE_STANDING_COMMITTEE],
      sourceId: SOURCE,
    };
    expect(await refusedWith(db, () => createDirective(db, { ...directive, title: long(TEXT_LIMITS.title) }, CLOCK))).toMatchObject({
      code: 'TEXT.TOO_LONG',
      details: { field: 'title' },
    });
    expect(
      await refusedWith(db, () => createDirective(db, { ...directive, symbol: long(TEXT_LIMITS.directiveSymbol) }, CLOCK)),
    ).toMatchObject({ details: { field: 'symbol' } });
    const task = { directiveId: ids.directives.project02, kind: 'regular' as const, recurrence: 'once' as const, sourceId: SOURCE };
    expect(await refusedWith(db, () => createTask(db, { ...task, title: long(TEXT_LIMITS.title) }))).toMatchObject({
      code: 'TEXT.TOO_LONG',
      details: { field: 'title' },
    });
    const assignment = (
      await db.selectFrom('assignment').select('id').where('status', '=', 'accepted').orderBy('id').executeTakeFirstOrThrow()
    ).id as AssignmentId;
    expect(
      await refusedWith(db, () =>
        reportProgress(
          db,
          { assignmentId: assignment, on: isoDate('2026-05-01'), text: long(TEXT_LIMITS.reportText), sourceId: SOURCE },
          CLOCK,
        ),
      ),
    ).toMatchObject({ code: 'TEXT.TOO_LONG', details: { field: 'text', limit: 10_000 } });
    expect(
      await refusedWith(db, () =>
        changeAssignmentStatus(
          db,
          { assignmentId: assignment, status: 'inProgress', on: isoDate('2026-05-01'), note: long(TEXT_LIMITS.note), sourceId: SOURCE },
          CLOCK,
        ),
      ),
    ).toMatchObject({ code: 'TEXT.TOO_LONG', details: { field: 'note' } });
    expect(await refusedWith(db, () => createSource(db, { kind: 'synthetic', title: long(TEXT_LIMITS.title) }))).toMatchObject({
      code: 'TEXT.TOO_LONG',
      details: { field: 'title' },
    });
    expect(
      await refusedWith(db, () => createSource(db, { kind: 'url', title: 'Trang', url: `https://example.vn/${long(TEXT_LIMITS.url)}` })),
    ).toMatchObject({ details: { field: 'url' } });
  });
});

describe('createSource', () => {
  it('is audited under the unit the writer acts for, in the write’s transaction', async () => {
    const { db, ids } = await exampleStore();
    const source = unwrap(
      await createSource(db, {
        kind: 'url',
        title: ' Bài báo ',
        url: 'https://baotuyenquang.com.vn/bai-viet',
        unitId: ids.units.chiemHoaCommune,
      }),
    );
    expect(source).toMatchObject({ kind: 'url', title: 'Bài báo', url: 'https://baotuyenquang.com.vn/bai-viet' });
    const log = unwrap(await auditLog(db, { withinUnitId: ids.units.tuyenQuangFrom2025 }, { first: 500 }));
    expect(log.items.filter((e) => e.action === 'source.create')).toEqual([
      expect.objectContaining({ entityId: source.id, unitId: ids.units.chiemHoaCommune }),
    ]);
  });

  it('refuses an empty title, a missing url or citation, and any scheme but http(s)', async () => {
    const { db } = await exampleStore();
    expect(await refusedWith(db, () => createSource(db, { kind: 'synthetic', title: '   ' }))).toMatchObject({
      code: 'SOURCE.EMPTY_TITLE',
      message: 'Tên nguồn không được để trống.',
    });
    expect(await refusedWith(db, () => createSource(db, { kind: 'url', title: 'Trang', url: '' }))).toMatchObject({
      code: 'SOURCE.INCOMPLETE',
    });
    expect(await refusedWith(db, () => createSource(db, { kind: 'document', title: 'Văn bản', citation: ' ' }))).toMatchObject({
      code: 'SOURCE.INCOMPLETE',
    });
    for (const url of [
      'javascript:alert(1)',
      'JavaScript:alert(document.cookie)',
      'data:text/html,<script>1</script>',
      'file:///etc/passwd',
      'vbscript:x',
      '//example.vn/a',
      'http://',
    ]) {
      expect(await refusedWith(db, () => createSource(db, { kind: 'url', title: 'Trang', url })), url).toMatchObject({
        code: 'SOURCE.URL_INVALID',
      });
    }
  });
});

describe('dates bounded by the event horizon (DATE.TOO_FAR)', () => {
  it('refuses a status change dated 9999-12-30, so the assignment stays open to later changes', async () => {
    const { db } = await exampleStore();
    const assignment = (
      await db.selectFrom('assignment').select('id').where('status', '=', 'accepted').orderBy('id').executeTakeFirstOrThrow()
    ).id as AssignmentId;
    const error = await refusedWith(db, () =>
      changeAssignmentStatus(db, { assignmentId: assignment, status: 'inProgress', on: isoDate('9999-12-30'), sourceId: SOURCE }, CLOCK),
    );
    expect(error).toMatchObject({ code: 'DATE.TOO_FAR', details: { field: 'on', date: '9999-12-30', latest: '2026-07-02' } });
    // The horizon is configurable; a date within it is accepted and later changes remain possible.
    expect(
      (
        await changeAssignmentStatus(
          db,
          { assignmentId: assignment, status: 'inProgress', on: isoDate('2026-07-02'), sourceId: SOURCE },
          CLOCK,
        )
      ).ok,
    ).toBe(true);
    expect(
      (
        await changeAssignmentStatus(
          db,
          { assignmentId: assignment, status: 'done', on: isoDate('2026-07-03'), sourceId: SOURCE },
          { today: TODAY, eventHorizonDays: 1 },
        )
      ).ok,
    ).toBe(false);
    expect(
      (
        await changeAssignmentStatus(
          db,
          { assignmentId: assignment, status: 'done', on: isoDate('2026-07-03'), sourceId: SOURCE },
          { today: TODAY, eventHorizonDays: 40 },
        )
      ).ok,
    ).toBe(true);
  });

  it('refuses far-future reports, holding ends and issue dates, with the clock read when none is given', async () => {
    const { db, ids } = await exampleStore();
    const assignment = (await db.selectFrom('assignment').select('id').orderBy('id').executeTakeFirstOrThrow()).id as AssignmentId;
    expect(
      await refusedWith(db, () =>
        reportProgress(db, { assignmentId: assignment, on: isoDate('9999-12-31'), text: 'Báo cáo', sourceId: SOURCE }),
      ),
    ).toMatchObject({ code: 'DATE.TOO_FAR' });
    const holding = (await db.selectFrom('holding').select('id').where('person_id', '=', ids.people.trieuDucLong).executeTakeFirstOrThrow())
      .id as HoldingId;
    expect(await refusedWith(db, () => endHolding(db, { holdingId: holding, date: isoDate('9000-01-01') }, CLOCK))).toMatchObject({
      code: 'DATE.TOO_FAR',
      details: { field: 'on' },
    });
    expect(
      await refusedWith(db, () =>
        createDirective(
          db,
          { kind: 'plan', title: 'Kế hoạch', issuedOn: isoDate('9999-01-01'), issuers: [COMMUNE_PARTY_2026], sourceId: SOURCE },
          CLOCK,
        ),
      ),
    ).toMatchObject({ code: 'DATE.TOO_FAR', details: { field: 'issuedOn' } });
    const bulk = await bulkLoad(
      db,
      {
        holdings: [
          { personId: ids.people.tangThiDuong, postId: AREA_HEAD_FROM, validity: validity(isoDate('9999-01-01')), sourceId: SOURCE },
        ],
      },
      { rulePack: DEFAULT_RULE_PACK },
    );
    expect(bulk.ok ? null : bulk.error).toMatchObject({ code: 'DATE.TOO_FAR', details: { field: 'validFrom' } });
  });
});

describe('integrity of holdings and directives', () => {
  it('refuses a 2026 residential-area holding with the provincial Party committee’s 2015–2020 term (HOLDING.TERM_MISMATCH), one by one and in bulk', async () => {
    const { db } = await exampleStore();
    const person = await newPerson(db);
    const input = {
      personId: person,
      postId: AREA_HEAD_FROM,
      termId: PROVINCIAL_TERM_2015,
      validity: validity(isoDate('2026-01-01')),
      sourceId: SOURCE,
    };
    const error = await refusedWith(db, () => assignHolding(db, input, CLOCK));
    expect(error).toMatchObject({ code: 'HOLDING.TERM_MISMATCH', details: { termId: PROVINCIAL_TERM_2015, postId: AREA_HEAD_FROM } });
    expect((error as { message: string }).message).toContain('Nhiệm kỳ 2015–2020 của Ban Chấp hành Đảng bộ tỉnh Tuyên Quang');
    const bulk = await bulkLoad(db, { holdings: [input] }, { rulePack: DEFAULT_RULE_PACK });
    expect(bulk.ok ? null : bulk.error).toMatchObject({ code: 'HOLDING.TERM_MISMATCH' });
    // The committee's own member, in its own term, still may.
    const member = 'post_08-until-2025.partyCommittee.executiveCommitteeMember' as PostId;
    expect(
      (await assignHolding(db, { ...input, postId: member, validity: validity(isoDate('2016-01-01'), isoDate('2020-01-01')) }, CLOCK)).ok,
    ).toBe(true);
    // …but not outside that term’s days.
    const other = await newPerson(db, 'Người Khác');
    expect(
      await refusedWith(db, () =>
        assignHolding(
          db,
          { ...input, personId: other, postId: member, validity: validity(isoDate('2021-01-01'), isoDate('2022-01-01')) },
          CLOCK,
        ),
      ),
    ).toMatchObject({
      code: 'HOLDING.TERM_MISMATCH',
    });
  });

  it('refuses a commune directive numbered 02-ĐA/TU (a Tỉnh ủy symbol), so directivesBySymbol holds the province’s only', async () => {
    const { db } = await exampleStore();
    const input = {
      kind: 'project' as const,
      symbol: '02-ĐA/TU',
      title: 'Đề án giả mạo',
      issuedOn: isoDate('2026-02-01'),
      issuers: [COMMUNE_PARTY_2026],
      sourceId: SOURCE,
    };
    const error = await refusedWith(db, () => createDirective(db, input, CLOCK));
    expect(error).toMatchObject({ code: 'DIRECTIVE.SYMBOL_ISSUER_MISMATCH', details: { symbol: '02-ĐA/TU', issuer: 'TU' } });
    const bulk = await bulkLoad(db, { directives: [input] }, { rulePack: DEFAULT_RULE_PACK });
    expect(bulk.ok ? null : bulk.error).toMatchObject({ code: 'DIRECTIVE.SYMBOL_ISSUER_MISMATCH' });
    expect((await findDirectivesBySymbol(db, '02-ĐA/TU')).map((d) => d.parties.map((p) => p.organizationId))).toEqual([
      [PROVINCE_STANDING_COMMITTEE],
    ]);
    // A commune's own Party committee symbol (ĐU) fits; a national one (QĐ-TTg) fits no body of the model.
    expect((await createDirective(db, { ...input, symbol: '05-KH/ĐU' }, CLOCK)).ok).toBe(true);
    expect(await refusedWith(db, () => createDirective(db, { ...input, symbol: '124/2004/QĐ-TTg' }, CLOCK))).toMatchObject({
      code: 'DIRECTIVE.SYMBOL_ISSUER_MISMATCH',
    });
  });

  it('checks the issuers are in force on the first valid day when no issue date is given', async () => {
    const { db } = await exampleStore();
    const error = await refusedWith(db, () =>
      createDirective(
        db,
        {
          kind: 'plan',
          title: 'Kế hoạch không ngày ban hành',
          validity: validity(isoDate('2026-01-01')),
          issuers: [PROVINCE_STANDING_COMMITTEE],
          sourceId: SOURCE,
        },
        CLOCK,
      ),
    );
    expect(error).toMatchObject({ code: 'DIRECTIVE.ISSUER_NOT_IN_FORCE', details: { organizationId: PROVINCE_STANDING_COMMITTEE } });
  });
});

describe('every write audited with its unit', () => {
  it('holding.end, directive.create, task.create and person.create are found under their unit', async () => {
    const { db, ids } = await exampleStore();
    const holding = (
      await db.selectFrom('holding').select('id').where('person_id', '=', ids.people.trieuDucLong).orderBy('id').executeTakeFirstOrThrow()
    ).id as HoldingId;
    unwrap(await endHolding(db, { holdingId: holding, date: isoDate('2024-01-01') }, CLOCK));
    const directive = unwrap(
      await createDirective(
        db,
        { kind: 'plan', title: 'Kế hoạch của xã', issuedOn: isoDate('2026-02-01'), issuers: [COMMUNE_PARTY_2026], sourceId: SOURCE },
        CLOCK,
      ),
    );
    const task = unwrap(
      await createTask(db, { directiveId: directive.id, kind: 'regular', recurrence: 'once', title: 'Nhiệm vụ của xã', sourceId: SOURCE }),
    );
    const person = unwrap(await createPerson(db, { fullName: 'Người Của Xã', sourceId: SOURCE, unitId: ids.units.chiemHoaCommune }));

    const recent = async (unitId: UnitId) => {
      const all = [];
      for (let after: string | undefined; ;) {
        const page = unwrap(await auditLog(db, { withinUnitId: unitId }, { first: 500, after }));
        all.push(...page.items);
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor!;
      }
      return all.map((e) => `${e.action} ${e.entityId}`);
    };
    expect(await recent(ids.units.chiemHoaDistrict)).toContain(`holding.end ${holding}`);
    const inCommune = await recent(ids.units.tuyenQuangFrom2025);
    expect(inCommune).toEqual(
      expect.arrayContaining([`directive.create ${directive.id}`, `task.create ${task.id}`, `person.create ${person.id}`]),
    );
  });
});

describe('scope over a whole validity', () => {
  it('a token of Xã Chiêm Hóa (2026) holds the residential area from 2025-07-01 on, not before: an open start is outside', async () => {
    const { db, ids } = await exampleStore();
    const token = unwrap(await createApiToken(db, { name: 'MTTQ xã Chiêm Hóa', scopeUnitId: ids.units.chiemHoaCommune })).token;
    const areaOrgBefore = 'org_minh-hoa-tdp-1.frontWorkBoard' as OrganizationId;
    const refused = await isWithinScope(
      db,
      token,
      { unitIds: [], organizationIds: [areaOrgBefore] },
      validity(null, isoDate('2024-01-01')),
    );
    expect(refused).toMatchObject({ ok: false, error: { code: 'TOKEN.OUTSIDE_SCOPE', details: { unitId: AREA } } });
    expect(refused.ok ? '' : refused.error.message).toBe(
      `Mã truy cập "MTTQ xã Chiêm Hóa" chỉ được ghi trong phạm vi Xã Chiêm Hóa; ${await unitName(db, AREA)} nằm ngoài phạm vi đó vào những ngày trước 2025-07-01.`,
    );
    // The same record on a single day today: within, which is how the old check let it through.
    expect((await isWithinScope(db, token, { unitIds: [AREA], organizationIds: [] }, TODAY)).ok).toBe(true);
    expect((await isWithinScope(db, token, { unitIds: [AREA], organizationIds: [] }, validity(isoDate('2025-07-01')))).ok).toBe(true);
    // A range across the reform is outside from its first day.
    const across = await isWithinScope(
      db,
      token,
      { unitIds: [AREA], organizationIds: [] },
      validity(isoDate('2025-01-01'), isoDate('2026-01-01')),
    );
    expect(across.ok ? '' : across.error.message).toContain('vào ngày 2025-01-01');
  });

  it('a district token cannot write on days after its district ended', async () => {
    const { db, ids } = await exampleStore();
    const token = unwrap(await createApiToken(db, { name: 'MTTQ huyện Chiêm Hóa', scopeUnitId: ids.units.chiemHoaDistrict })).token;
    expect((await isWithinScope(db, token, { unitIds: [ids.units.chiemHoaDistrict], organizationIds: [] }, isoDate('2025-06-30'))).ok).toBe(
      true,
    );
    const late = await isWithinScope(db, token, { unitIds: [ids.units.chiemHoaDistrict], organizationIds: [] }, isoDate('9999-12-31'));
    expect(late).toMatchObject({ ok: false, error: { code: 'TOKEN.OUTSIDE_SCOPE' } });
  });
});

async function unitName(db: Db, id: UnitId): Promise<string | undefined> {
  return (await db.selectFrom('admin_unit').select('full_name').where('id', '=', id).executeTakeFirst())?.full_name;
}
