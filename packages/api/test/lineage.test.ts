import { beforeAll, describe, expect, it } from 'vitest';
import { importNationalUnits, readNationalUnits, unwrap } from '@mttq/core';
import { dataOf, exampleApi, gid } from './api.js';
import { shows, workedQueries } from './worked-queries.js';

const COUNTS = `asOf levels byLevel { level count } byKind { kind count }`;
const names = (units: readonly { fullName: string }[]) => units.map((u) => u.fullName);
const countOf = (counts: { byLevel: { level: string; count: number }[] }, level: string) =>
  counts.byLevel.find((c) => c.level === level)?.count;

describe('the example dataset in both eras', () => {
  let api: Awaited<ReturnType<typeof exampleApi>>;
  beforeAll(async () => {
    api = await exampleApi();
  });

  it('counts districts under Tỉnh Tuyên Quang on 2025-06-30, and none on 2025-07-01', async () => {
    const data = dataOf(
      await api.gql(
        `query ($old: ID, $new: ID) {
        before: unitCounts(asOf: "2025-06-30", within: $old) { ${COUNTS} }
        after: unitCounts(asOf: "2025-07-01", within: $new) { ${COUNTS} }
      }`,
        { old: gid('Unit', api.ids.units.tuyenQuangUntil2025), new: gid('Unit', api.ids.units.tuyenQuangFrom2025) },
      ),
    );
    expect(data.before.levels).toEqual(['PROVINCE', 'DISTRICT', 'COMMUNE', 'RESIDENTIAL_AREA']);
    expect(data.before.byLevel).toEqual([
      { level: 'PROVINCE', count: 0 },
      { level: 'DISTRICT', count: 7 },
      { level: 'COMMUNE', count: 24 },
      { level: 'RESIDENTIAL_AREA', count: 3 },
    ]);
    expect(data.after.levels).toEqual(['PROVINCE', 'COMMUNE', 'RESIDENTIAL_AREA']);
    expect(countOf(data.after, 'DISTRICT')).toBe(0);
    expect(countOf(data.after, 'COMMUNE')).toBe(10);
    expect(data.after.byKind).toEqual([
      { kind: 'XA', count: 10 },
      { kind: 'THON', count: 1 },
      { kind: 'TO_DAN_PHO', count: 2 },
    ]);
  });

  it('refuses to count below a unit on a date it does not exist', async () => {
    const answer = await api.gql(`query ($old: ID) { unitCounts(asOf: "2025-07-01", within: $old) { asOf } }`, {
      old: gid('Unit', api.ids.units.tuyenQuangUntil2025),
    });
    expect(answer.errors?.[0]).toMatchObject({ extensions: { code: 'UNIT.NOT_IN_FORCE' } });
    const unknown = await api.gql(`query ($id: ID) { unitCounts(within: $id) { asOf } }`, { id: gid('Unit', 'unit_khong-co') });
    expect(unknown.errors?.[0]).toMatchObject({ extensions: { code: 'UNIT.NOT_FOUND' } });
  });

  it('tells that code 02287 is Thị trấn Vĩnh Lộc until the reform and Xã Chiêm Hóa, formed from five communes, after it', async () => {
    const data = dataOf(
      await api.gql(`{
        before: unitByCode(code: "02287", asOf: "2025-06-30") { ... on Unit { fullName becameOn { fullName asOf } } }
        after: unitByCode(code: "02287", asOf: "2025-07-01") { ... on Unit { fullName formedFrom { code fullName asOf } } }
      }`),
    );
    expect(data.before).toEqual({ fullName: 'Thị trấn Vĩnh Lộc', becameOn: [{ fullName: 'Xã Chiêm Hóa', asOf: '2026-06-01' }] });
    expect(data.after.fullName).toBe('Xã Chiêm Hóa');
    expect(names(data.after.formedFrom).sort()).toEqual([
      'Thị trấn Vĩnh Lộc',
      'Xã Ngọc Hội',
      'Xã Phúc Thịnh',
      'Xã Trung Hòa',
      'Xã Xuân Quang',
    ]);
    expect(data.after.formedFrom.every((u: { asOf: string }) => u.asOf === '2025-06-30')).toBe(true);
  });

  it('tells that Xã Xuân Quang became Xã Chiêm Hóa, and was still itself on its last day', async () => {
    const data = dataOf(
      await api.gql(`{ unitByCode(code: "02326", asOf: "2025-06-30") { ... on Unit {
        fullName
        reform: becameOn(asOf: "2025-07-01") { code fullName }
        lastDay: becameOn(asOf: "2025-06-30") { fullName }
      } } }`),
    );
    expect(data.unitByCode).toEqual({
      fullName: 'Xã Xuân Quang',
      reform: [{ code: '02287', fullName: 'Xã Chiêm Hóa' }],
      lastDay: [{ fullName: 'Xã Xuân Quang' }],
    });
  });

  it('tells that Huyện Chiêm Hóa became the ten communes formed from its 24, through its communes', async () => {
    const data = dataOf(
      await api.gql(`{ unitByCode(code: "073", asOf: "2025-06-30") { ... on Unit { becameOn(asOf: "2025-07-01") { code level } } } }`),
    );
    expect(data.unitByCode.becameOn).toHaveLength(10);
    expect(data.unitByCode.becameOn.every((u: { level: string }) => u.level === 'COMMUNE')).toBe(true);
  });

  it('answers becameOn for every commune of a page at once, through the DataLoader', async () => {
    const data = dataOf(
      await api.gql(
        `{ unitByCode(code: "073", asOf: "2025-06-30") { ... on Unit { children(first: 30) { edges { node { fullName becameOn(asOf: "2025-07-01") { fullName } } } } } } }`,
      ),
    );
    const edges: { node: { fullName: string; becameOn: { fullName: string }[] } }[] = data.unitByCode.children.edges;
    expect(edges).toHaveLength(24);
    expect(edges.every((e) => e.node.becameOn.length === 1)).toBe(true);
    expect(
      edges
        .filter((e) => e.node.becameOn[0]!.fullName === 'Xã Chiêm Hóa')
        .map((e) => e.node.fullName)
        .sort(),
    ).toEqual(['Thị trấn Vĩnh Lộc', 'Xã Ngọc Hội', 'Xã Phúc Thịnh', 'Xã Trung Hòa', 'Xã Xuân Quang']);
  });

  it('moves Thôn Minh Họa 3 from Xã Xuân Quang to Xã Chiêm Hóa at the reform, along the lineage', async () => {
    const id = gid('Unit', 'unit_minh-hoa-thon-3');
    const data = dataOf(
      await api.gql(
        `query ($id: ID!) { node(id: $id) { ... on Unit {
        fullName
        parentsAcrossReform { date before { fullName asOf } after { fullName asOf } followsLineage }
      } } }`,
        { id },
      ),
    );
    expect(data.node).toEqual({
      fullName: 'Thôn Minh Họa 3',
      parentsAcrossReform: {
        date: '2025-07-01',
        before: { fullName: 'Xã Xuân Quang', asOf: '2025-06-30' },
        after: { fullName: 'Xã Chiêm Hóa', asOf: '2025-07-01' },
        followsLineage: true,
      },
    });
  });
});

describe('the whole country after the national import', () => {
  let api: Awaited<ReturnType<typeof exampleApi>>;
  // One import for the whole block: the national units on top of the example dataset, as `pnpm import:national` does.
  beforeAll(async () => {
    api = await exampleApi();
    unwrap(await importNationalUnits(api.store.db, { units: await readNationalUnits() }));
  }, 60_000);

  it('counts 63 provinces on 2025-06-30, and 34 provinces, 3,321 communes and no district on 2025-07-01', async () => {
    const data = dataOf(
      await api.gql(`{ before: unitCounts(asOf: "2025-06-30") { ${COUNTS} } after: unitCounts(asOf: "2025-07-01") { ${COUNTS} } }`),
    );
    expect(countOf(data.before, 'PROVINCE')).toBe(63);
    expect(countOf(data.before, 'DISTRICT')).toBe(696);
    expect(data.before.levels).toContain('DISTRICT');
    expect(countOf(data.after, 'PROVINCE')).toBe(34);
    expect(countOf(data.after, 'COMMUNE')).toBe(3321);
    expect(countOf(data.after, 'DISTRICT')).toBe(0);
    expect(data.after.levels).not.toContain('DISTRICT');
  });

  const documented = workedQueries('Answer after the national import');
  it('gives the national answers docs/graphql.md shows', async () => {
    expect(documented.length).toBeGreaterThan(0);
    for (const q of documented) {
      const actual = await api.gql(q.query, q.variables);
      expect(shows(q.answer, actual), JSON.stringify(actual, null, 2)).toBe(true);
    }
  });
});
