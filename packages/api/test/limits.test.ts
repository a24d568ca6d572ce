import { getIntrospectionQuery } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE_QUERY } from '../src/http/example-query.js';
import { LIMITS } from '../src/index.js';
import { dataOf, exampleApi } from './api.js';

let api: Awaited<ReturnType<typeof exampleApi>>;
beforeAll(async () => {
  api = await exampleApi();
});

/** Runs a query that must be refused before execution: no SQL statement is issued. */
async function refused(query: string, variables?: Record<string, unknown>) {
  api.reset();
  const answer = await api.gql(query, variables);
  expect(answer.data).toBeUndefined();
  expect(api.statements).toBe(0);
  return answer.errors ?? [];
}

const nested = (depth: number): string => (depth === 0 ? 'fullName' : `parent { ${nested(depth - 1)} }`);

describe('limits, checked before execution', () => {
  it('refuses a query nested deeper than the limit', async () => {
    const [error] = await refused(`{ unit(id: "x") { ${nested(LIMITS.maxDepth)} } }`);
    expect(error?.message).toContain(`Query depth limit of ${LIMITS.maxDepth} exceeded`);
  });

  it('refuses too many aliases', async () => {
    const aliases = Array.from({ length: LIMITS.maxAliases + 1 }, (_, i) => `a${i}: rulePack { id }`).join(' ');
    const [error] = await refused(`{ ${aliases} }`);
    expect(error?.message).toContain(`Aliases limit of ${LIMITS.maxAliases} exceeded`);
  });

  it('refuses a page larger than the cap, written in the query or passed as a variable', async () => {
    const [literal] = await refused(`{ units(level: PROVINCE, first: ${LIMITS.maxPageSize + 1}) { totalCount } }`);
    expect(literal).toMatchObject({ extensions: { code: 'PAGE.SIZE_TOO_LARGE', max: LIMITS.maxPageSize } });
    expect(literal?.message).toContain(`Trang tối đa ${LIMITS.maxPageSize} dòng: units(first: ${LIMITS.maxPageSize + 1})`);
    const [variable] = await refused(`query ($n: Int) { searchPeople(query: "a", first: $n) { totalCount } }`, { n: 1000 });
    expect(variable?.extensions?.code).toBe('PAGE.SIZE_TOO_LARGE');
  });

  it('counts list sizes: nested pages whose rows multiply past the limit are refused with the complexity found', async () => {
    const query = `query ($n: Int) { units(level: PROVINCE, first: $n) { edges { node { children(first: $n) { edges { node { children(first: $n) { edges { node { fullName } } } } } } } } } }`;
    const [error] = await refused(query, { n: 100 });
    expect(error?.extensions?.code).toBe('QUERY.TOO_COMPLEX');
    expect(error?.message).toMatch(/độ phức tạp \d+ vượt mức 50000/);
    api.reset();
    expect(dataOf(await api.gql(query, { n: 10 })).units).toBeDefined();
  });

  it('refuses a query whose written page sizes make it too costly for GraphQL Armor', async () => {
    const [error] = await refused(
      `{ units(level: PROVINCE, first: 100) { edges { node { children(first: 100) { edges { node { children(first: 100) { edges { node { fullName } } } } } } } } } }`,
    );
    expect(error?.message).toContain(`Query Cost limit of ${LIMITS.maxArmorCost} exceeded`);
  });

  it('answers a nested question the same whether its page sizes are written in the query or passed as variables', async () => {
    const written = `{ unitByCode(code: "073", asOf: "2023-06-01") { ... on Unit { children(first: 50) { edges { node { organizations(first: 10) { edges { node { name officeHolders(first: 10) { edges { node { person { fullName } post { title } } } } } } } } } } } } }`;
    const asVariables = written
      .replace('{ unitByCode', 'query ($a: Int, $o: Int, $h: Int) { unitByCode')
      .replace('first: 50', 'first: $a')
      .replace('organizations(first: 10)', 'organizations(first: $o)')
      .replace('officeHolders(first: 10)', 'officeHolders(first: $h)');
    api.reset();
    const a = dataOf(await api.gql(written));
    api.reset();
    const b = dataOf(await api.gql(asVariables, { a: 50, o: 10, h: 10 }));
    expect(a.unitByCode.children.edges.length).toBeGreaterThan(0);
    expect(a).toEqual(b);
  });

  it('lets GraphiQL introspect the schema and run its example query', async () => {
    expect(dataOf(await api.gql(getIntrospectionQuery())).__schema.queryType.name).toBe('Query');
    const example = dataOf(await api.gql(EXAMPLE_QUERY));
    expect(example.assignments.totalCount).toBe(13);
  });
});

describe('the HTTP surface', () => {
  it('serves GraphiQL from the package itself: no external script or style, the example query inside', async () => {
    const response = await api.api.fetch('http://mttq.test/graphql', { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    const page = await response.text();
    expect(page).toContain('WhoIsAssignedWhatInChiemHoa');
    expect(page).not.toMatch(/<script[^>]*\ssrc=["']?https?:/i);
    expect(page).not.toMatch(/<link[^>]*\shref=["']?https?:/i);
    expect(page).not.toMatch(/@import\s+url\(["']?https?:/i);
  });

  it('answers health and readiness', async () => {
    expect((await api.api.fetch('http://mttq.test/health')).status).toBe(200);
    expect((await api.api.fetch('http://mttq.test/ready')).status).toBe(200);
  });

  it('logs one structured line per request, with its timing and operation name', async () => {
    api.logs.length = 0;
    await api.gql('query WhoChairs { searchPeople(query: "long") { totalCount } }');
    expect(api.logs).toHaveLength(1);
    expect(api.logs[0]).toMatchObject({ method: 'POST', path: '/graphql', status: 200, operationName: 'WhoChairs' });
    expect(typeof api.logs[0]!.durationMs).toBe('number');
  });
});
