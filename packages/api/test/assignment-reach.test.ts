import { beforeAll, describe, expect, it } from 'vitest';
import { dataOf, exampleApi, gid } from './api.js';

let api: Awaited<ReturnType<typeof exampleApi>>;
beforeAll(async () => {
  api = await exampleApi();
}, 120_000);

const org = (key: string) => gid('Organization', `org_${key}`);
const body = `__typename ... on Organization { id name } ... on Post { id title organization { name } }`;
const reach = `totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ruleId ruleDescription assigner { ${body} } assignee { ${body} ... on Person { id fullName } } assigneeUnit { fullName } viaPost { title } } }`;
const who = `query ($assignee: ID!, $taskKind: TaskKind!, $place: ID, $asOf: Date, $first: Int, $after: String) {
  whoMayAssign(assignee: $assignee, taskKind: $taskKind, place: $place, asOf: $asOf, first: $first, after: $after) { ${reach} }
}`;
const may = `query ($assigner: ID!, $taskKind: TaskKind!, $under: UnitRefInput!, $place: ID, $asOf: Date, $first: Int, $after: String) {
  mayAssignTo(assigner: $assigner, taskKind: $taskKind, under: $under, place: $place, asOf: $asOf, first: $first, after: $after) { ${reach} }
}`;
const check = `query ($request: AssignmentRequestInput!, $asOf: Date) {
  checkAssignment(request: $request, asOf: $asOf) { ... on AssignmentDecision { allowed ruleId } }
}`;

describe('whoMayAssign and mayAssignTo', { timeout: 60_000 }, () => {
  it('names who may give the Chiêm Hóa Front committee its yearly task, with the rule', async () => {
    const data = dataOf(await api.gql(who, { assignee: org('073-until-2025.frontCommittee'), taskKind: 'YEARLY', asOf: '2023-01-15' }));
    const answer = data.whoMayAssign;
    expect(answer.totalCount).toBe(3);
    expect(
      answer.edges.map((e: any) => [e.node.assigner.__typename, e.node.assigner.name ?? e.node.assigner.title, e.node.ruleId]),
    ).toEqual([
      ['Organization', 'Thường trực Huyện ủy Chiêm Hóa', 'nhiem-vu-hang-nam-cung-cap'],
      ['Post', 'Phó Bí thư', 'nhiem-vu-hang-nam-cung-cap'],
      ['Post', 'Bí thư', 'nhiem-vu-hang-nam-cung-cap'],
    ]);
    expect(answer.edges[0].node.ruleDescription).toContain('Thường trực cấp ủy giao nhiệm vụ cụ thể');
    expect(answer.edges[0].node.assignee).toMatchObject({
      __typename: 'Organization',
      name: 'Ủy ban Mặt trận Tổ quốc Việt Nam huyện Chiêm Hóa',
    });
  });

  it('pages through everyone the district standing members may give a breakthrough task to, each once, each allowed by checkAssignment', async () => {
    const variables = {
      assigner: org('073-until-2025.partyStandingMembers'),
      taskKind: 'BREAKTHROUGH',
      under: { code: '073' },
      asOf: '2023-01-15',
    };
    const edges: any[] = [];
    let after: string | null = null;
    let total = 0;
    do {
      const page: any = dataOf(await api.gql(may, { ...variables, first: 2, after })).mayAssignTo;
      edges.push(...page.edges);
      total = page.totalCount;
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(edges.length).toBe(total);
    expect(new Set(edges.map((e) => e.cursor)).size).toBe(total);
    const long = edges.find((e) => e.node.assignee.__typename === 'Person');
    expect(long.node).toMatchObject({
      assignee: { fullName: 'Triệu Đức Long' },
      viaPost: { title: 'Chủ tịch' },
      assigneeUnit: { fullName: 'Huyện Chiêm Hóa' },
    });
    for (const e of edges) {
      const request = { taskKind: 'BREAKTHROUGH', assigner: variables.assigner, assignee: e.node.assignee.id };
      const decision = dataOf(await api.gql(check, { asOf: '2023-01-15', request })).checkAssignment;
      expect(decision).toEqual({ allowed: true, ruleId: e.node.ruleId });
    }
  });

  it('needs a place for a rule that requires one', async () => {
    const base = {
      assigner: org('02287-until-2025.frontStandingBoard'),
      taskKind: 'PERIODIC_MEETING',
      under: { code: '02287' },
      asOf: '2023-08-01',
    };
    expect(dataOf(await api.gql(may, base)).mayAssignTo.totalCount).toBe(0);
    const placed = dataOf(await api.gql(may, { ...base, place: gid('Unit', 'unit_minh-hoa-tdp-2') })).mayAssignTo;
    expect(placed.edges.map((e: any) => e.node.assignee.fullName)).toContain('Cán bộ Minh Họa Vĩnh Lộc');
  });

  it('refuses an unknown party, a bad cursor and backward paging with extensions.code', async () => {
    const unknown = await api.gql(who, { assignee: gid('Person', 'person_khong-co'), taskKind: 'YEARLY' });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('PERSON.NOT_FOUND');
    const badCursor = await api.gql(who, { assignee: org('073-until-2025.frontCommittee'), taskKind: 'YEARLY', after: 'garbage' });
    expect(badCursor.errors?.[0]?.extensions?.code).toBe('PAGE.CURSOR_INVALID');
    const backward = await api.gql(
      `{ whoMayAssign(assignee: "${org('073-until-2025.frontCommittee')}", taskKind: YEARLY, last: 2) { totalCount } }`,
    );
    expect(backward.errors?.[0]?.extensions?.code).toBe('PAGE.BACKWARD_UNSUPPORTED');
  });
});
