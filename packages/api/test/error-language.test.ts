// One language policy for the API's errors: every refusal a client can meet — GraphQL errors, typed error
// results, refusals on the SSE stream — is Vietnamese by default and English on `Accept-Language: en`, never half
// and half, with the same `extensions.code` in both and `Content-Language` saying which.
import { changeCursor, VIETNAMESE_LETTERS } from '@mttq/core';
import { testDialect } from '@mttq/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi } from '../src/api.js';
import { createChangeHub, type ChangeHub } from '../src/changes/change-hub.js';
import { exampleApi, gid, SYNTHETIC_SOURCE, TODAY } from './api.js';

type Api = Awaited<ReturnType<typeof exampleApi>>;

/** One refusal as a client meets it: its code, its message, and where it came (a GraphQL error or a typed result). */
interface Refusal {
  readonly code: unknown;
  readonly message: string;
}

/** A bad request, the code it must be refused with, and the values it supplies (names may keep their letters). */
interface BadRequest {
  readonly name: string;
  readonly code: string;
  readonly query: string;
  readonly variables?: Record<string, unknown> | ((api: Api) => Record<string, unknown>);
  /** `null`: no token; default: the writer's token of the test. */
  readonly token?: 'none' | 'writer';
  /** A typed error result at this field of `data`, rather than a GraphQL error. */
  readonly typed?: string;
  /** Text the request supplied, or the stored names of the records it names, quoted back in the message. */
  readonly supplied?: readonly string[];
}

const PROVINCE_2023 = { unitCode: '08', date: '2023-01-01' };
const org = (key: string) => gid('Organization', `org_${key}`);

const BAD_REQUESTS: readonly BadRequest[] = [
  {
    name: 'a malformed cursor on a connection paged in memory',
    code: 'PAGE.CURSOR_INVALID',
    query: '{ searchDirectives(query: "02-DA/TU", first: 1) { edges { node { tasks(after: "not a cursor!") { totalCount } } } } }',
  },
  {
    name: 'a malformed cursor on a connection paged in SQL',
    code: 'PAGE.CURSOR_INVALID',
    query: '{ assignments(under: { code: "073" }, asOf: "2023-06-01", after: "rac") { totalCount } }',
  },
  {
    name: 'an impossible date written in the query',
    code: 'DATE.INVALID',
    query: '{ units(level: PROVINCE, asOf: "2025-02-30") { totalCount } }',
  },
  {
    name: 'an impossible date in a variable (graphql-js quotes the scalar’s refusal)',
    code: 'DATE.INVALID',
    query: 'query ($on: Date) { units(level: PROVINCE, asOf: $on) { totalCount } }',
    variables: { on: '2025-02-30' },
  },
  {
    name: 'a person’s global id where a unit’s is wanted',
    code: 'ID.WRONG_TYPE',
    query: 'query ($id: ID!) { unit(id: $id) { name } }',
    variables: { id: gid('Person', 'person_x') },
  },
  {
    name: 'a unit’s global id around an organization’s inner id',
    code: 'ID.WRONG_TYPE',
    query: 'query ($id: ID!) { unit(id: $id) { name } }',
    variables: { id: gid('Unit', 'org_x') },
  },
  {
    name: 'a string that is no global id',
    code: 'ID.MALFORMED',
    query: 'query ($id: ID!) { person(id: $id) { fullName } }',
    variables: { id: 'zzz' },
  },
  {
    name: 'a UnitRef with both id and code',
    code: 'UNIT_REF.INVALID',
    query: 'query ($id: ID) { assignments(under: { id: $id, code: "073" }, asOf: "2023-06-01") { totalCount } }',
    variables: { id: gid('Unit', 'unit_073-until-2025') },
  },
  {
    name: 'a UnitRef naming no unit by id',
    code: 'UNIT.NOT_FOUND',
    query: 'query ($id: ID) { assignments(under: { id: $id }, asOf: "2023-06-01") { totalCount } }',
    variables: { id: gid('Unit', 'unit_khong-co') },
  },
  {
    name: 'a UnitRef naming no unit by code',
    code: 'UNIT.CODE_UNKNOWN',
    query: '{ assignments(under: { code: "999" }, asOf: "2023-06-01") { totalCount } }',
  },
  {
    name: 'an assignment listing with neither unit nor assignee',
    code: 'ASSIGNMENT.FILTER_INCOMPLETE',
    query: '{ assignments(asOf: "2023-06-01") { totalCount } }',
  },
  {
    name: 'backward paging of a list paged forward only',
    code: 'PAGE.BACKWARD_UNSUPPORTED',
    query: '{ assignments(under: { code: "073" }, asOf: "2023-06-01", last: 2) { totalCount } }',
  },
  { name: 'backward paging of the audit log', code: 'PAGE.BACKWARD_UNSUPPORTED', query: '{ auditLog(last: 2) { totalCount } }' },
  {
    name: 'the log of the admin tokens read with a token that is not an admin’s',
    code: 'AUTH.ADMIN_REQUIRED',
    query: '{ auditLog(actor: "admin:tokens", first: 10) { totalCount } }',
    supplied: ['admin:tokens'],
  },
  {
    name: 'counting below a unit on a date it no longer exists',
    code: 'UNIT.NOT_IN_FORCE',
    query: 'query ($old: ID) { unitCounts(asOf: "2025-07-01", within: $old) { asOf } }',
    variables: { old: gid('Unit', 'unit_08-until-2025') },
    supplied: ['Tỉnh Tuyên Quang'],
  },
  {
    name: 'a Popolo export under a code no unit has',
    code: 'UNIT.CODE_UNKNOWN',
    query: '{ popolo(under: { code: "999" }, asOf: "2026-01-01") }',
  },
  {
    name: 'a write without a token',
    code: 'AUTH.TOKEN_REQUIRED',
    query: 'mutation ($source: ID!) { createPerson(fullName: "Nguyen Van A", source: $source) { ... on BaseError { code message } } }',
    variables: { source: SYNTHETIC_SOURCE },
    token: 'none',
    typed: 'createPerson',
  },
  {
    name: 'a refused write, as a typed error result',
    code: 'PERSON.EMPTY_NAME',
    query: 'mutation ($source: ID!) { createPerson(fullName: "   ", source: $source) { ... on BaseError { code message } } }',
    variables: { source: SYNTHETIC_SOURCE },
    typed: 'createPerson',
  },
  {
    name: 'an assignment the rule pack refuses, as a typed error result',
    code: 'ASSIGNMENT.RULE_DENIED',
    query: 'mutation ($input: AssignTaskInput!) { assignTask(input: $input) { ... on BaseError { code message } } }',
    variables: (api) => ({
      input: {
        task: gid('Task', api.ids.tasks.yearly),
        period: '2023',
        assigner: org('073-until-2025.partyStandingMembers'),
        assignee: org('08-until-2025.womensUnion'),
        assignedOn: '2023-01-20',
        source: SYNTHETIC_SOURCE,
      },
    }),
    typed: 'assignTask',
    // The records the request names by id, named as stored.
    supplied: [
      'Thường trực Huyện ủy Chiêm Hóa',
      'Nhiệm vụ cụ thể hằng năm của MTTQ và các tổ chức chính trị - xã hội',
      'Hội Liên hiệp Phụ nữ tỉnh Tuyên Quang',
    ],
  },
];

/** The refusals of an answer: its GraphQL errors, or the typed error result at `typed`. */
function refusalsOf(body: any, typed: string | undefined): Refusal[] {
  if (typed) return body.data?.[typed] ? [{ code: body.data[typed].code, message: body.data[typed].message }] : [];
  return (body.errors ?? []).map((e: any) => ({ code: e.extensions?.code, message: e.message }));
}

/** English: no Vietnamese letter once the text the request supplied (names, values) is taken out. */
function expectEnglish(message: string, supplied: readonly string[]): void {
  const rest = supplied.reduce((text, s) => text.replaceAll(s, ''), message);
  expect(rest, message).not.toMatch(VIETNAMESE_LETTERS);
}

describe(`every refusal of the API in the language asked for, on ${testDialect()}`, { timeout: 120_000 }, () => {
  let api: Api;
  beforeAll(async () => {
    api = await exampleApi({ token: PROVINCE_2023 });
  }, 120_000);

  async function ask(request: BadRequest, acceptLanguage: string | undefined) {
    const variables = typeof request.variables === 'function' ? request.variables(api) : (request.variables ?? {});
    const response = await api.api.fetch('http://mttq.test/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json',
        ...(acceptLanguage && { 'accept-language': acceptLanguage }),
        ...(request.token !== 'none' && api.token && { authorization: `Bearer ${api.token}` }),
      },
      body: JSON.stringify({ query: request.query, variables }),
    });
    return { refusals: refusalsOf(await response.json(), request.typed), contentLanguage: response.headers.get('content-language') };
  }

  for (const request of BAD_REQUESTS) {
    it(`${request.name}: ${request.code}`, async () => {
      const vi = await ask(request, undefined);
      const en = await ask(request, 'en');
      expect(vi.refusals.map((r) => r.code)).toEqual([request.code]);
      expect(en.refusals.map((r) => r.code)).toEqual([request.code]);
      expect([vi.contentLanguage, en.contentLanguage]).toEqual(['vi', 'en']);
      const [said, saidEn] = [vi.refusals[0]!.message, en.refusals[0]!.message];
      expect(said).toMatch(VIETNAMESE_LETTERS);
      expectEnglish(saidEn, request.supplied ?? []);
      expect(saidEn).not.toBe(said);
    });
  }

  it('keeps graphql-js’s words around a scalar’s refusal it quotes, the refusal itself in English', async () => {
    const { refusals } = await ask(
      BAD_REQUESTS.find((r) => r.name.startsWith('an impossible date in a variable'))!,
      'en',
    );
    expect(refusals[0]!.message).toBe(
      'Variable "$on" got invalid value "2025-02-30"; Not a valid date: "2025-02-30". A real date is needed, as YYYY-MM-DD (for example 2023-06-01).',
    );
  });

  it('asks for English with en-US too, and answers Vietnamese to a language it does not speak', async () => {
    const request = BAD_REQUESTS[0]!;
    expect((await ask(request, 'en-US,en;q=0.9')).refusals[0]!.message).toBe((await ask(request, 'en')).refusals[0]!.message);
    expect((await ask(request, 'fr-FR')).refusals[0]!.message).toBe((await ask(request, undefined)).refusals[0]!.message);
  });
});

const CHANGES = 'subscription ($after: String, $kinds: [String!]) { changes(after: $after, kinds: $kinds) { cursor } }';

/** A `changes` subscription over Server-Sent Events (no port: `yoga.fetch`), open once its headers have come. */
async function openStream(api: ReturnType<typeof createApi>, query: string, variables: Record<string, unknown>, acceptLanguage?: string) {
  const abort = new AbortController();
  const response = await api.fetch('http://mttq.test/graphql', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'text/event-stream',
      ...(acceptLanguage && { 'accept-language': acceptLanguage }),
    },
    body: JSON.stringify({ query, variables }),
    signal: abort.signal,
  });
  expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  return {
    contentLanguage: response.headers.get('content-language'),
    /** The data of the next `next` event. */
    async next(): Promise<any> {
      for (;;) {
        const match = /^event: next\ndata: (.*)\n\n/m.exec(buffer);
        if (match) {
          buffer = buffer.slice(match.index + match[0].length);
          return JSON.parse(match[1]!);
        }
        const { value, done } = await reader.read();
        if (done) throw new Error(`the stream ended without an event: ${buffer}`);
        buffer += decoder.decode(value, { stream: true });
      }
    },
    close: () => abort.abort(),
  };
}

/** The first event of a `changes` subscription, and the stream's Content-Language. */
async function firstEvent(api: ReturnType<typeof createApi>, variables: Record<string, unknown>, acceptLanguage?: string) {
  const stream = await openStream(api, CHANGES, variables, acceptLanguage);
  try {
    return { event: await stream.next(), contentLanguage: stream.contentLanguage };
  } finally {
    stream.close();
  }
}

describe(`refusals on the SSE changes stream in the language asked for, on ${testDialect()}`, { timeout: 120_000 }, () => {
  let api: Api;
  // One hub for the streams of these tests, closed at the end so that nothing still watches the store when it closes.
  let hub: ChangeHub;
  beforeAll(async () => {
    api = await exampleApi();
    hub = createChangeHub(api.store.db);
  }, 120_000);
  afterAll(async () => {
    await hub?.close();
  });

  const cases: readonly {
    name: string;
    code: RegExp;
    variables: Record<string, unknown>;
    readsRequireToken?: boolean;
    supplied?: string[];
  }[] = [
    { name: 'a cursor the stream did not give', code: /^PAGE\.CURSOR_INVALID$/, variables: { after: 'bm90LWEtY3Vyc29y' } },
    { name: 'a kind that is not one', code: /^CHANGE\.KIND_INVALID$/, variables: { kinds: ['holding%'] }, supplied: ['holding%'] },
    { name: 'no token where reads need one', code: /^AUTH\.TOKEN_REQUIRED$/, variables: {}, readsRequireToken: true },
  ];
  for (const c of cases) {
    it(`${c.name}`, async () => {
      const sse = createApi({ db: api.store.db, log: false, readsRequireToken: c.readsRequireToken ?? false, changes: hub });
      const vi = await firstEvent(sse, c.variables);
      const en = await firstEvent(sse, c.variables, 'en');
      expect(vi.event.errors[0].extensions.code).toMatch(c.code);
      expect(en.event.errors[0].extensions.code).toBe(vi.event.errors[0].extensions.code);
      expect([vi.contentLanguage, en.contentLanguage]).toEqual(['vi', 'en']);
      expect(vi.event.errors[0].message).toMatch(VIETNAMESE_LETTERS);
      expectEnglish(en.event.errors[0].message, c.supplied ?? []);
    });
  }

  it('an error in an event of a stream already open, in the stream’s language', async () => {
    const sse = createApi({ db: api.store.db, log: false, today: () => TODAY, changes: hub });
    // Replayed from the start of the feed, each organization event reads its unit's children with a cursor no list
    // gave: the events carry the refusal, the stream goes on.
    const query = `subscription { changes(after: "${changeCursor(0)}", kinds: ["organization"], asOf: "2023-06-01") {
      kind unit { children(after: "not a cursor!") { totalCount } } } }`;
    const [vi, en] = [await openStream(sse, query, {}), await openStream(sse, query, {}, 'en')];
    const firstRefused = async (stream: Awaited<ReturnType<typeof openStream>>) => {
      for (let i = 0; i < 500; i++) {
        const event = await stream.next();
        if (event.errors) return event;
      }
      throw new Error('no event carried an error');
    };
    try {
      const [saidVi, saidEn] = [await firstRefused(vi), await firstRefused(en)];
      expect(saidVi.data.changes.kind).toBe('organization.create');
      expect(saidVi.errors[0].extensions.code).toBe('PAGE.CURSOR_INVALID');
      expect(saidEn.errors[0].extensions.code).toBe('PAGE.CURSOR_INVALID');
      expect(saidVi.errors[0].message).toMatch(VIETNAMESE_LETTERS);
      expectEnglish(saidEn.errors[0].message, []);
      expect([vi.contentLanguage, en.contentLanguage]).toEqual(['vi', 'en']);
    } finally {
      vi.close();
      en.close();
    }
  });
});
