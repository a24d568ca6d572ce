import { describe, expect, it } from 'vitest';
import { dataOf, exampleApi, gid, SYNTHETIC_SOURCE } from './api.js';

const org = (key: string) => gid('Organization', `org_${key}`);
const post = (key: string) => gid('Post', `post_${key}`);
/** The writers of these tests: Tỉnh Tuyên Quang as it was in 2023, whose subtree holds every write below. */
const PROVINCE_2023 = { unitCode: '08', date: '2023-01-01' };

describe('holdings', () => {
  it('records a new person holding a post, and refuses a second Chair with the holders named', async () => {
    const api = await exampleApi({ token: PROVINCE_2023 });
    const person = dataOf(
      await api.gql(
        `mutation ($source: ID!) { createPerson(fullName: "  Người   Minh Họa ", source: $source) { __typename ... on Person { id fullName } } }`,
        { source: SYNTHETIC_SOURCE },
      ),
    ).createPerson;
    expect(person).toMatchObject({ __typename: 'Person', fullName: 'Người Minh Họa' });

    const assign = `mutation ($input: AssignHoldingInput!) { assignHolding(input: $input) {
      __typename
      ... on Holding { id post { title } person { fullName } }
      ... on SeatTakenError { code message seats holders { fullName validity { text } person { fullName } } }
      ... on BaseError { code message }
    } }`;
    const taken = dataOf(
      await api.gql(assign, {
        input: {
          person: person.id,
          post: post('073-until-2025.frontCommittee.chair'),
          validFrom: '2023-01-01',
          validTo: '2024-01-01',
          source: SYNTHETIC_SOURCE,
        },
      }),
    ).assignHolding;
    expect(taken).toMatchObject({
      __typename: 'SeatTakenError',
      code: 'HOLDING.SEAT_TAKEN',
      seats: 1,
      holders: [{ fullName: 'Triệu Đức Long', person: { fullName: 'Triệu Đức Long' } }],
    });
    expect(taken.message).toContain('không thể giao cho Người Minh Họa [2023-01-01, 2024-01-01)');

    const vice = dataOf(
      await api.gql(assign, {
        input: {
          person: person.id,
          post: post('073-until-2025.frontCommittee.viceChair'),
          validFrom: '2023-01-01',
          validTo: '2025-07-01',
          source: SYNTHETIC_SOURCE,
        },
      }),
    ).assignHolding;
    expect(vice).toMatchObject({ __typename: 'Holding', post: { title: 'Phó Chủ tịch' }, person: { fullName: 'Người Minh Họa' } });

    const ended = dataOf(
      await api.gql(
        `mutation ($input: EndHoldingInput!) { endHolding(input: $input) { __typename ... on Holding { validity { text } } ... on BaseError { code } } }`,
        {
          input: { holding: vice.id, on: '2024-01-01' },
        },
      ),
    ).endHolding;
    expect(ended).toEqual({ __typename: 'Holding', validity: { text: '[2023-01-01, 2024-01-01)' } });
  });

  it('refuses an empty name and an unknown source as typed errors', async () => {
    const api = await exampleApi({ token: PROVINCE_2023 });
    const empty = dataOf(
      await api.gql(`mutation ($source: ID!) { createPerson(fullName: "   ", source: $source) { ... on BaseError { code message } } }`, {
        source: SYNTHETIC_SOURCE,
      }),
    );
    expect(empty.createPerson).toEqual({ code: 'PERSON.EMPTY_NAME', message: 'Họ và tên không được để trống.' });
    const source = gid('Source', 'src_khong-co');
    const unknown = dataOf(
      await api.gql(
        `mutation ($source: ID!) { createPerson(fullName: "A", source: $source) { __typename ... on NotFoundError { code id } } }`,
        { source },
      ),
    );
    expect(unknown.createPerson).toEqual({ __typename: 'NotFoundError', code: 'SOURCE.NOT_FOUND', id: 'src_khong-co' });
  });
});

describe('directives, tasks and assignments', () => {
  it('records a directive, a task and an assignment, then its registration, progress and completion', async () => {
    const api = await exampleApi({ token: PROVINCE_2023 });
    const source = dataOf(
      await api.gql(`mutation { createSource(input: { kind: SYNTHETIC, title: "Ví dụ kiểm thử API" }) { ... on Source { id kind } } }`),
    ).createSource;
    expect(source.kind).toBe('SYNTHETIC');

    const directive = dataOf(
      await api.gql(
        `mutation ($input: CreateDirectiveInput!) { createDirective(input: $input) { __typename ... on Directive { id symbol { raw } parties { role } } } }`,
        {
          input: {
            kind: 'PLAN',
            symbol: '15-KH/HU',
            title: 'Kế hoạch minh họa năm 2023',
            issuedOn: '2023-01-05',
            validTo: '2024-01-01',
            issuers: [org('073-until-2025.partyStandingCommittee')],
            source: source.id,
          },
        },
      ),
    ).createDirective;
    expect(directive).toMatchObject({ __typename: 'Directive', symbol: { raw: '15-KH/HU' }, parties: [{ role: 'ISSUER' }] });

    const task = dataOf(
      await api.gql(
        `mutation ($input: CreateTaskInput!) { createTask(input: $input) { ... on Task { id kind recurrence validity { text } } } }`,
        {
          input: { directive: directive.id, kind: 'BREAKTHROUGH', title: 'Việc đột phá minh họa', recurrence: 'ONCE', source: source.id },
        },
      ),
    ).createTask;
    expect(task.validity.text).toBe('[2023-01-05, 2024-01-01)');

    const assignment = dataOf(
      await api.gql(
        `mutation ($input: AssignTaskInput!) { assignTask(input: $input) { __typename ... on Assignment { id ruleId status responsible { path person { fullName } } } ... on BaseError { code message } } }`,
        {
          input: {
            task: task.id,
            assigner: org('073-until-2025.partyStandingMembers'),
            assignee: gid('Person', api.ids.people.trieuDucLong),
            assignedOn: '2023-02-01',
            dueOn: '2023-11-30',
            source: source.id,
          },
        },
      ),
    ).assignTask;
    expect(assignment).toMatchObject({
      __typename: 'Assignment',
      ruleId: 'viec-dot-pha-cho-nguoi-dung-dau',
      status: 'ASSIGNED',
      responsible: [{ path: 'DIRECT', person: { fullName: 'Triệu Đức Long' } }],
    });

    const registered = dataOf(
      await api.gql(
        `mutation ($input: RegisterAssignmentInput!) { registerAssignment(input: $input) { ... on AssignmentEvent { status note assignment { status } } } }`,
        {
          input: { assignment: assignment.id, on: '2023-02-05', content: 'Đưa cán bộ về khu dân cư mỗi tháng', source: source.id },
        },
      ),
    ).registerAssignment;
    expect(registered).toEqual({ status: 'REGISTERED', note: 'Đưa cán bộ về khu dân cư mỗi tháng', assignment: { status: 'REGISTERED' } });

    const progress = dataOf(
      await api.gql(
        `mutation ($input: ReportProgressInput!) { reportProgress(input: $input) { ... on ProgressReport { percent text } } }`,
        {
          input: { assignment: assignment.id, on: '2023-06-30', text: 'Đã làm được một nửa', percent: 50, source: source.id },
        },
      ),
    ).reportProgress;
    expect(progress).toEqual({ percent: 50, text: 'Đã làm được một nửa' });

    const change = `mutation ($input: ChangeAssignmentStatusInput!) { changeAssignmentStatus(input: $input) { __typename ... on AssignmentEvent { status } ... on BaseError { code message } } }`;
    const skipped = dataOf(
      await api.gql(change, { input: { assignment: assignment.id, status: 'DONE', on: '2023-07-01', source: source.id } }),
    ).changeAssignmentStatus;
    expect(skipped).toMatchObject({ __typename: 'DomainError', code: 'ASSIGNMENT.TRANSITION_NOT_ALLOWED' });
    expect(skipped.message).toContain('"Đã đăng ký thực hiện"');
    for (const status of ['IN_PROGRESS', 'DONE']) {
      expect(
        dataOf(await api.gql(change, { input: { assignment: assignment.id, status, on: '2023-07-01', source: source.id } }))
          .changeAssignmentStatus,
      ).toEqual({ __typename: 'AssignmentEvent', status });
    }

    const history = dataOf(
      await api.gql(
        `query ($id: ID!) { assignment(id: $id, asOf: "2023-03-01") { status latestStatus overdue events { edges { node { status on } } } progressReports { totalCount } } }`,
        { id: assignment.id },
      ),
    ).assignment;
    expect(history).toMatchObject({ status: 'REGISTERED', latestStatus: 'DONE', overdue: false, progressReports: { totalCount: 1 } });
    expect(history.events.edges.map((e: any) => e.node.status)).toEqual(['ASSIGNED', 'REGISTERED', 'IN_PROGRESS', 'DONE']);
  });

  it('refuses an assignment no rule allows, with the explanation and the per-rule trace, and writes nothing', async () => {
    const api = await exampleApi({ token: PROVINCE_2023 });
    const input = {
      task: gid('Task', api.ids.tasks.yearly),
      period: '2023',
      assigner: org('073-until-2025.partyStandingMembers'),
      assignee: org('08-until-2025.womensUnion'),
      assignedOn: '2023-01-20',
      source: SYNTHETIC_SOURCE,
    };
    const denied = dataOf(
      await api.gql(
        `mutation ($input: AssignTaskInput!) { assignTask(input: $input) { __typename ... on RuleDeniedError { code message packId explanation trace { ruleId failedCondition reason } } } }`,
        { input },
      ),
    ).assignTask;
    expect(denied).toMatchObject({ __typename: 'RuleDeniedError', code: 'ASSIGNMENT.RULE_DENIED', packId: 'de-an-02-tuyen-quang' });
    expect(denied.trace.find((r: any) => r.ruleId === 'nhiem-vu-hang-nam-cung-cap')).toMatchObject({ failedCondition: 'RELATION' });
    expect(denied.explanation.split('\n')[0]).toBe('Bị từ chối theo bộ quy tắc "de-an-02-tuyen-quang".');
    const after = dataOf(
      await api.gql(
        `{ assignments(under: { code: "08" }, asOf: "2023-01-31", filter: { period: "2023", taskKind: YEARLY }) { totalCount } }`,
      ),
    );
    expect(after.assignments.totalCount).toBe(13);
  });

  it('refuses a directive without issuer as a typed DomainError', async () => {
    const api = await exampleApi({ token: PROVINCE_2023 });
    const data = dataOf(
      await api.gql(
        `mutation ($source: ID!) { createDirective(input: { kind: PLAN, title: "Không có nơi ban hành", source: $source }) { __typename ... on BaseError { code } } }`,
        {
          source: SYNTHETIC_SOURCE,
        },
      ),
    );
    expect(data.createDirective).toEqual({ __typename: 'DomainError', code: 'DIRECTIVE.NO_ISSUER' });
  });

  it('masks an unexpected failure: the store is gone, the client learns nothing of it', async () => {
    const api = await exampleApi();
    await api.store.close();
    const answer = await api.gql(`{ searchPeople(query: "long") { totalCount } }`);
    expect(answer.errors?.[0]?.message).toBe('Unexpected error.');
    expect(JSON.stringify(answer)).not.toMatch(/driver|destroy|sqlite|kysely/i);
  });
});
