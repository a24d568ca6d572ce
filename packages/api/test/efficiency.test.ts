import { beforeAll, describe, expect, it } from 'vitest';
import { dataOf, exampleApi } from './api.js';

let api: Awaited<ReturnType<typeof exampleApi>>;
beforeAll(async () => {
  api = await exampleApi();
});

/** Two levels of units below a unit, and the organizations of the second level. */
const TREE = `query Tree($code: String!, $asOf: Date!) {
  unitByCode(code: $code, asOf: $asOf) {
    ... on Unit {
      fullName
      children(first: 10) {
        edges { node { fullName
          children(first: 30) {
            edges { node { fullName
              organizations(first: 20) { edges { node { name } } }
            } }
          }
        } }
      }
    }
  }
}`;

/** How many rows a `TREE` answer holds at each level. */
function rowsOf(unit: any) {
  const level1 = unit.children.edges.map((e: any) => e.node);
  const level2 = level1.flatMap((u: any) => u.children.edges.map((e: any) => e.node));
  const organizations = level2.flatMap((u: any) => u.organizations.edges);
  return { level1: level1.length, level2: level2.length, organizations: organizations.length };
}

async function measure(code: string, asOf: string) {
  api.reset();
  const data = dataOf(await api.gql(TREE, { code, asOf }));
  return { statements: api.statements, rows: rowsOf(data.unitByCode) };
}

describe('every relation goes through a DataLoader', () => {
  it('issues the same number of SQL statements for Huyện Chiêm Hóa and for the whole province: one per level of the query', async () => {
    const district = await measure('073', '2023-06-01');
    const province = await measure('08', '2023-06-01');
    expect(district.rows).toEqual({ level1: 10, level2: 3, organizations: 15 });
    expect(province.rows).toEqual({ level1: 7, level2: 24, organizations: 264 });
    // unitByCode, children, children, organizations: four statements for 28 rows and for 295 rows alike.
    expect(district.statements).toBe(4);
    expect(province.statements).toBe(4);
  });

  it('grows with the depth of the query, not with its rows', async () => {
    const depths = [
      `{ unitByCode(code: "08", asOf: "2023-06-01") { ... on Unit { fullName } } }`,
      `{ unitByCode(code: "08", asOf: "2023-06-01") { ... on Unit { children(first: 30) { edges { node { fullName } } } } } }`,
      `{ unitByCode(code: "08", asOf: "2023-06-01") { ... on Unit { children(first: 30) { edges { node { children(first: 30) { edges { node { fullName } } } } } } } } }`,
    ];
    const counts: number[] = [];
    for (const query of depths) {
      api.reset();
      dataOf(await api.gql(query));
      counts.push(api.statements);
    }
    expect(counts).toEqual([1, 2, 3]);
  });
});

describe('relations across types batch the same way', () => {
  it('reads who holds what in every organization of a district with one statement per level', async () => {
    const query = `{ organizations(unit: { code: "073" }, asOf: "2023-06-01", first: 30) { edges { node { name
      officeHolders(first: 10) { edges { node { person { fullName } post { title } unit { fullName } } } } } } } }`;
    api.reset();
    const data = dataOf(await api.gql(query));
    const holders = data.organizations.edges.flatMap((e: any) => e.node.officeHolders.edges);
    expect(holders.length).toBe(2);
    // findUnitByCode, organizationsAt, office holders with their posts, then people, organizations, units: one each.
    expect(api.statements).toBe(6);
  });
});
