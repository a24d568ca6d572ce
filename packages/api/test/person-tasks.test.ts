import { beforeAll, describe, expect, it } from 'vitest';
import { dataOf, exampleApi, gid } from './api.js';

let api: Awaited<ReturnType<typeof exampleApi>>;
beforeAll(async () => {
  api = await exampleApi();
}, 120_000);

/** Triệu Đức Long's tasks as docs/graphql.md asks for them, with who each path names. */
const TASKS = `query ($long: ID!, $first: Int, $after: String) {
  tasksOfPerson(person: $long, asOf: "2023-06-01", first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node {
      assignment { id task { title } period { label } status }
      paths { path person { fullName } holding { post { title } organization { name } unit { fullName } person { fullName } } }
    } }
  }
}`;

const long = () => gid('Person', api.ids.people.trieuDucLong);

describe('the tasks of a person through the API', () => {
  it('answers Triệu Đức Long’s three tasks in 4 SQL statements: holdings, the page, tasks with directives, their parties', async () => {
    api.reset();
    const data = dataOf(await api.gql(TASKS, { long: long() }));
    expect(data.tasksOfPerson.totalCount).toBe(3);
    expect(data.tasksOfPerson.edges.map((e: any) => e.node.paths.map((p: any) => p.path))).toEqual([['HEAD_OF'], ['HEAD_OF'], ['POST']]);
    for (const edge of data.tasksOfPerson.edges)
      for (const path of edge.node.paths)
        expect(path).toMatchObject({
          person: { fullName: 'Triệu Đức Long' },
          holding: {
            post: { title: 'Chủ tịch' },
            organization: { name: 'Ủy ban Mặt trận Tổ quốc Việt Nam huyện Chiêm Hóa' },
            unit: { fullName: 'Huyện Chiêm Hóa' },
            person: { fullName: 'Triệu Đức Long' },
          },
        });
    // The person, post, organization and unit of each path come with the holdings read: no statement of their own.
    expect(api.statements).toBe(4);
  });

  it('gives the same person, post, organization and unit as reading them by id', async () => {
    const paged = dataOf(await api.gql(TASKS, { long: long() })).tasksOfPerson.edges.flatMap((e: any) => e.node.paths);
    const byId = dataOf(
      await api.gql(
        `query ($long: ID!) { person(id: $long, asOf: "2023-06-01") { holdings { edges { node { post { title } organization { name } unit { fullName } person { fullName } } } } } }`,
        { long: long() },
      ),
    ).person.holdings.edges.map((e: any) => e.node);
    for (const path of paged) expect(byId).toContainEqual(path.holding);
  });

  it('pages in the database: one task at a time after the cursor, the same three in the same order, the count on each page', async () => {
    const whole = dataOf(await api.gql(TASKS, { long: long() })).tasksOfPerson;
    const seen: unknown[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 5; pages++) {
      const page: any = dataOf(await api.gql(TASKS, { long: long(), first: 1, after })).tasksOfPerson;
      expect(page.totalCount).toBe(3);
      seen.push(...page.edges);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(whole.edges);
  });

  it('pages forward only, and refuses a malformed cursor with its code', async () => {
    const backward = await api.gql(`query ($long: ID!) { tasksOfPerson(person: $long, last: 1) { totalCount } }`, { long: long() });
    expect(backward.errors?.[0]?.extensions?.code).toBe('PAGE.BACKWARD_UNSUPPORTED');
    const cursor = await api.gql(`query ($long: ID!) { tasksOfPerson(person: $long, after: "rac") { totalCount } }`, { long: long() });
    expect(cursor.errors?.[0]?.extensions?.code).toBe('PAGE.CURSOR_INVALID');
  });
});
