import { beforeAll, describe, expect, it } from 'vitest';
import { dataOf, exampleApi, gid } from './api.js';

let api: Awaited<ReturnType<typeof exampleApi>>;
beforeAll(async () => {
  api = await exampleApi();
});

const org = (key: string) => gid('Organization', `org_${key}`);

describe('directives and tasks', () => {
  it('finds Project 02 by its symbol as written, with its issuer and tasks', async () => {
    const data = dataOf(
      await api.gql(
        `{ directivesBySymbol(symbol: "Số 02-ĐA/TU") { kindLabel symbol { number typeAbbreviation issuerAbbreviation } issuedOn parties { role organization { name } } tasks { totalCount edges { node { kind recurrence } } } } }`,
      ),
    );
    expect(data.directivesBySymbol).toHaveLength(1);
    const [project] = data.directivesBySymbol;
    expect(project.kindLabel).toBe('Đề án');
    expect(project.symbol).toEqual({ number: '02', typeAbbreviation: 'ĐA', issuerAbbreviation: 'TU' });
    expect(project.issuedOn).toBe('2021-05-23');
    expect(project.parties).toEqual([{ role: 'ISSUER', organization: { name: 'Ban Thường vụ Tỉnh ủy Tuyên Quang' } }]);
    expect(project.tasks.totalCount).toBe(4);
  });

  it('gives a task’s periods up to the date', async () => {
    const id = gid('Task', api.ids.tasks.quarterlyReview);
    const data = dataOf(await api.gql(`query ($id: ID!) { task(id: $id, asOf: "2022-01-01") { title periods { key label } } }`, { id }));
    expect(data.task.periods.map((p: any) => p.label)).toEqual(['Quý II/2021', 'Quý III/2021', 'Quý IV/2021']);
  });
});

describe('assignments with filters', () => {
  it('lists everything assigned under Chiêm Hóa in stable pages, complete and without repeats', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    do {
      const page: any = dataOf(
        await api.gql(
          `query ($after: String) { assignments(under: { code: "073" }, asOf: "2023-06-01", first: 4, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } } }`,
          { after },
        ),
      ).assignments;
      total = page.totalCount;
      seen.push(...page.edges.map((e: any) => e.node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(total).toBe(13);
    expect(new Set(seen).size).toBe(13);
  });

  it('filters by directive, status on the date, period and task kind', async () => {
    const directive = gid('Directive', api.ids.directives.project02);
    const data = dataOf(
      await api.gql(
        `query ($directive: ID!) {
        done: assignments(under: { code: "073" }, asOf: "2024-01-01", filter: { directive: $directive, status: DONE, period: "2023" }) { totalCount }
        breakthrough: assignments(under: { code: "073" }, asOf: "2023-06-01", filter: { taskKind: BREAKTHROUGH }) { totalCount edges { node { assignee { ... on Post { title organization { name } } } status } } }
      }`,
        { directive },
      ),
    );
    expect(data.done.totalCount).toBe(10);
    expect(data.breakthrough.edges.map((e: any) => [e.node.assignee.organization.name, e.node.status])).toEqual([
      ['Ủy ban Mặt trận Tổ quốc Việt Nam huyện Chiêm Hóa', 'IN_PROGRESS'],
      ['Ủy ban Mặt trận Tổ quốc Việt Nam thị trấn Vĩnh Lộc', 'IN_PROGRESS'],
    ]);
  });

  it('filters by assignee, alone or within a subtree', async () => {
    const front = org('073-until-2025.frontCommittee');
    const data = dataOf(
      await api.gql(
        `query ($front: ID!) {
        alone: assignments(asOf: "2023-10-01", filter: { assignee: $front }) { totalCount edges { node { task { kind } assignee { ... on Organization { name } } } } }
        elsewhere: assignments(under: { code: "02287" }, asOf: "2023-06-01", filter: { assignee: $front }) { totalCount }
      }`,
        { front },
      ),
    );
    expect(data.alone.edges.map((e: any) => e.node.task.kind)).toEqual(['COORDINATION', 'YEARLY', 'REVIEW_MEETING']);
    expect(data.elsewhere.totalCount).toBe(0);
  });

  it('refuses a listing with neither unit nor assignee, and a bad cursor, with stable codes', async () => {
    const none = await api.gql(`{ assignments(asOf: "2023-06-01") { totalCount } }`);
    expect(none.errors?.[0]?.extensions?.code).toBe('ASSIGNMENT.FILTER_INCOMPLETE');
    const cursor = await api.gql(`{ assignments(under: { code: "073" }, asOf: "2023-06-01", after: "rac") { totalCount } }`);
    expect(cursor.errors?.[0]?.extensions?.code).toBe('PAGE.CURSOR_INVALID');
    const unknown = await api.gql(`{ assignments(under: { code: "999" }, asOf: "2023-06-01") { totalCount } }`);
    expect(unknown.errors?.[0]).toMatchObject({
      message: 'Không có đơn vị nào mang mã 999 vào ngày 2023-06-01.',
      extensions: { code: 'UNIT.CODE_UNKNOWN' },
    });
  });
});

describe('who is assigned which task', () => {
  it('gives Triệu Đức Long his tasks with the path: through the chair post, and as head of the committee', async () => {
    const person = gid('Person', api.ids.people.trieuDucLong);
    const data = dataOf(
      await api.gql(
        `query ($person: ID!) { tasksOfPerson(person: $person, asOf: "2023-06-01") { totalCount edges { node { assignment { task { kind } } paths { path holding { post { title } } } } } } }`,
        { person },
      ),
    );
    const byKind = data.tasksOfPerson.edges.map((e: any) => [
      e.node.assignment.task.kind,
      e.node.paths.map((p: any) => `${p.path}:${p.holding.post.title}`),
    ]);
    expect(byKind).toContainEqual(['BREAKTHROUGH', ['POST:Chủ tịch']]);
    expect(byKind).toContainEqual(['YEARLY', ['HEAD_OF:Chủ tịch']]);
  });

  it('resolves the breakthrough task down to the people responsible, and nobody for an empty post', async () => {
    const task = gid('Task', api.ids.tasks.breakthrough);
    const data = dataOf(
      await api.gql(
        `query ($task: ID!) { responsibleFor(task: $task, asOf: "2023-06-01") { edges { node { assignment { assignee { ... on Post { organization { name } } } } people { path person { fullName } } } } } }`,
        { task },
      ),
    );
    const byOrganization = new Map(
      data.responsibleFor.edges.map((e: any) => [
        e.node.assignment.assignee.organization.name,
        e.node.people.map((p: any) => `${p.person.fullName} (${p.path})`),
      ]),
    );
    expect(byOrganization.get('Ủy ban Mặt trận Tổ quốc Việt Nam huyện Chiêm Hóa')).toEqual(['Triệu Đức Long (POST)']);
    expect(byOrganization.get('Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Tuyên Quang')).toEqual([]);
  });

  it('lists overdue work by unit: the district Women’s Union’s 2024 yearly task from 2024-07-01', async () => {
    const query = `query ($asOf: Date!) { overdueByUnit(under: { code: "08" }, asOf: $asOf) { totalCount edges { node { unit { fullName } assignments { edges { node { dueOn status overdue assignee { ... on Organization { name } } } } } } } } }`;
    expect(dataOf(await api.gql(query, { asOf: '2024-06-30' })).overdueByUnit.totalCount).toBe(0);
    const data = dataOf(await api.gql(query, { asOf: '2024-07-01' }));
    expect(data.overdueByUnit.edges).toEqual([
      {
        node: {
          unit: { fullName: 'Huyện Chiêm Hóa' },
          assignments: {
            edges: [
              {
                node: {
                  dueOn: '2024-06-30',
                  status: 'IN_PROGRESS',
                  overdue: true,
                  assignee: { name: 'Hội Liên hiệp Phụ nữ huyện Chiêm Hóa' },
                },
              },
            ],
          },
        },
      },
    ]);
  });
});

describe('rule check and explanation', () => {
  const check = `query ($request: AssignmentRequestInput!, $asOf: Date) {
    checkAssignment(request: $request, asOf: $asOf) {
      __typename
      ... on AssignmentDecision { allowed ruleId explanation trace { ruleId allowed failedCondition reason } assigneeUnit { fullName } }
      ... on BaseError { code message }
    }
  }`;

  it('allows the district standing members to give the district Front its yearly task, naming the rule', async () => {
    const data = dataOf(
      await api.gql(check, {
        asOf: '2023-01-15',
        request: {
          taskKind: 'YEARLY',
          assigner: org('073-until-2025.partyStandingMembers'),
          assignee: org('073-until-2025.frontCommittee'),
        },
      }),
    );
    expect(data.checkAssignment).toMatchObject({
      __typename: 'AssignmentDecision',
      allowed: true,
      ruleId: 'nhiem-vu-hang-nam-cung-cap',
      assigneeUnit: { fullName: 'Huyện Chiêm Hóa' },
    });
  });

  it('refuses a yearly task to the provincial Front from the district, explaining every rule', async () => {
    const data = dataOf(
      await api.gql(check, {
        asOf: '2023-01-15',
        request: {
          taskKind: 'YEARLY',
          assigner: org('073-until-2025.partyStandingMembers'),
          assignee: org('08-until-2025.frontCommittee'),
        },
      }),
    );
    const decision = data.checkAssignment;
    expect(decision.allowed).toBe(false);
    expect(decision.trace.find((r: any) => r.ruleId === 'nhiem-vu-hang-nam-cung-cap')).toMatchObject({
      allowed: false,
      failedCondition: 'RELATION',
    });
    expect(decision.explanation).toContain('Bị từ chối theo bộ quy tắc');
    expect(decision.trace).toHaveLength(dataOf(await api.gql('{ rulePack { rules { id } } }')).rulePack.rules.length);
  });

  it('returns an unknown assigner as a typed NotFoundError', async () => {
    const data = dataOf(
      await api.gql(check, { request: { taskKind: 'YEARLY', assigner: org('khong-co'), assignee: org('073-until-2025.frontCommittee') } }),
    );
    expect(data.checkAssignment).toMatchObject({ __typename: 'NotFoundError', code: 'ORGANIZATION.NOT_FOUND' });
  });
});
