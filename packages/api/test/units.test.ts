import { beforeAll, describe, expect, it } from 'vitest';
import { dataOf, exampleApi, gid } from './api.js';

let api: Awaited<ReturnType<typeof exampleApi>>;
beforeAll(async () => {
  api = await exampleApi();
});

describe('the unit tree in time', () => {
  it('names a different unit by the same code before and after the 2025 reform', async () => {
    const data = dataOf(
      await api.gql(`{
        before: unitByCode(code: "02287", asOf: "2025-06-30") { ... on Unit { fullName level parent { fullName } ancestors { fullName } } }
        after: unitByCode(code: "02287", asOf: "2025-07-01") { ... on Unit { fullName level parent { fullName } ancestors { fullName } } }
      }`),
    );
    expect(data.before).toEqual({
      fullName: 'Thị trấn Vĩnh Lộc',
      level: 'COMMUNE',
      parent: { fullName: 'Huyện Chiêm Hóa' },
      ancestors: [{ fullName: 'Tỉnh Tuyên Quang' }, { fullName: 'Huyện Chiêm Hóa' }],
    });
    expect(data.after).toEqual({
      fullName: 'Xã Chiêm Hóa',
      level: 'COMMUNE',
      parent: { fullName: 'Tỉnh Tuyên Quang' },
      ancestors: [{ fullName: 'Tỉnh Tuyên Quang' }],
    });
  });

  it('gives the children of Huyện Chiêm Hóa as a connection with totalCount and pages', async () => {
    const first = dataOf(
      await api.gql(
        `{ unitByCode(code: "073", asOf: "2022-01-01") { ... on Unit { children(first: 5) { totalCount pageInfo { hasNextPage endCursor } edges { node { code fullName } } } } } }`,
      ),
    ).unitByCode.children;
    expect(first.totalCount).toBe(24);
    expect(first.edges).toHaveLength(5);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const next = dataOf(
      await api.gql(
        `query ($after: String) { unitByCode(code: "073", asOf: "2022-01-01") { ... on Unit { children(first: 100, after: $after) { edges { node { code } } } } } }`,
        {
          after: first.pageInfo.endCursor,
        },
      ),
    ).unitByCode.children;
    expect(next.edges).toHaveLength(19);
    expect(next.edges.map((e: any) => e.node.code)).not.toContain(first.edges[0].node.code);
  });

  it('lists the provinces on a date as the roots of the tree', async () => {
    const data = dataOf(
      await api.gql(
        `{ units(level: PROVINCE, asOf: "2026-01-01") { totalCount edges { node { code fullName validity { validFrom validTo } } } } }`,
      ),
    );
    expect(data.units.edges).toEqual([
      { node: { code: '08', fullName: 'Tỉnh Tuyên Quang', validity: { validFrom: '2025-07-01', validTo: null } } },
    ]);
  });

  it('finds units ignoring diacritics, and searches within a subtree', async () => {
    const all = dataOf(await api.gql(`{ searchUnits(query: "chiem hoa") { totalCount edges { node { fullName asOf } } } }`));
    expect(all.searchUnits.edges.map((e: any) => e.node.fullName)).toEqual(['Xã Chiêm Hóa']);
    const old = dataOf(await api.gql(`{ searchUnits(query: "CHIÊM HOÁ", asOf: "2023-01-01") { edges { node { fullName } } } }`));
    expect(old.searchUnits.edges.map((e: any) => e.node.fullName)).toEqual(['Huyện Chiêm Hóa']);
    const under = dataOf(
      await api.gql(`{ searchUnits(query: "minh hoa", under: { code: "02287" }, asOf: "2023-01-01") { edges { node { fullName } } } }`),
    );
    expect(under.searchUnits.edges.map((e: any) => e.node.fullName)).toEqual(['Tổ dân phố Minh Họa 1', 'Tổ dân phố Minh Họa 2']);
  });

  it('tells every unit that has borne a code, each seen on its last day', async () => {
    const data = dataOf(await api.gql(`{ unitsEverCoded(code: "08") { fullName asOf validity { text } } }`));
    expect(data.unitsEverCoded).toEqual([
      { fullName: 'Tỉnh Tuyên Quang', asOf: '2025-06-30', validity: { text: '[…, 2025-07-01)' } },
      { fullName: 'Tỉnh Tuyên Quang', asOf: '2026-06-01', validity: { text: '[2025-07-01, …)' } },
    ]);
  });

  it('refetches any unit by its global id through node, seen today', async () => {
    const id = gid('Unit', api.ids.units.chiemHoaCommune);
    const data = dataOf(await api.gql(`query ($id: ID!) { node(id: $id) { __typename id ... on Unit { fullName asOf } } }`, { id }));
    expect(data.node).toEqual({ __typename: 'Unit', id, fullName: 'Xã Chiêm Hóa', asOf: '2026-06-01' });
    expect(dataOf(await api.gql(`{ node(id: "${gid('Unit', 'unit_khong-co')}") { id } }`)).node).toBeNull();
  });

  it('returns an unknown code as a typed error with its stable code', async () => {
    const data = dataOf(await api.gql(`{ unitByCode(code: "073", asOf: "2026-01-01") { __typename ... on BaseError { code message } } }`));
    expect(data.unitByCode).toEqual({
      __typename: 'NotFoundError',
      code: 'UNIT.CODE_UNKNOWN',
      message: 'Không có đơn vị nào mang mã 073 vào ngày 2026-01-01.',
    });
  });

  it('refuses an impossible date with a clear error, before running anything', async () => {
    const answer = await api.gql(`{ unitByCode(code: "073", asOf: "2025-02-30") { __typename } }`);
    expect(answer.data).toBeUndefined();
    expect(answer.errors?.[0]?.message).toContain('Ngày không hợp lệ: "2025-02-30"');
    const onConnection = await api.gql(`{ units(level: PROVINCE, asOf: "2025-02-30") { totalCount } }`);
    expect(onConnection.errors?.[0]).toMatchObject({ extensions: { code: 'DATE.INVALID' } });
    const viaVariable = await api.gql(`query ($d: Date) { units(level: PROVINCE, asOf: $d) { totalCount } }`, { d: '2023-13-01' });
    expect(viaVariable.errors?.[0]?.message).toContain('YYYY-MM-DD');
  });
});

describe('the 2025 reorganization', () => {
  it('tells what Xã Chiêm Hóa was formed from, and what Thị trấn Vĩnh Lộc became', async () => {
    const data = dataOf(
      await api.gql(`{
        formed: unitByCode(code: "02287", asOf: "2025-07-01") { ... on Unit { predecessors { onDate unit { fullName asOf } } } }
        became: unitByCode(code: "02287", asOf: "2025-06-30") { ... on Unit { successors { kind onDate unit { fullName asOf } } } }
      }`),
    );
    expect(data.formed.predecessors.map((p: any) => p.unit.fullName).sort()).toEqual([
      'Thị trấn Vĩnh Lộc',
      'Xã Ngọc Hội',
      'Xã Phúc Thịnh',
      'Xã Trung Hòa',
      'Xã Xuân Quang',
    ]);
    expect(data.formed.predecessors[0].unit.asOf).toBe('2025-06-30');
    expect(data.became.successors).toEqual([
      { kind: 'mergedInto', onDate: '2025-07-01', unit: { fullName: 'Xã Chiêm Hóa', asOf: '2025-07-01' } },
    ]);
  });
});
