import { VIETNAMESE_LETTERS } from '@mttq/core';
import { describe, expect, it } from 'vitest';
import { negotiateLang } from '../src/http/accept-language.js';
import { LIMITS } from '../src/limits/limits.js';
import { exampleApi, gid, SYNTHETIC_SOURCE, type Answer } from './api.js';

const org = (key: string) => gid('Organization', `org_${key}`);
/** The writers of these tests: Tỉnh Tuyên Quang as it was in 2023. */
const PROVINCE_2023 = { unitCode: '08', date: '2023-01-01' };

type Api = Awaited<ReturnType<typeof exampleApi>>;

/** A request with `Accept-Language` (none when `undefined`), with the test token; the answer and its Content-Language. */
async function ask(
  api: Api,
  acceptLanguage: string | undefined,
  query: string,
  variables?: Record<string, unknown>,
  token: string | null = api.token,
) {
  const response = await api.api.fetch('http://mttq.test/graphql', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/json',
      ...(acceptLanguage !== undefined && { 'accept-language': acceptLanguage }),
      ...(token && { authorization: `Bearer ${token}` }),
    },
    body: JSON.stringify({ query, variables }),
  });
  return { body: (await response.json()) as Answer, contentLanguage: response.headers.get('content-language') };
}

describe('Accept-Language', () => {
  it('asks for English with en, en-US or English weighted over Vietnamese, and Vietnamese otherwise', () => {
    for (const header of ['en', 'en-US', 'EN-gb', 'vi;q=0.5,en', 'fr, en;q=0.8', 'vi;q=0, en;q=0.1'])
      expect(negotiateLang(header), header).toBe('en');
    for (const header of [null, '', 'vi', 'vi-VN', 'fr-FR, de', '*', 'en;q=0', 'en;q=0.5, vi', 'vi, en', 'en;q=2', 'en;q=abc', 'english']) {
      expect(negotiateLang(header), String(header)).toBe('vi');
    }
  });
});

describe('messages in the language the request asks for', () => {
  const createPerson = `mutation ($source: ID!) { createPerson(fullName: "   ", source: $source) { ... on BaseError { code message } } }`;

  it('answers the same refused write in Vietnamese by default and in English on request, with the same code', async () => {
    const api = await exampleApi({ token: PROVINCE_2023 });
    const vi = await ask(api, undefined, createPerson, { source: SYNTHETIC_SOURCE });
    expect(vi.body.data?.createPerson).toEqual({ code: 'PERSON.EMPTY_NAME', message: 'Họ và tên không được để trống.' });
    expect(vi.contentLanguage).toBe('vi');
    expect((await ask(api, 'vi-VN, en;q=0.5', createPerson, { source: SYNTHETIC_SOURCE })).body.data?.createPerson.message).toBe(
      'Họ và tên không được để trống.',
    );

    const en = await ask(api, 'en-US,en;q=0.9', createPerson, { source: SYNTHETIC_SOURCE });
    expect(en.body.data?.createPerson).toEqual({ code: 'PERSON.EMPTY_NAME', message: 'The full name must not be empty.' });
    expect(en.contentLanguage).toBe('en');

    const noIssuer = `mutation ($source: ID!) { createDirective(input: { kind: PLAN, title: "X", source: $source }) { ... on BaseError { code message } } }`;
    const refused = (await ask(api, 'en', noIssuer, { source: SYNTHETIC_SOURCE })).body.data?.createDirective;
    expect(refused).toEqual({ code: 'DIRECTIVE.NO_ISSUER', message: 'A directive needs an issuer or at least one signing party.' });
  });

  it('explains a refused assignment rule by rule in English, the names as stored', async () => {
    const api = await exampleApi({ token: PROVINCE_2023 });
    const input = {
      task: gid('Task', api.ids.tasks.yearly),
      period: '2023',
      assigner: org('073-until-2025.partyStandingMembers'),
      assignee: org('08-until-2025.womensUnion'),
      assignedOn: '2023-01-20',
      source: SYNTHETIC_SOURCE,
    };
    const query = `mutation ($input: AssignTaskInput!) { assignTask(input: $input) {
      ... on RuleDeniedError { code message explanation trace { ruleId failedCondition reason } }
      ... on Assignment { id } } }`;
    const vi = (await ask(api, undefined, query, { input })).body.data?.assignTask;
    const en = (await ask(api, 'en', query, { input })).body.data?.assignTask;
    expect(en.code).toBe(vi.code);
    expect(vi.explanation.split('\n')[0]).toBe('Bị từ chối theo bộ quy tắc "de-an-02-tuyen-quang".');
    expect(en.explanation.split('\n')[0]).toBe('Refused under the rule pack "de-an-02-tuyen-quang".');
    const names = await namesIn(api, input);
    expect(en.message).toMatch(
      /^.+ may not assign the task ".+" to .+: no rule allows it\. See the explanation rule by rule in details\.decision\.trace\.$/,
    );
    expect(withoutNames(en.message, names)).not.toMatch(VIETNAMESE_LETTERS);
    expect(en.trace).toHaveLength(vi.trace.length);
    for (const [i, rule] of en.trace.entries()) {
      expect(rule.failedCondition).toBe(vi.trace[i].failedCondition);
      expect(rule.reason).toMatch(/^(The |Not considered)/);
      expect(rule.reason).not.toBe(vi.trace[i].reason);
    }
  });

  it('answers the rule check in English: the decision, its reasons and a precondition', async () => {
    const api = await exampleApi();
    const check = `query ($request: AssignmentRequestInput!, $asOf: Date) {
      checkAssignment(request: $request, asOf: $asOf) { ... on AssignmentDecision { allowed explanation preconditionFailures trace { reason } } } }`;
    const same = { taskKind: 'YEARLY', assigner: org('073-until-2025.frontCommittee'), assignee: org('073-until-2025.frontCommittee') };
    const decision = (await ask(api, 'en', check, { asOf: '2023-01-15', request: same })).body.data?.checkAssignment;
    expect(decision.allowed).toBe(false);
    expect(decision.preconditionFailures).toEqual([
      expect.stringMatching(/^The assigner and the assignee are the same \(.+\): nobody can assign a task to itself\.$/),
    ]);
    expect(decision.explanation.split('\n').slice(0, 2)).toEqual([
      expect.stringMatching(/^Refused under the rule pack/),
      `! ${decision.preconditionFailures[0]}`,
    ]);
    for (const rule of decision.trace) expect(rule.reason).toMatch(/^Not considered: The assigner and the assignee are the same/);
  });

  it('answers GraphQL errors coded in extensions in English: a page too large, a missing token, a bad cursor', async () => {
    const api = await exampleApi();
    const page = `{ units(level: PROVINCE, first: ${LIMITS.maxPageSize + 1}) { totalCount } }`;
    const [vi] = (await ask(api, undefined, page)).body.errors ?? [];
    const [en] = (await ask(api, 'en', page)).body.errors ?? [];
    expect(vi).toMatchObject({ extensions: { code: 'PAGE.SIZE_TOO_LARGE', max: LIMITS.maxPageSize } });
    expect(en).toMatchObject({ extensions: vi!.extensions, locations: (vi as { locations?: unknown }).locations });
    expect(vi!.message).toBe(
      `Trang tối đa ${LIMITS.maxPageSize} dòng: units(first: ${LIMITS.maxPageSize + 1}) bị từ chối. Hãy đọc tiếp bằng after và pageInfo.endCursor.`,
    );
    expect(en!.message).toBe(
      `A page has at most ${LIMITS.maxPageSize} rows: units(first: ${LIMITS.maxPageSize + 1}) is refused. Read on with after and pageInfo.endCursor.`,
    );

    const complex = `query ($n: Int) { units(level: PROVINCE, first: $n) { edges { node { children(first: $n) { edges { node { children(first: $n) { edges { node { fullName } } } } } } } } } }`;
    const [tooComplex] = (await ask(api, 'en', complex, { n: 100 })).body.errors ?? [];
    expect(tooComplex?.extensions?.code).toBe('QUERY.TOO_COMPLEX');
    expect(tooComplex?.message).toMatch(/^The query is too large: its complexity \d+ exceeds 50000/);

    const write = `mutation ($source: ID!) { createPerson(fullName: "A", source: $source) { ... on BaseError { code message } } }`;
    const anonymous = (await ask(api, 'en', write, { source: SYNTHETIC_SOURCE }, null)).body.data?.createPerson;
    expect(anonymous).toEqual({ code: 'AUTH.TOKEN_REQUIRED', message: 'Writing needs an access token (Authorization: Bearer …).' });

    const cursor = `{ assignments(under: { code: "08" }, asOf: "2023-01-31", first: 2, after: "not-a-cursor") { totalCount } }`;
    const [bad] = (await ask(api, 'en', cursor)).body.errors ?? [];
    expect(bad?.extensions?.code).toMatch(/^PAGE\./);
    expect(bad?.message).not.toMatch(VIETNAMESE_LETTERS);
  });

  it('refuses a body too large in the language asked for, saying which', async () => {
    const api = await exampleApi({ maxBodyBytes: 200 });
    const response = await api.api.fetch('http://mttq.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': 'en' },
      body: JSON.stringify({ query: `{ rulePack { id } }`, variables: { padding: 'x'.repeat(500) } }),
    });
    expect(response.status).toBe(413);
    expect(response.headers.get('content-language')).toBe('en');
    expect(await response.json()).toEqual({
      errors: [{ message: 'The request is too large: at most 200 bytes.', extensions: { code: 'REQUEST.BODY_TOO_LARGE', max: 200 } }],
    });
  });
});

/** The stored names a refusal of `input` names: the two parties and the task. */
async function namesIn(api: Api, input: { assigner: string; assignee: string; task: string }): Promise<string[]> {
  const answer = await ask(
    api,
    undefined,
    `query ($a: ID!, $b: ID!, $t: ID!) {
    a: node(id: $a) { ... on Organization { name } } b: node(id: $b) { ... on Organization { name } } t: node(id: $t) { ... on Task { title } } }`,
    {
      a: input.assigner,
      b: input.assignee,
      t: input.task,
    },
  );
  const data = answer.body.data as { a: { name: string }; b: { name: string }; t: { title: string } };
  return [data.a.name, data.b.name, data.t.title];
}

const withoutNames = (text: string, names: readonly string[]) => names.reduce((t, name) => t.split(name).join(''), text);
