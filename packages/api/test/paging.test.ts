// Search pages like every other list, and every refusal of a page request carries extensions.code: a malformed
// cursor on any connection (found by introspection, so a new connection is covered as soon as it exists) and a
// page size written in the query as well as passed as a variable.
import { bulkLoad, DEFAULT_RULE_PACK, unwrap, type SourceId } from '@mttq/core';
import { getIntrospectionQuery, type IntrospectionField, type IntrospectionObjectType, type IntrospectionQuery } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { LIMITS } from '../src/index.js';
import { dataOf, exampleApi } from './api.js';

let api: Awaited<ReturnType<typeof exampleApi>>;
beforeAll(async () => {
  api = await exampleApi({ token: { unitCode: '08', date: '2023-01-01' } });
}, 300_000);

/** Every node of a search, read `size` at a time by following `endCursor`, and the totals the pages gave. */
async function readAll(field: string, args: string, size: number, select = 'id') {
  const nodes: any[] = [];
  const totals = new Set<number>();
  let after: string | null = null;
  for (let pages = 0; pages < 100; pages++) {
    const answer: any = dataOf<any>(
      await api.gql(
        `query ($after: String) { ${field}(${args}, first: ${size}, after: $after) { totalCount edges { cursor node { ${select} } } pageInfo { hasNextPage endCursor } } }`,
        { after },
      ),
    );
    const page: any = answer[field];
    nodes.push(...page.edges.map((e: any) => e.node));
    totals.add(page.totalCount);
    expect(page.pageInfo.endCursor).toBe(page.edges.at(-1)?.cursor ?? null);
    if (!page.pageInfo.hasNextPage) return { nodes, totals: [...totals] };
    after = page.pageInfo.endCursor;
  }
  throw new Error(`${field} did not end in 100 pages`);
}

describe('search, paged in the database', () => {
  it('reads 1,050 people named alike 100 at a time, past the 1,000 matches search used to stop at', async () => {
    const people = Array.from({ length: 1050 }, (_, i) => ({
      fullName: `Nguyễn Văn Thử ${String(i).padStart(4, '0')}`,
      sourceId: 'src_minh-hoa' as SourceId,
    }));
    unwrap(await bulkLoad(api.store.db, { people }, { rulePack: DEFAULT_RULE_PACK }));
    const { nodes, totals } = await readAll('searchPeople', 'query: "nguyen van thu"', 100, 'fullName');
    expect(totals).toEqual([1050]);
    expect(nodes.map((p) => p.fullName)).toEqual(people.map((p) => p.fullName));
  }, 60_000);

  it('gives each search the same matches in pages of 3 as in one page, in the same order', async () => {
    for (const [field, args] of [
      ['searchUnits', 'query: "a", asOf: "2023-01-01"'],
      ['searchUnits', 'query: "a", under: { code: "073" }, asOf: "2023-01-01"'],
      ['searchOrganizations', 'query: "chiem hoa", asOf: "2023-01-01"'],
      ['searchDirectives', 'query: "chiem hoa"'],
    ] as const) {
      const whole = dataOf<any>(await api.gql(`{ ${field}(${args}, first: ${LIMITS.maxPageSize}) { totalCount edges { node { id } } } }`))[
        field
      ];
      expect(whole.totalCount, field).toBeGreaterThan(3);
      expect(whole.totalCount, field).toBeLessThanOrEqual(LIMITS.maxPageSize);
      const paged = await readAll(field, args, 3);
      expect(
        paged.nodes.map((n) => n.id),
        `${field}(${args})`,
      ).toEqual(whole.edges.map((e: any) => e.node.id));
      expect(paged.totals).toEqual([whole.totalCount]);
    }
  }, 60_000);

  it('counts the matches with first: 0, and pages forward only', async () => {
    const counted = dataOf<any>(
      await api.gql(`{ searchUnits(query: "chiem hoa", first: 0) { totalCount edges { cursor } pageInfo { hasNextPage } } }`),
    );
    expect(counted.searchUnits).toEqual({ totalCount: 1, edges: [], pageInfo: { hasNextPage: true } });
    const backward = await api.gql(`{ searchPeople(query: "long", last: 2) { totalCount } }`);
    expect(backward.errors?.[0]?.extensions?.code).toBe('PAGE.BACKWARD_UNSUPPORTED');
  });
});

describe('directive symbols without diacritics', () => {
  it('"02-DA/TU" finds 02-ĐA/TU by search and by symbol', async () => {
    const data = dataOf<any>(
      await api.gql(
        `{ searchDirectives(query: "02-DA/TU") { edges { node { symbol { raw } } } } directivesBySymbol(symbol: "02-DA/TU") { symbol { raw } } }`,
      ),
    );
    expect(data.searchDirectives.edges.map((e: any) => e.node.symbol.raw)).toEqual(['02-ĐA/TU']);
    expect(data.directivesBySymbol.map((d: any) => d.symbol.raw)).toEqual(['02-ĐA/TU']);
  });
});

/** How to reach one object of a type from the root: `X` stands for the selection on it. */
const REACH: Record<string, string> = {
  Query: 'X',
  Unit: 'searchUnits(query: "chiem hoa", asOf: "2025-06-30", first: 1) { edges { node { X } } }',
  Organization: 'organizations(unit: { code: "073" }, asOf: "2025-06-30", first: 1) { edges { node { X } } }',
  Person: 'searchPeople(query: "trieu duc long", first: 1) { edges { node { X } } }',
  Post: 'searchPeople(query: "trieu duc long", asOf: "2023-06-01", first: 1) { edges { node { holdings(first: 1) { edges { node { post { X } } } } } } }',
  Directive: 'searchDirectives(query: "02-DA/TU", first: 1) { edges { node { X } } }',
  Assignment: 'assignments(under: { code: "073" }, asOf: "2025-06-30", first: 1) { edges { node { X } } }',
  OverdueAtUnit: 'overdueByUnit(under: { code: "073" }, asOf: "2025-06-30", first: 1) { edges { node { X } } }',
};

/** Arguments a root connection needs to run at all, by field. */
const ROOT_ARGS: Record<string, string> = {
  assignments: 'under: { code: "073" }, asOf: "2025-06-30"',
  organizations: 'unit: { code: "073" }, asOf: "2025-06-30"',
  overdueByUnit: 'under: { code: "073" }, asOf: "2025-06-30"',
  searchDirectives: 'query: "02"',
  searchOrganizations: 'query: "chiem hoa"',
  searchPeople: 'query: "long"',
  searchUnits: 'query: "chiem hoa"',
  units: 'level: LEVEL',
  responsibleFor: 'task: "TASK"',
  tasksOfPerson: 'person: "PERSON"',
  whoMayAssign: 'assignee: "PERSON", taskKind: TASK_KIND',
  mayAssignTo: 'assigner: "ORGANIZATION", taskKind: TASK_KIND, under: { code: "073" }, asOf: "2025-06-30"',
};

describe('every refusal of a page request carries a code', () => {
  it('refuses a malformed cursor with PAGE.CURSOR_INVALID on every connection of the schema', async () => {
    const schema = dataOf<IntrospectionQuery>(await api.gql(getIntrospectionQuery())).__schema;
    const types = schema.types.filter((t): t is IntrospectionObjectType => t.kind === 'OBJECT' && !t.name.startsWith('__'));
    const firstValue = (name: string) => {
      const type = schema.types.find((t) => t.name === name);
      return type && 'enumValues' in type ? type.enumValues[0]!.name : '';
    };
    const samples = dataOf<any>(
      await api.gql(`{
        searchPeople(query: "trieu duc long") { edges { node { id } } }
        searchDirectives(query: "02-DA/TU") { edges { node { tasks(first: 1) { edges { node { id } } } } } }
        organizations(unit: { code: "073" }, asOf: "2025-06-30", first: 1) { edges { node { id } } }
      }`),
    );
    const person: string = samples.searchPeople.edges[0].node.id;
    const task: string = samples.searchDirectives.edges[0].node.tasks.edges[0].node.id;
    const organization: string = samples.organizations.edges[0].node.id;
    const isConnection = (f: IntrospectionField) =>
      f.args.some((a) => a.name === 'after') && 'name' in f.type && `${f.type.name ?? ''}`.endsWith('Connection');
    const connections = types.flatMap((t) => t.fields.filter(isConnection).map((f) => ({ type: t.name, field: f.name })));
    expect(connections.length).toBeGreaterThan(20);
    const unreachable = connections.filter(
      (c) => REACH[c.type] === undefined || (c.type === 'Query' && ROOT_ARGS[c.field] === undefined && c.field !== 'auditLog'),
    );
    expect(
      unreachable.map((c) => `${c.type}.${c.field}`),
      'connections this test cannot reach yet: add them to REACH or ROOT_ARGS',
    ).toEqual([]);

    for (const { type, field } of connections) {
      const args =
        type === 'Query'
          ? (ROOT_ARGS[field] ?? '')
              .replace('LEVEL', firstValue('Level'))
              .replace('TASK_KIND', firstValue('TaskKind'))
              .replace('PERSON', person)
              .replace('ORGANIZATION', organization)
              .replace('"TASK"', `"${task}"`)
          : '';
      const call = (alias: string, cursor: string) => `${alias}: ${field}(${args ? `${args}, ` : ''}after: "${cursor}") { totalCount }`;
      // Not base64 at all, and base64 of text that is no cursor.
      const selection = `${call('notBase64', 'not a cursor!')} ${call('notACursor', Buffer.from('hello').toString('base64'))}`;
      const answer = await api.gql(`{ ${REACH[type]!.replace('X', selection)} }`);
      for (const alias of ['notBase64', 'notACursor']) {
        const error = answer.errors?.find((e) => e.path?.at(-1) === alias);
        expect(error?.extensions?.code, `${type}.${field} (${alias}): ${JSON.stringify(answer.errors ?? answer.data)}`).toBe(
          'PAGE.CURSOR_INVALID',
        );
      }
    }
  }, 120_000);

  it('refuses a page size written in the query with PAGE.SIZE_TOO_LARGE, as when it comes in a variable', async () => {
    for (const size of [LIMITS.maxPageSize + 1, 5000, 1_000_000]) {
      const query = `{ searchUnits(query: "a", first: ${size}) { edges { node { fullName children(first: ${size}) { edges { node { fullName } } } } } } }`;
      api.reset();
      const literal = await api.gql(query);
      expect(
        literal.errors?.map((e) => e.extensions?.code),
        `first: ${size}`,
      ).toContain('PAGE.SIZE_TOO_LARGE');
      expect(literal.errors?.every((e) => e.extensions?.code === 'PAGE.SIZE_TOO_LARGE')).toBe(true);
      expect(api.statements).toBe(0);
      const variable = await api.gql(
        query
          .replace('{ searchUnits', 'query ($n: Int) { searchUnits')
          .replace(`first: ${size}) { edges { node { fullName children`, 'first: $n) { edges { node { fullName children'),
        { n: size },
      );
      expect(variable.errors?.[0]?.extensions?.code).toBe('PAGE.SIZE_TOO_LARGE');
    }
  });
});
