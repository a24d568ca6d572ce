import { tableCounts } from '@mttq/core/testing';
import { describe, expect, it } from 'vitest';
import { dataOf, exampleApi, gid, SYNTHETIC_SOURCE } from './api.js';

/** Xã Chiêm Hóa since the 2025 reform, and its Front committee. */
const COMMUNE = gid('Unit', 'unit_02287-from-2025');
const COMMUNE_FRONT = gid('Organization', 'org_02287-from-2025.frontCommittee');
/** Xã Trung Hà, a neighbouring commune of the same province. */
const OTHER_COMMUNE = gid('Unit', 'unit_02305-from-2025');
const OTHER_FRONT = gid('Organization', 'org_02305-from-2025.frontCommittee');
/** Tỉnh Tuyên Quang since the reform, and its Front committee. */
const PROVINCE = gid('Unit', 'unit_08-from-2025');
const PROVINCE_FRONT = gid('Organization', 'org_08-from-2025.frontCommittee');

const CREATE_UNIT = `mutation ($input: CreateUnitInput!) { createUnit(input: $input) {
  __typename ... on Unit { id fullName level validity { text } parent { fullName } } ... on BaseError { code message } } }`;
const CREATE_ORGANIZATION = `mutation ($input: CreateOrganizationInput!) { createOrganization(input: $input) {
  __typename ... on Organization { id name type validity { text } } ... on BaseError { code message } } }`;
const CREATE_POST = `mutation ($input: CreatePostInput!) { createPost(input: $input) {
  __typename ... on Post { id title type seats validity { text } } ... on BaseError { code message } } }`;
const CREATE_TERM = `mutation ($input: CreateTermInput!) { createTerm(input: $input) {
  __typename ... on Term { id label validity { text } organization { name } } ... on BaseError { code message } } }`;
const END_POST = `mutation ($input: EndPostInput!) { endPost(input: $input) {
  __typename ... on Post { validity { text } } ... on BaseError { code message } } }`;
const END_ORGANIZATION = `mutation ($input: EndOrganizationInput!) { endOrganization(input: $input) {
  __typename ... on Organization { validity { text } } ... on BaseError { code message } } }`;

describe('writes for the structure', { timeout: 240_000 }, () => {
  it('a commune writer records a village, its Front work board, posts and a term, ends a post, then dissolves the board, each write audited', async () => {
    const api = await exampleApi({ token: { unitCode: '02287' } });
    const village = dataOf(
      await api.gql(CREATE_UNIT, {
        input: { kind: 'THON', name: 'Minh Họa 9', parent: COMMUNE, validFrom: '2026-01-01', source: SYNTHETIC_SOURCE },
      }),
    ).createUnit;
    expect(village).toMatchObject({
      __typename: 'Unit',
      fullName: 'Thôn Minh Họa 9',
      level: 'RESIDENTIAL_AREA',
      validity: { text: '[2026-01-01, …)' },
      parent: { fullName: 'Xã Chiêm Hóa' },
    });

    const board = dataOf(
      await api.gql(CREATE_ORGANIZATION, {
        input: { type: 'FRONT_WORK_BOARD', unit: village.id, parent: COMMUNE_FRONT, source: SYNTHETIC_SOURCE },
      }),
    ).createOrganization;
    expect(board).toMatchObject({
      __typename: 'Organization',
      name: 'Ban Công tác Mặt trận thôn Minh Họa 9',
      type: 'FRONT_WORK_BOARD',
      validity: { text: '[2026-01-01, …)' },
    });

    const head = dataOf(
      await api.gql(CREATE_POST, { input: { organization: board.id, type: 'HEAD', source: SYNTHETIC_SOURCE } }),
    ).createPost;
    expect(head).toMatchObject({ __typename: 'Post', title: 'Trưởng ban', type: 'HEAD', seats: 1, validity: { text: '[2026-01-01, …)' } });

    const term = dataOf(
      await api.gql(CREATE_TERM, {
        input: { organization: board.id, label: '2026–2031', validTo: '2031-01-01', source: SYNTHETIC_SOURCE },
      }),
    ).createTerm;
    expect(term).toMatchObject({
      __typename: 'Term',
      label: '2026–2031',
      validity: { text: '[2026-01-01, 2031-01-01)' },
      organization: { name: board.name },
    });

    const deputy = dataOf(
      await api.gql(CREATE_POST, { input: { organization: board.id, type: 'DEPUTY_HEAD', source: SYNTHETIC_SOURCE } }),
    ).createPost;
    const endedPost = dataOf(await api.gql(END_POST, { input: { post: deputy.id, on: '2026-03-01' } })).endPost;
    expect(endedPost).toEqual({ __typename: 'Post', validity: { text: '[2026-01-01, 2026-03-01)' } });
    const again = dataOf(await api.gql(END_POST, { input: { post: deputy.id, on: '2026-04-01' } })).endPost;
    expect(again).toMatchObject({ __typename: 'DomainError', code: 'POST.ALREADY_ENDED' });

    const ended = dataOf(await api.gql(END_ORGANIZATION, { input: { organization: board.id, on: '2026-05-01' } })).endOrganization;
    expect(ended).toEqual({ __typename: 'Organization', validity: { text: '[2026-01-01, 2026-05-01)' } });

    const actions = await api.store.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', 'in', ['unit.create', 'organization.create', 'post.create', 'post.end', 'term.create', 'organization.end'])
      .where('actor', '!=', 'system')
      .orderBy('seq')
      .execute();
    expect(actions.map((a) => a.action)).toEqual([
      'unit.create',
      'organization.create',
      'post.create',
      'term.create',
      'post.create',
      'post.end',
      'organization.end',
    ]);
  });

  it('refuses a Front work board at province level and a Secretary of the Front committee, each with its reason, and writes nothing', async () => {
    const api = await exampleApi({ token: { unitCode: '08' } });
    const before = await tableCounts(api.store.db);
    const refused = dataOf(
      await api.gql(CREATE_ORGANIZATION, {
        input: { type: 'FRONT_WORK_BOARD', unit: PROVINCE, parent: PROVINCE_FRONT, source: SYNTHETIC_SOURCE },
      }),
    ).createOrganization;
    expect(refused).toMatchObject({ __typename: 'DomainError', code: 'ORGANIZATION.TYPE_NOT_ALLOWED_AT_LEVEL' });
    expect(refused.message).toContain('Ban Công tác Mặt trận');
    expect(refused.message).toContain('Tỉnh Tuyên Quang');

    const secretary = dataOf(
      await api.gql(CREATE_POST, { input: { organization: PROVINCE_FRONT, type: 'SECRETARY', source: SYNTHETIC_SOURCE } }),
    ).createPost;
    expect(secretary).toMatchObject({ __typename: 'DomainError', code: 'POST.TYPE_NOT_ALLOWED' });
    expect(secretary.message).toContain('Ủy ban Mặt trận Tổ quốc Việt Nam không có chức vụ Bí thư');
    expect(await tableCounts(api.store.db)).toEqual(before);
  });

  it('refuses an organization, a unit and a post under a unit outside the token’s scope, and writes nothing', async () => {
    const api = await exampleApi({ token: { unitCode: '02287' } });
    const before = await tableCounts(api.store.db);
    const organization = dataOf(
      await api.gql(CREATE_ORGANIZATION, {
        input: { type: 'WOMENS_UNION', unit: OTHER_COMMUNE, parent: OTHER_FRONT, validFrom: '2026-01-01', source: SYNTHETIC_SOURCE },
      }),
    ).createOrganization;
    expect(organization).toMatchObject({ __typename: 'AuthError', code: 'AUTH.OUTSIDE_SCOPE' });
    expect(organization.message).toContain('Xã Trung Hà');
    const unit = dataOf(
      await api.gql(CREATE_UNIT, { input: { kind: 'THON', name: 'Ngoài Phạm Vi', parent: OTHER_COMMUNE, source: SYNTHETIC_SOURCE } }),
    ).createUnit;
    expect(unit).toMatchObject({ __typename: 'AuthError', code: 'AUTH.OUTSIDE_SCOPE' });
    const post = dataOf(
      await api.gql(CREATE_POST, { input: { organization: OTHER_FRONT, type: 'VICE_CHAIR', source: SYNTHETIC_SOURCE } }),
    ).createPost;
    expect(post).toMatchObject({ __typename: 'AuthError', code: 'AUTH.OUTSIDE_SCOPE' });
    expect(await tableCounts(api.store.db)).toEqual(before);
  });

  it('refuses a unit the hierarchy scheme does not put under its parent (a commune under a commune)', async () => {
    const api = await exampleApi({ token: { unitCode: '02287' } });
    const refused = dataOf(
      await api.gql(CREATE_UNIT, { input: { kind: 'XA', name: 'Minh Họa', parent: COMMUNE, source: SYNTHETIC_SOURCE } }),
    ).createUnit;
    expect(refused).toMatchObject({ __typename: 'DomainError', code: 'UNIT.PARENT_LEVEL_MISMATCH' });
  });

  it('importBatch loads a village with its work board, posts and term all or none, and names the refused record', async () => {
    const api = await exampleApi({ token: { unitCode: '02287' } });
    const IMPORT = `mutation ($input: ImportBatchInput!) { importBatch(input: $input) {
      __typename
      ... on ImportBatchReport { rows units { fullName } organizations { name validity { text } } posts { title } terms { label validity { text } } }
      ... on BatchRecordError { code message recordKind recordIndex recordId }
      ... on BaseError { code message } } }`;
    const batch = (secondPost: string) => ({
      source: SYNTHETIC_SOURCE,
      units: [{ key: 'thon-minh-hoa-10', kind: 'THON', name: 'Minh Họa 10', parent: COMMUNE, validFrom: '2026-02-01' }],
      organizations: [{ key: 'btcmt-minh-hoa-10', type: 'FRONT_WORK_BOARD', unitKey: 'thon-minh-hoa-10', parent: COMMUNE_FRONT }],
      posts: [
        { key: 'truong-ban-minh-hoa-10', type: 'HEAD', organizationKey: 'btcmt-minh-hoa-10' },
        { key: 'pho-ban-minh-hoa-10', type: secondPost, organizationKey: 'btcmt-minh-hoa-10' },
      ],
      terms: [{ key: 'nhiem-ky-minh-hoa-10', label: '2026–2031', organizationKey: 'btcmt-minh-hoa-10', validTo: '2031-02-01' }],
    });
    const before = await tableCounts(api.store.db);
    const refused = dataOf(await api.gql(IMPORT, { input: batch('SECRETARY') })).importBatch;
    expect(refused).toMatchObject({
      __typename: 'BatchRecordError',
      code: 'POST.TYPE_NOT_ALLOWED',
      recordKind: 'post',
      recordIndex: 1,
      recordId: 'post_pho-ban-minh-hoa-10',
    });
    expect(refused.message).toContain('post_pho-ban-minh-hoa-10');
    expect(await tableCounts(api.store.db)).toEqual(before);

    const outside = dataOf(
      await api.gql(IMPORT, { input: { ...batch('DEPUTY_HEAD'), units: [{ ...batch('DEPUTY_HEAD').units[0], parent: OTHER_COMMUNE }] } }),
    ).importBatch;
    expect(outside).toMatchObject({ __typename: 'AuthError', code: 'AUTH.OUTSIDE_SCOPE' });
    expect(await tableCounts(api.store.db)).toEqual(before);

    const loaded = dataOf(await api.gql(IMPORT, { input: batch('DEPUTY_HEAD') })).importBatch;
    expect(loaded).toMatchObject({
      __typename: 'ImportBatchReport',
      units: [{ fullName: 'Thôn Minh Họa 10' }],
      organizations: [{ name: 'Ban Công tác Mặt trận thôn Minh Họa 10', validity: { text: '[2026-02-01, …)' } }],
      posts: [{ title: 'Trưởng ban' }, { title: 'Phó Trưởng ban' }],
      terms: [{ label: '2026–2031', validity: { text: '[2026-02-01, 2031-02-01)' } }],
    });
    expect(loaded.rows).toBeGreaterThan(5);
  });
});
