import { describe, expect, it } from 'vitest';
import { createApiToken, createPerson, findUnitByCode, isoDate, unwrap, verifyStore, type SourceId } from '@mttq/core';
import { tableCounts } from '@mttq/core/testing';
import { dataOf, exampleApi, gid, SYNTHETIC_SOURCE, type TokenScope } from './api.js';
import { shows, workedQueries } from './worked-queries.js';

/** Tỉnh Tuyên Quang as it was in 2023: Triệu Đức Long's posts at Huyện Chiêm Hóa are within it. */
const PROVINCE_2023: TokenScope = { unitCode: '08', date: '2023-01-01' };
/** Thị trấn Vĩnh Lộc (02287 until 2025). */
const VINH_LOC: TokenScope = { unitCode: '02287', date: '2023-01-01', name: 'MTTQ thị trấn Vĩnh Lộc' };

const CORRECT = `mutation ($input: CorrectPersonInput!) {
  correctPerson(input: $input) {
    __typename
    ... on Person { fullName names { name kind validity { validFrom validTo } source { id } } }
    ... on BaseError { code message }
  }
}`;

describe('correctPerson', { timeout: 120_000 }, () => {
  it('a province token corrects the Chiêm Hóa Front chair’s middle name; names keep the old spelling, and search finds him by either, saying which matched', async () => {
    const api = await exampleApi({ token: PROVINCE_2023 });
    const person = gid('Person', api.ids.people.trieuDucLong);
    const answer = dataOf(
      await api.gql(CORRECT, { input: { person, name: 'Triệu Văn Long', kind: 'CORRECTION', source: SYNTHETIC_SOURCE } }),
    ).correctPerson;
    expect(answer).toEqual({
      __typename: 'Person',
      fullName: 'Triệu Văn Long',
      names: [
        { name: 'Triệu Đức Long', kind: 'MISSPELLING', validity: { validFrom: null, validTo: null }, source: { id: expect.any(String) } },
        { name: 'Triệu Văn Long', kind: 'NAME', validity: { validFrom: null, validTo: null }, source: { id: SYNTHETIC_SOURCE } },
      ],
    });
    const search = `query ($q: String!) { searchPeople(query: $q) { totalCount edges { matchedName node { fullName } } } }`;
    expect(dataOf(await api.gql(search, { q: 'Triệu Đức Long' })).searchPeople).toEqual({
      totalCount: 1,
      edges: [{ matchedName: 'Triệu Đức Long', node: { fullName: 'Triệu Văn Long' } }],
    });
    expect(dataOf(await api.gql(search, { q: 'van long' })).searchPeople.edges[0].matchedName).toBe('Triệu Văn Long');
    const audit = await api.store.db
      .selectFrom('audit_log')
      .select(['action', 'entity_id'])
      .where('action', '=', 'person.correct')
      .execute();
    expect(audit).toEqual([{ action: 'person.correct', entity_id: api.ids.people.trieuDucLong }]);
    expect(await verifyStore(api.store.db)).toEqual([]);
  });

  it('a change of name from a date closes the old one the day before', async () => {
    const api = await exampleApi({ token: PROVINCE_2023 });
    const input = {
      person: gid('Person', api.ids.people.tangThiDuong),
      name: 'Tăng Thị Hoa',
      kind: 'CHANGE',
      validFrom: '2024-03-08',
      source: SYNTHETIC_SOURCE,
    };
    const answer = dataOf(await api.gql(CORRECT, { input })).correctPerson;
    expect(answer.names.map((n: { name: string; validity: object }) => [n.name, n.validity])).toEqual([
      ['Tăng Thị Dương', { validFrom: null, validTo: '2024-03-08' }],
      ['Tăng Thị Hoa', { validFrom: '2024-03-08', validTo: null }],
    ]);
    const before = `{ person(id: "${input.person}", asOf: "2024-01-01") { fullName names { name } } }`;
    expect(dataOf(await api.gql(before)).person.names.map((n: { name: string }) => n.name)).toEqual(['Tăng Thị Dương', 'Tăng Thị Hoa']);
  });

  it('refusals come back as typed errors with their codes, writing nothing', async () => {
    const api = await exampleApi({ token: PROVINCE_2023 });
    const person = gid('Person', api.ids.people.trieuDucLong);
    const before = await tableCounts(api.store.db);
    const refused = async (input: Record<string, unknown>) =>
      dataOf(await api.gql(CORRECT, { input: { person, source: SYNTHETIC_SOURCE, kind: 'CORRECTION', ...input } })).correctPerson;

    expect(await refused({ name: 'Triệu Đức Long' })).toEqual({
      __typename: 'DomainError',
      code: 'PERSON.SAME_NAME',
      message: 'Tên mới “Triệu Đức Long” trùng với tên hiện tại: không có gì để sửa.',
    });
    expect(await refused({ name: '  ' })).toMatchObject({ code: 'PERSON.EMPTY_NAME' });
    expect(await refused({ name: 'Đ'.repeat(201) })).toMatchObject({ code: 'TEXT.TOO_LONG' });
    expect(await refused({ name: 'Triệu Long', kind: 'CHANGE' })).toMatchObject({ code: 'PERSON.DATE_REQUIRED' });
    expect(await refused({ name: 'Triệu Long', validFrom: '2024-01-01' })).toMatchObject({ code: 'PERSON.DATE_NOT_ALLOWED' });
    expect(await refused({ name: 'Triệu Long', kind: 'CHANGE', validFrom: '2030-01-01' })).toMatchObject({ code: 'DATE.TOO_FAR' });
    expect(await refused({ person: gid('Person', 'person_khong-co'), name: 'Triệu Long' })).toMatchObject({
      __typename: 'NotFoundError',
      code: 'PERSON.NOT_FOUND',
    });
    expect(await tableCounts(api.store.db)).toEqual(before);
  });

  it('a token whose subtree holds none of the person’s posts is refused naming the unit; a person with no post needs an admin token', async () => {
    const api = await exampleApi({ token: VINH_LOC });
    const before = await tableCounts(api.store.db);
    const input = { person: gid('Person', api.ids.people.trieuDucLong), name: 'Triệu Long', kind: 'CORRECTION', source: SYNTHETIC_SOURCE };
    const outside = dataOf(await api.gql(CORRECT, { input })).correctPerson;
    expect(outside).toMatchObject({ __typename: 'AuthError', code: 'AUTH.OUTSIDE_SCOPE' });
    expect(outside.message).toMatch(
      /^Mã truy cập "MTTQ thị trấn Vĩnh Lộc" chỉ được ghi trong phạm vi Thị trấn Vĩnh Lộc; Huyện Chiêm Hóa nằm ngoài/,
    );

    // The Vĩnh Lộc cadre held a post there: the Vĩnh Lộc token may correct them.
    const cadre = { ...input, person: gid('Person', 'person_minh-hoa-can-bo-vinh-loc'), name: 'Cán bộ Minh Họa Vĩnh Lộc (đã sửa)' };
    expect(dataOf(await api.gql(CORRECT, { input: cadre })).correctPerson).toMatchObject({ __typename: 'Person' });

    const nobody = unwrap(await createPerson(api.store.db, { fullName: 'Người Chưa Giữ Chức', sourceId: 'src_minh-hoa' as SourceId }));
    const withoutPost = { ...input, person: gid('Person', nobody.id), name: 'Người Chưa Giữ Chức Vụ' };
    expect(dataOf(await api.gql(CORRECT, { input: withoutPost })).correctPerson).toEqual({
      __typename: 'AuthError',
      code: 'AUTH.OUTSIDE_SCOPE',
      message:
        'Người này chưa từng giữ chức vụ nào trong một tổ chức: chỉ mã truy cập quản trị mới được sửa tên của họ; mã truy cập "MTTQ thị trấn Vĩnh Lộc" không phải mã quản trị.',
    });
    const unit = unwrap(await findUnitByCode(api.store.db, '02287', isoDate('2023-01-01')));
    const admin = unwrap(await createApiToken(api.store.db, { name: 'Quản trị', scopeUnitId: unit.id, admin: true })).secret;
    const after = await tableCounts(api.store.db);
    expect(after.person_name! - before.person_name!).toBe(2);
    expect(dataOf(await api.gql(CORRECT, { input: withoutPost }, { token: admin })).correctPerson).toMatchObject({
      __typename: 'Person',
      fullName: 'Người Chưa Giữ Chức Vụ',
    });
  });
});

describe('docs/graphql.md, correcting a person’s name', { timeout: 120_000 }, () => {
  it('the worked correctPerson gives the answer the page shows', async () => {
    const api = await exampleApi({ token: PROVINCE_2023 });
    const documented = workedQueries().filter((q) => q.query.includes('correctPerson('));
    expect(documented.length).toBe(1);
    for (const q of documented) {
      const actual = await api.gql(q.query, q.variables);
      expect(shows(q.answer, actual), JSON.stringify(actual, null, 2)).toBe(true);
    }
  });
});
