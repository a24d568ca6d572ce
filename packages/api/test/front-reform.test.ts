import { beforeAll, describe, expect, it } from 'vitest';
import { dataOf, exampleApi } from './api.js';

let api: Awaited<ReturnType<typeof exampleApi>>;
beforeAll(async () => {
  api = await exampleApi();
});

const ORGANIZATIONS = `query ($code: String!, $asOf: Date!) {
  organizations(unit: { code: $code }, types: [FARMERS_UNION, WOMENS_UNION, YOUTH_UNION, VETERANS_ASSOCIATION, LABOUR_FEDERATION], asOf: $asOf) {
    edges { node { name type unit { fullName } parent { name type source { title } } source { title } } }
  }
}`;

async function organizationsOf(code: string, asOf: string) {
  const data = dataOf(await api.gql(ORGANIZATIONS, { code, asOf }));
  return data.organizations.edges.map((e: any) => e.node);
}

describe('the 2025 reform of the Front, asked as a user would', () => {
  it('gives the Front committee as the parent of the five organizations of Tỉnh Tuyên Quang on 2026-01-01', async () => {
    const orgs = await organizationsOf('08', '2026-01-01');
    expect(orgs.map((o: any) => o.type).sort()).toEqual([
      'FARMERS_UNION',
      'LABOUR_FEDERATION',
      'VETERANS_ASSOCIATION',
      'WOMENS_UNION',
      'YOUTH_UNION',
    ]);
    for (const o of orgs) {
      expect(o.unit.fullName).toBe('Tỉnh Tuyên Quang');
      expect(o.parent).toMatchObject({ name: 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Tuyên Quang', type: 'FRONT_COMMITTEE' });
      expect(o.source.title).toBe('Các tổ chức chính trị - xã hội trực thuộc Mặt trận Tổ quốc Việt Nam từ 1-7-2025');
    }
    expect(orgs.find((o: any) => o.type === 'FARMERS_UNION').name).toBe('Hội Nông dân tỉnh Tuyên Quang');
  });

  it('gives the Front committee as the parent of the organizations of Xã Chiêm Hóa on 2026-01-01', async () => {
    const orgs = await organizationsOf('02287', '2026-01-01');
    // Công đoàn stands at the province: a commune has no Labour federation.
    expect(orgs.map((o: any) => o.type).sort()).toEqual(['FARMERS_UNION', 'VETERANS_ASSOCIATION', 'WOMENS_UNION', 'YOUTH_UNION']);
    for (const o of orgs)
      expect(o.parent).toMatchObject({ name: 'Ủy ban Mặt trận Tổ quốc Việt Nam xã Chiêm Hóa', type: 'FRONT_COMMITTEE' });
    expect(orgs.find((o: any) => o.type === 'FARMERS_UNION').name).toBe('Hội Nông dân xã Chiêm Hóa');
  });

  it('gives no parent to the same organizations on 2024-01-01, before the reform', async () => {
    const province = await organizationsOf('08', '2024-01-01');
    expect(province).toHaveLength(5);
    expect(province.every((o: any) => o.parent === null)).toBe(true);
    // On 2024-01-01 code 02287 is Thị trấn Vĩnh Lộc, one of the five communes Xã Chiêm Hóa was formed from.
    const commune = await organizationsOf('02287', '2024-01-01');
    expect(commune.map((o: any) => o.unit.fullName)).toEqual([
      'Thị trấn Vĩnh Lộc',
      'Thị trấn Vĩnh Lộc',
      'Thị trấn Vĩnh Lộc',
      'Thị trấn Vĩnh Lộc',
    ]);
    expect(commune.every((o: any) => o.parent === null)).toBe(true);
  });

  it('has the Party’s merged board at the province from 2025-07-01, and the district’s mass mobilization board only before', async () => {
    const boards = `query ($code: String!, $asOf: Date!) { organizations(unit: { code: $code }, types: [MASS_MOBILIZATION_BOARD, PROPAGANDA_AND_MASS_MOBILIZATION_BOARD], asOf: $asOf) { edges { node { name } } } }`;
    const names = async (code: string, asOf: string) =>
      dataOf(await api.gql(boards, { code, asOf })).organizations.edges.map((e: any) => e.node.name);
    expect(await names('08', '2026-01-01')).toEqual(['Ban Tuyên giáo và Dân vận Tỉnh ủy Tuyên Quang']);
    expect(await names('073', '2025-06-30')).toEqual(['Ban Dân vận Huyện ủy Chiêm Hóa']);
    // From 2025-07-01 no district exists: the question itself is answered with a refusal, not an empty list.
    const after = await api.gql(boards, { code: '073', asOf: '2025-07-01' });
    expect(after.errors?.[0]?.message).toBe('Không có đơn vị nào mang mã 073 vào ngày 2025-07-01.');
  });
});
