import { describe, expect, it } from 'vitest';
import {
  createUnit,
  hashTokenSecret,
  isoDate,
  unwrap,
  validity,
  type Db,
  type ExampleDataset,
  type SourceId,
  type UnitId,
} from '@mttq/core';
import { tableCounts } from '@mttq/core/testing';
import { schema } from '../src/index.js';
import { dataOf, exampleApi, gid, SYNTHETIC_SOURCE, type TokenScope } from './api.js';

const org = (key: string) => gid('Organization', `org_${key}`);
const post = (key: string) => gid('Post', `post_${key}`);

/** Tỉnh Tuyên Quang as it was in 2023: its subtree holds every sample write below. */
const PROVINCE_2023: TokenScope = { unitCode: '08', date: '2023-01-01' };
/** Thị trấn Vĩnh Lộc (02287 until 2025): none of the sample writes is within it. */
const VINH_LOC: TokenScope = { unitCode: '02287', date: '2023-01-01', name: 'MTTQ thị trấn Vĩnh Lộc' };
/** Xã Chiêm Hóa (02287 from 2025-07-01). */
const CHIEM_HOA_COMMUNE: TokenScope = { unitCode: '02287', date: '2026-01-01', name: 'MTTQ xã Chiêm Hóa' };

interface Write {
  readonly query: string;
  readonly variables: Record<string, unknown>;
}

const result = '{ __typename ... on BaseError { code message } }';
const write = (field: string, inputType: string, input: Record<string, unknown>): Write => ({
  query: `mutation ($input: ${inputType}!) { ${field}(input: $input) ${result} }`,
  variables: { input },
});

/** A write each mutation could make in the example dataset, at the province or Huyện Chiêm Hóa in 2023–2024. */
async function sampleWrites(db: Db, ids: ExampleDataset): Promise<Record<string, Write>> {
  const assignmentWith = async (status: string) =>
    gid(
      'Assignment',
      (
        await db
          .selectFrom('assignment')
          .select('id')
          .where('task_id', '=', ids.tasks.provincialCoordination)
          .where('status', '=', status)
          .orderBy('id')
          .executeTakeFirstOrThrow()
      ).id,
    );
  const chair = await db
    .selectFrom('holding')
    .select('id')
    .where('person_id', '=', ids.people.trieuDucLong)
    .where('post_id', '=', 'post_073-until-2025.frontCommittee.chair')
    .executeTakeFirstOrThrow();
  const accepted = await assignmentWith('accepted');
  return {
    createSource: write('createSource', 'CreateSourceInput', { kind: 'SYNTHETIC', title: 'Nguồn kiểm thử quyền ghi' }),
    createPerson: {
      query: `mutation ($source: ID!) { createPerson(fullName: "Người Kiểm Thử", source: $source) ${result} }`,
      variables: { source: SYNTHETIC_SOURCE },
    },
    assignHolding: write('assignHolding', 'AssignHoldingInput', {
      person: gid('Person', ids.people.tangThiDuong),
      post: post('073-until-2025.frontCommittee.member'),
      validFrom: '2023-01-01',
      validTo: '2024-01-01',
      source: SYNTHETIC_SOURCE,
    }),
    endHolding: write('endHolding', 'EndHoldingInput', { holding: gid('Holding', chair.id), on: '2024-01-01' }),
    createDirective: write('createDirective', 'CreateDirectiveInput', {
      kind: 'PLAN',
      title: 'Kế hoạch kiểm thử quyền ghi',
      issuedOn: '2023-01-05',
      issuers: [org('073-until-2025.partyStandingCommittee')],
      source: SYNTHETIC_SOURCE,
    }),
    createTask: write('createTask', 'CreateTaskInput', {
      directive: gid('Directive', ids.directives.chiemHoaRegulation),
      kind: 'COORDINATION',
      title: 'Nhiệm vụ kiểm thử quyền ghi',
      recurrence: 'ONCE',
      validFrom: '2023-01-01',
      validTo: '2024-01-01',
      source: SYNTHETIC_SOURCE,
    }),
    assignTask: write('assignTask', 'AssignTaskInput', {
      task: gid('Task', ids.tasks.yearly),
      period: '2024',
      assigner: org('073-until-2025.partyStandingMembers'),
      assignee: org('073-until-2025.frontCommittee'),
      assignedOn: '2024-01-15',
      source: SYNTHETIC_SOURCE,
    }),
    changeAssignmentStatus: write('changeAssignmentStatus', 'ChangeAssignmentStatusInput', {
      assignment: accepted,
      status: 'IN_PROGRESS',
      on: '2023-03-01',
      source: SYNTHETIC_SOURCE,
    }),
    registerAssignment: write('registerAssignment', 'RegisterAssignmentInput', {
      assignment: await assignmentWith('assigned'),
      on: '2023-03-01',
      content: 'Nội dung đăng ký kiểm thử',
      source: SYNTHETIC_SOURCE,
    }),
    reportProgress: write('reportProgress', 'ReportProgressInput', {
      assignment: accepted,
      on: '2023-03-01',
      text: 'Báo cáo kiểm thử',
      percent: 10,
      source: SYNTHETIC_SOURCE,
    }),
    // The structure of Huyện Chiêm Hóa in 2023–2025 (the district level ends on 2025-07-01).
    createUnit: write('createUnit', 'CreateUnitInput', {
      kind: 'XA',
      name: 'Kiểm Thử Quyền Ghi',
      parent: gid('Unit', 'unit_073-until-2025'),
      validFrom: '2023-01-01',
      source: SYNTHETIC_SOURCE,
    }),
    createOrganization: write('createOrganization', 'CreateOrganizationInput', {
      type: 'WOMENS_UNION',
      unit: gid('Unit', 'unit_073-until-2025'),
      name: 'Hội Liên hiệp Phụ nữ huyện Chiêm Hóa (bản kiểm thử)',
      validFrom: '2023-01-01',
      source: SYNTHETIC_SOURCE,
    }),
    endOrganization: write('endOrganization', 'EndOrganizationInput', {
      organization: org('073-until-2025.labourFederation'),
      on: '2024-06-01',
    }),
    createPost: write('createPost', 'CreatePostInput', {
      organization: org('073-until-2025.veteransAssociation'),
      type: 'VICE_CHAIR',
      validFrom: '2023-01-01',
      source: SYNTHETIC_SOURCE,
    }),
    endPost: write('endPost', 'EndPostInput', { post: post('073-until-2025.veteransAssociation.viceChair'), on: '2024-06-01' }),
    createTerm: write('createTerm', 'CreateTermInput', {
      organization: org('073-until-2025.veteransAssociation'),
      label: '2022–2027 (kiểm thử)',
      validFrom: '2023-01-01',
      source: SYNTHETIC_SOURCE,
    }),
    // A commune of Huyện Chiêm Hóa with nothing under or at it, merged into Xã Trung Hà in 2024.
    endUnit: write('endUnit', 'EndUnitInput', {
      unit: gid('Unit', await communeToEnd(db)),
      on: '2024-06-01',
      successors: [{ unit: gid('Unit', 'unit_02305-until-2025') }],
      source: SYNTHETIC_SOURCE,
    }),
    // Triệu Đức Long held his posts at Huyện Chiêm Hóa only: a token holding one of them may correct his name.
    correctPerson: write('correctPerson', 'CorrectPersonInput', {
      person: gid('Person', ids.people.trieuDucLong),
      name: 'Triệu Đức Long (kiểm thử)',
      kind: 'CORRECTION',
      source: SYNTHETIC_SOURCE,
    }),
    importBatch: write('importBatch', 'ImportBatchInput', {
      source: SYNTHETIC_SOURCE,
      units: [{ key: 'xa-kiem-thu', kind: 'XA', name: 'Kiểm Thử Lô', parent: gid('Unit', 'unit_073-until-2025'), validFrom: '2023-01-01' }],
    }),
  };
}

/** A commune under Huyện Chiêm Hóa from 2023 to the reform, recorded for the endUnit sample. */
async function communeToEnd(db: Db): Promise<string> {
  const commune = unwrap(
    await createUnit(db, {
      kind: 'xa',
      name: 'Kiểm Thử Kết Thúc',
      validity: validity(isoDate('2023-01-01'), isoDate('2025-07-01')),
      parents: [{ parentId: 'unit_073-until-2025' as UnitId }],
      sourceId: 'src_minh-hoa' as SourceId,
    }),
  );
  return commune.id;
}

/** Every mutation of the schema: a new one is refused without a token by the Mutation type, and must get a sample here. */
const MUTATIONS = Object.keys(schema.getMutationType()!.getFields()).sort();
/** The mutations that write no unit's data: any valid token may make them. */
const UNSCOPED = ['createPerson', 'createSource'];

/** Row counts of every table: the same before and after means nothing was written. */
const rowCounts = tableCounts;

describe('who may write', () => {
  it('every mutation of the schema has a sample write here', async () => {
    const api = await exampleApi();
    expect(Object.keys(await sampleWrites(api.store.db, api.ids)).sort()).toEqual(MUTATIONS);
  });

  it('a token of Tỉnh Tuyên Quang in 2023 may make every sample write (so the refusals below are about the token)', async () => {
    const api = await exampleApi({ token: PROVINCE_2023 });
    const writes = await sampleWrites(api.store.db, api.ids);
    for (const name of MUTATIONS) {
      const answer = dataOf(await api.gql(writes[name]!.query, writes[name]!.variables))[name];
      expect(answer, name).not.toHaveProperty('code');
    }
  });

  it.each(MUTATIONS)('%s is refused without a token, with an expired one and with a revoked one, and writes nothing', async (name) => {
    const api = await exampleApi();
    const { query, variables } = (await sampleWrites(api.store.db, api.ids))[name]!;
    const expired = await api.createToken({ ...PROVINCE_2023, name: 'Hết hạn', expiresAt: new Date('2024-01-01T00:00:00Z') });
    const revoked = await api.createToken({ ...PROVINCE_2023, name: 'Thu hồi', revoked: true });
    const before = await rowCounts(api.store.db);

    expect(dataOf(await api.gql(query, variables))[name]).toEqual({
      __typename: 'AuthError',
      code: 'AUTH.TOKEN_REQUIRED',
      message: 'Cần có mã truy cập (Authorization: Bearer …) để ghi dữ liệu.',
    });
    expect(dataOf(await api.gql(query, variables, { token: 'mttq_khong-co' }))[name]).toMatchObject({
      __typename: 'AuthError',
      code: 'AUTH.TOKEN_UNKNOWN',
    });
    expect(dataOf(await api.gql(query, variables, { token: expired }))[name]).toMatchObject({
      __typename: 'AuthError',
      code: 'AUTH.TOKEN_EXPIRED',
      message: 'Mã truy cập "Hết hạn" đã hết hạn từ 2024-01-01T00:00:00.000Z.',
    });
    const refused = dataOf(await api.gql(query, variables, { token: revoked }))[name];
    expect(refused).toMatchObject({ __typename: 'AuthError', code: 'AUTH.TOKEN_REVOKED' });
    expect(refused.message).toMatch(/^Mã truy cập "Thu hồi" đã bị thu hồi lúc /);

    expect(await rowCounts(api.store.db)).toEqual(before);
  });

  it.each(MUTATIONS.filter((m) => !UNSCOPED.includes(m)))(
    '%s outside the token’s unit subtree is refused, naming the unit, and writes nothing',
    async (name) => {
      const api = await exampleApi({ token: VINH_LOC });
      const { query, variables } = (await sampleWrites(api.store.db, api.ids))[name]!;
      const before = await rowCounts(api.store.db);
      const answer = dataOf(await api.gql(query, variables))[name];
      expect(answer).toMatchObject({ __typename: 'AuthError', code: 'AUTH.OUTSIDE_SCOPE' });
      expect(answer.message).toMatch(
        /^Mã truy cập "MTTQ thị trấn Vĩnh Lộc" chỉ được ghi trong phạm vi Thị trấn Vĩnh Lộc; (Huyện Chiêm Hóa|Tỉnh Tuyên Quang) nằm ngoài phạm vi đó vào ngày \d{4}-\d{2}-\d{2}\.$/,
      );
      expect(await rowCounts(api.store.db)).toEqual(before);
    },
  );

  it.each(UNSCOPED)('%s needs a valid token of any scope', async (name) => {
    const api = await exampleApi({ token: VINH_LOC });
    const { query, variables } = (await sampleWrites(api.store.db, api.ids))[name]!;
    expect(dataOf(await api.gql(query, variables))[name].__typename).not.toBe('AuthError');
  });
});

describe('the scope of a token', () => {
  const assignYearly = `mutation ($input: AssignTaskInput!) { assignTask(input: $input) { __typename ... on Assignment { ruleId } ... on BaseError { code message } } }`;
  const yearly = (ids: ExampleDataset, unit: string, period: string, assignedOn: string) => ({
    input: {
      task: gid('Task', ids.tasks.yearly),
      period,
      assigner: org(`${unit}.partyStandingMembers`),
      assignee: org(`${unit}.frontCommittee`),
      assignedOn,
      source: SYNTHETIC_SOURCE,
    },
  });

  it('a token of Xã Chiêm Hóa (from 2025) cannot assign at Huyện Chiêm Hóa; a token of Thị trấn Vĩnh Lộc can assign at Vĩnh Lộc', async () => {
    const api = await exampleApi({ token: CHIEM_HOA_COMMUNE });
    const district = dataOf(await api.gql(assignYearly, yearly(api.ids, '073-until-2025', '2024', '2024-01-15'))).assignTask;
    expect(district).toEqual({
      __typename: 'AuthError',
      code: 'AUTH.OUTSIDE_SCOPE',
      message:
        'Mã truy cập "MTTQ xã Chiêm Hóa" chỉ được ghi trong phạm vi Xã Chiêm Hóa; Huyện Chiêm Hóa nằm ngoài phạm vi đó vào ngày 2024-01-15.',
    });
    // Nor at Thị trấn Vĩnh Lộc in 2024: the new commune took its code, not its past.
    const past = dataOf(await api.gql(assignYearly, yearly(api.ids, '02287-until-2025', '2024', '2024-01-17'))).assignTask;
    expect(past).toMatchObject({ code: 'AUTH.OUTSIDE_SCOPE' });
    expect(past.message).toContain('Thị trấn Vĩnh Lộc nằm ngoài phạm vi đó');

    const vinhLoc = await api.createToken(VINH_LOC);
    const allowed = dataOf(
      await api.gql(assignYearly, yearly(api.ids, '02287-until-2025', '2024', '2024-01-17'), { token: vinhLoc }),
    ).assignTask;
    expect(allowed).toEqual({ __typename: 'Assignment', ruleId: expect.any(String) });
    const above = dataOf(
      await api.gql(assignYearly, yearly(api.ids, '073-until-2025', '2024', '2024-01-15'), { token: vinhLoc }),
    ).assignTask;
    expect(above).toMatchObject({ code: 'AUTH.OUTSIDE_SCOPE' });
  });

  it('a token of Xã Chiêm Hóa may follow up the commune’s 2026 assignment, in the name of the assigner', async () => {
    const api = await exampleApi({ token: CHIEM_HOA_COMMUNE });
    const assignment = await api.store.db
      .selectFrom('assignment')
      .select('id')
      .where('assigned_on', '=', '2026-01-15')
      .executeTakeFirstOrThrow();
    const answer = dataOf(
      await api.gql(
        `mutation ($input: ReportProgressInput!) { reportProgress(input: $input) { __typename ... on BaseError { code message } } }`,
        {
          input: {
            assignment: gid('Assignment', assignment.id),
            on: '2026-03-01',
            text: 'Đã triển khai',
            percent: 20,
            source: SYNTHETIC_SOURCE,
          },
        },
      ),
    ).reportProgress;
    expect(answer).toEqual({ __typename: 'ProgressReport' });
  });

  it('a token limited to named organizations writes only in their name', async () => {
    const api = await exampleApi({
      token: {
        unitCode: '073',
        date: '2024-01-01',
        name: 'Thường trực Huyện ủy',
        organizationIds: ['org_073-until-2025.partyStandingMembers'],
      },
    });
    expect(dataOf(await api.gql(assignYearly, yearly(api.ids, '073-until-2025', '2024', '2024-01-15'))).assignTask.__typename).toBe(
      'Assignment',
    );
    const holding = dataOf(
      await api.gql(`mutation ($input: AssignHoldingInput!) { assignHolding(input: $input) ${result} }`, {
        input: {
          person: gid('Person', api.ids.people.tangThiDuong),
          post: post('073-until-2025.frontCommittee.member'),
          validFrom: '2023-01-01',
          source: SYNTHETIC_SOURCE,
        },
      }),
    ).assignHolding;
    expect(holding).toMatchObject({ __typename: 'AuthError', code: 'AUTH.OUTSIDE_SCOPE' });
    expect(holding.message).toContain('Ủy ban Mặt trận Tổ quốc Việt Nam huyện Chiêm Hóa không thuộc phạm vi đó');
  });

  it('the audit log records the token as the writer', async () => {
    const api = await exampleApi({ token: PROVINCE_2023 });
    const { id } = await api.store.db
      .selectFrom('api_token')
      .select('id')
      .where('token_hash', '=', hashTokenSecret(api.token!))
      .executeTakeFirstOrThrow();
    const created = dataOf(
      await api.gql(`mutation ($source: ID!) { createPerson(fullName: "Người Ghi Nhật Ký", source: $source) { ... on Person { id } } }`, {
        source: SYNTHETIC_SOURCE,
      }),
    ).createPerson;
    expect(created.id).toBeTruthy();
    const audit = await api.store.db.selectFrom('audit_log').select(['actor', 'action']).where('actor', '=', `token:${id}`).execute();
    expect(audit).toEqual([{ actor: `token:${id}`, action: 'person.create' }]);
  });
});

describe('who may read', () => {
  const read = `{ unitByCode(code: "073", asOf: "2023-06-01") { ... on Unit { fullName } } }`;

  it('reads are open without a token, or with a refused one', async () => {
    const api = await exampleApi();
    expect(dataOf(await api.gql(read)).unitByCode).toEqual({ fullName: 'Huyện Chiêm Hóa' });
    expect(dataOf(await api.gql(read, undefined, { token: 'mttq_khong-co' })).unitByCode).toEqual({ fullName: 'Huyện Chiêm Hóa' });
  });

  it('with readsRequireToken, a query needs a valid token', async () => {
    const api = await exampleApi({ readsRequireToken: true, token: VINH_LOC });
    expect(dataOf(await api.gql(read)).unitByCode).toEqual({ fullName: 'Huyện Chiêm Hóa' });

    const anonymous = await api.gql(read, undefined, { token: null });
    expect(anonymous.data).toEqual({ unitByCode: null });
    expect(anonymous.errors).toEqual([
      expect.objectContaining({
        message: 'Máy chủ này chỉ cho đọc khi có mã truy cập (Authorization: Bearer …).',
        extensions: { code: 'AUTH.TOKEN_REQUIRED' },
      }),
    ]);
    const revoked = await api.gql(read, undefined, { token: await api.createToken({ ...VINH_LOC, revoked: true }) });
    expect(revoked.errors?.[0]?.extensions?.code).toBe('AUTH.TOKEN_REVOKED');
    const node = await api.gql(`{ node(id: "${gid('Unit', api.ids.units.chiemHoaDistrict)}") { id } }`, undefined, { token: null });
    expect(node.errors?.[0]?.extensions?.code).toBe('AUTH.TOKEN_REQUIRED');
  });
});
