import { describe, expect, it } from 'vitest';
import {
  assignHolding,
  createDirective,
  createPerson,
  isoDate,
  listApiTokens,
  unwrap,
  validity,
  type Db,
  type OrganizationId,
  type PersonId,
  type PostId,
  type SourceId,
  type UnitId,
} from '@mttq/core';
import { tableCounts } from '@mttq/core/testing';
import { dataOf, exampleApi, gid, SYNTHETIC_SOURCE, type TokenScope } from './api.js';

/*
 * Issue 19, items 5–10: what a token scoped to one commune, district or organization could write outside it,
 * and the integrity of what it writes. Every test performs the attack through the API and asserts the coded
 * refusal, and that nothing was written.
 */

const SOURCE = 'src_minh-hoa' as SourceId;
/** Xã Chiêm Hóa (02287 from 2025-07-01). */
const CHIEM_HOA_COMMUNE: TokenScope = { unitCode: '02287', date: '2026-01-01', name: 'MTTQ xã Chiêm Hóa' };
/** Thị trấn Vĩnh Lộc (02287 until 2025): the same place before the reform. */
const VINH_LOC: TokenScope = { unitCode: '02287', date: '2023-01-01', name: 'MTTQ thị trấn Vĩnh Lộc' };
/** Huyện Chiêm Hóa, which ended on 2025-07-01. */
const DISTRICT: TokenScope = { unitCode: '073', date: '2023-01-01', name: 'MTTQ huyện Chiêm Hóa' };

const result = '{ __typename ... on BaseError { code message } }';
const mutation = (field: string, inputType: string) => `mutation ($input: ${inputType}!) { ${field}(input: $input) ${result} }`;

/** The bodies of residential area Minh Họa 1 before the reform (under Thị trấn Vĩnh Lộc) and from it (under Xã Chiêm Hóa). */
const ERA = {
  before: { board: 'org_minh-hoa-tdp-1.frontWorkBoard', head: 'post_minh-hoa-tdp-1.frontWorkBoard.head' },
  from: { board: 'org_minh-hoa-tdp-1.frontWorkBoard.from-2025', head: 'post_minh-hoa-tdp-1.frontWorkBoard.from-2025.head' },
} as const;

/** Row counts of every table: the same before and after means nothing was written. */
const rowCounts = tableCounts;

/** True when `unitId` lies under (or is) `scopeUnitId` on every day of `[from, to)` (stored form), read straight from the closure table. */
async function coveredByScope(db: Db, scopeUnitId: string, unitId: string, from: string, to: string): Promise<boolean> {
  const rows = await db
    .selectFrom('unit_closure')
    .select(['valid_from', 'valid_to'])
    .where('ancestor_id', '=', scopeUnitId)
    .where('descendant_id', '=', unitId)
    .orderBy('valid_from')
    .execute();
  let cursor = from;
  for (const r of rows) if (r.valid_from <= cursor && r.valid_to > cursor) cursor = r.valid_to;
  return cursor >= to;
}

describe('scope over a record’s whole validity (item 5)', () => {
  it('assignHolding without validFrom on a pre-2025 area post is refused to a Xã Chiêm Hóa token, as with validFrom, and the owner’s seat stays free', async () => {
    const api = await exampleApi({ token: CHIEM_HOA_COMMUNE });
    const person = unwrap(await createPerson(api.store.db, { fullName: 'Người Chiếm Chỗ', sourceId: SOURCE })).id;
    const input = { person: gid('Person', person), post: gid('Post', ERA.before.head), validTo: '2024-01-01', source: SYNTHETIC_SOURCE };
    const before = await rowCounts(api.store.db);
    const withDate = dataOf(
      await api.gql(mutation('assignHolding', 'AssignHoldingInput'), { input: { ...input, validFrom: '2023-01-01' } }),
    ).assignHolding;
    expect(withDate).toMatchObject({ __typename: 'AuthError', code: 'AUTH.OUTSIDE_SCOPE' });
    const withoutDate = dataOf(await api.gql(mutation('assignHolding', 'AssignHoldingInput'), { input })).assignHolding;
    expect(withoutDate).toMatchObject({ __typename: 'AuthError', code: 'AUTH.OUTSIDE_SCOPE' });
    expect(withoutDate.message).toMatch(/nằm ngoài phạm vi đó vào những ngày trước 2025-07-01\.$/);
    expect(await rowCounts(api.store.db)).toEqual(before);

    // The legitimate owner, Thị trấn Vĩnh Lộc's token, still fills the seat.
    const owner = await api.createToken(VINH_LOC);
    const legit = dataOf(
      await api.gql(mutation('assignHolding', 'AssignHoldingInput'), { input: { ...input, validFrom: '2023-01-01' } }, { token: owner }),
    ).assignHolding;
    expect(legit).toEqual({ __typename: 'Holding' });
  });

  it('createDirective without an issue date and createTask without validFrom cannot reach a pre-2025 body from a 2026 token', async () => {
    const api = await exampleApi({ token: CHIEM_HOA_COMMUNE });
    const before = await rowCounts(api.store.db);
    const directive = dataOf(
      await api.gql(mutation('createDirective', 'CreateDirectiveInput'), {
        input: { kind: 'PLAN', title: 'Kế hoạch không ngày', issuers: [gid('Organization', ERA.before.board)], source: SYNTHETIC_SOURCE },
      }),
    ).createDirective;
    expect(directive).toMatchObject({ __typename: 'AuthError', code: 'AUTH.OUTSIDE_SCOPE' });
    // A directive of the old work board with no dates of its own (recorded by the loader): a task of it without dates.
    const old = unwrap(
      await createDirective(api.store.db, {
        kind: 'plan',
        title: 'Kế hoạch cũ của khu dân cư',
        issuers: [ERA.before.board as OrganizationId],
        sourceId: SOURCE,
      }),
    );
    const before2 = await rowCounts(api.store.db);
    const task = dataOf(
      await api.gql(mutation('createTask', 'CreateTaskInput'), {
        input: {
          directive: gid('Directive', old.id),
          kind: 'REGULAR',
          title: 'Nhiệm vụ không ngày',
          recurrence: 'ONCE',
          source: SYNTHETIC_SOURCE,
        },
      }),
    ).createTask;
    expect(task).toMatchObject({ __typename: 'AuthError', code: 'AUTH.OUTSIDE_SCOPE' });
    expect(await rowCounts(api.store.db)).toEqual(before2);
    expect(before2.directive).toBe(before.directive! + 1);
  });

  it('a person assignee brings the units of the posts they hold: a commune token cannot give a task to a provincial chair', async () => {
    const api = await exampleApi({ token: CHIEM_HOA_COMMUNE });
    const chair = unwrap(await createPerson(api.store.db, { fullName: 'Chủ tịch Tỉnh Minh Họa', sourceId: SOURCE })).id;
    unwrap(
      await assignHolding(api.store.db, {
        personId: chair,
        postId: 'post_08-from-2025.frontCommittee.chair' as PostId,
        validity: validity(isoDate('2025-07-01')),
        sourceId: SOURCE,
      }),
    );
    const before = await rowCounts(api.store.db);
    const answer = dataOf(
      await api.gql(mutation('assignTask', 'AssignTaskInput'), {
        input: {
          task: gid('Task', api.ids.tasks.cadreWork),
          period: '2026',
          assigner: gid('Organization', 'org_02287-from-2025.frontStandingBoard'),
          assignee: gid('Person', chair),
          assignedOn: '2026-02-01',
          source: SYNTHETIC_SOURCE,
        },
      }),
    ).assignTask;
    expect(answer).toMatchObject({ __typename: 'AuthError', code: 'AUTH.OUTSIDE_SCOPE' });
    expect(answer.message).toContain('Tỉnh Tuyên Quang nằm ngoài phạm vi đó vào ngày 2026-02-01');
    expect(await rowCounts(api.store.db)).toEqual(before);
  });
});

describe('missing dates across eras (fuzzing class)', () => {
  type Era = keyof typeof ERA;
  const TOKENS: Record<Era, TokenScope> = { before: VINH_LOC, from: CHIEM_HOA_COMMUNE };

  /** Every dated mutation of a body of one era with its dates left out. */
  const writesFor = async (db: Db, era: Era, person: PersonId, directiveId: string) => ({
    assignHolding: {
      query: mutation('assignHolding', 'AssignHoldingInput'),
      input: { person: gid('Person', person), post: gid('Post', ERA[era].head), source: SYNTHETIC_SOURCE },
    },
    assignHoldingUntil: {
      query: mutation('assignHolding', 'AssignHoldingInput'),
      input: {
        person: gid('Person', person),
        post: gid('Post', ERA[era].head),
        validTo: era === 'before' ? '2024-01-01' : '2027-01-01',
        source: SYNTHETIC_SOURCE,
      },
    },
    createDirective: {
      query: mutation('createDirective', 'CreateDirectiveInput'),
      input: { kind: 'PLAN', title: `Kế hoạch ${era}`, issuers: [gid('Organization', ERA[era].board)], source: SYNTHETIC_SOURCE },
    },
    createTask: {
      query: mutation('createTask', 'CreateTaskInput'),
      input: {
        directive: gid('Directive', directiveId),
        kind: 'REGULAR',
        title: `Nhiệm vụ ${era}`,
        recurrence: 'ONCE',
        source: SYNTHETIC_SOURCE,
      },
    },
    endHolding: {
      query: mutation('endHolding', 'EndHoldingInput'),
      input: {
        holding: gid(
          'Holding',
          (await db.selectFrom('holding').select('id').where('post_id', '=', ERA[era].head).orderBy('id').executeTakeFirstOrThrow()).id,
        ),
        on: era === 'before' ? '2024-06-01' : '2026-03-01',
      },
    },
  });

  it.each([
    ['before', 'before'],
    ['before', 'from'],
    ['from', 'before'],
    ['from', 'from'],
  ] as const)(
    'a token of era %s writing on the bodies of era %s, dates left out: only its own era passes, and what passes lies in its scope',
    async (tokenEra, targetEra) => {
      const api = await exampleApi({ token: TOKENS[tokenEra] });
      const db = api.store.db;
      // Fixtures written by the loader: a holder of each era's head post (to end), a directive of each era's board without dates.
      const holder = unwrap(await createPerson(db, { fullName: 'Người Giữ Chức', sourceId: SOURCE })).id;
      unwrap(
        await assignHolding(db, {
          personId: holder,
          postId: ERA.before.head as PostId,
          validity: validity(isoDate('2022-01-01'), isoDate('2025-07-01')),
          sourceId: SOURCE,
        }),
      );
      unwrap(
        await assignHolding(db, {
          personId: holder,
          postId: ERA.from.head as PostId,
          validity: validity(isoDate('2025-07-01')),
          sourceId: SOURCE,
        }),
      );
      const directive = unwrap(
        await createDirective(db, {
          kind: 'plan',
          title: `Kế hoạch nền ${targetEra}`,
          issuers: [ERA[targetEra].board as OrganizationId],
          sourceId: SOURCE,
        }),
      );
      const newcomer = unwrap(await createPerson(db, { fullName: 'Người Mới', sourceId: SOURCE })).id;
      const [token] = await listApiTokens(db);
      const scopeUnitId = token!.scopeUnitId as UnitId;

      const writes = await writesFor(db, targetEra, newcomer, directive.id);
      const ids = async () => {
        const all = await Promise.all(
          (['holding', 'directive', 'task'] as const).map((t) => db.selectFrom(t).select(['id', 'valid_from', 'valid_to']).execute()),
        );
        return all.flat();
      };
      // The days the bodies of the target era exist, in stored form: what an accepted record is checked over.
      const life = targetEra === 'before' ? { from: '0001-01-01', to: '2025-07-01' } : { from: '2025-07-01', to: '9999-12-31' };
      let accepted = 0;
      for (const [name, write] of Object.entries(writes)) {
        const before = await rowCounts(db);
        const known = new Set((await ids()).map((r) => r.id));
        const answer = Object.values(dataOf(await api.gql(write.query, { input: write.input })))[0] as {
          __typename: string;
          code?: string;
        };
        if (tokenEra !== targetEra) {
          expect(answer, name).toMatchObject({ __typename: 'AuthError', code: 'AUTH.OUTSIDE_SCOPE' });
          expect(await rowCounts(db), name).toEqual(before);
          continue;
        }
        // Its own era: never outside the scope; the write may still be refused for itself (a holding with no
        // dates at all outlives its post: HOLDING.OUTSIDE_POST_VALIDITY).
        expect(answer.code, name).not.toBe('AUTH.OUTSIDE_SCOPE');
        if (answer.code !== undefined) {
          expect(await rowCounts(db), name).toEqual(before);
          continue;
        }
        accepted++;
        // Accepted: every record it wrote or changed lies in the token's scope on each of its days the area's bodies exist.
        for (const row of (await ids()).filter((r) => !known.has(r.id) || name === 'endHolding')) {
          const from = row.valid_from > life.from ? row.valid_from : life.from;
          const to = row.valid_to < life.to ? row.valid_to : life.to;
          if (from >= to) continue;
          expect(await coveredByScope(db, scopeUnitId, 'unit_minh-hoa-tdp-1', from, to), `${name} ${row.id}`).toBe(true);
        }
      }
      // Own era: the directive, the task and the holding's end at least go through (so the check above is not vacuous).
      if (tokenEra === targetEra) expect(accepted).toBeGreaterThanOrEqual(3);
      else expect(accepted).toBe(0);
    },
  );
});

describe('dates bounded by the domain (item 9)', () => {
  const assignmentOf = async (db: Db, assignedOn: string) =>
    (await db.selectFrom('assignment').select('id').where('assigned_on', '=', assignedOn).orderBy('id').executeTakeFirstOrThrow()).id;

  it('a district token cannot report on its district’s assignment dated 9999-12-31, after the district ended', async () => {
    const api = await exampleApi({ token: DISTRICT });
    const assignment = (
      await api.store.db
        .selectFrom('assignment')
        .select('id')
        .where('assignee_unit_id', '=', api.ids.units.chiemHoaDistrict)
        .orderBy('id')
        .executeTakeFirstOrThrow()
    ).id;
    const before = await rowCounts(api.store.db);
    for (const on of ['9999-12-31', '2026-01-10']) {
      const answer = dataOf(
        await api.gql(mutation('reportProgress', 'ReportProgressInput'), {
          input: { assignment: gid('Assignment', assignment), on, text: 'Báo cáo muộn', source: SYNTHETIC_SOURCE },
        }),
      ).reportProgress;
      expect(answer, on).toMatchObject({ __typename: 'AuthError', code: 'AUTH.OUTSIDE_SCOPE' });
    }
    expect(await rowCounts(api.store.db)).toEqual(before);
  });

  it('a status change dated 9999-12-30 is DATE.TOO_FAR, and the assignment can still move on', async () => {
    const api = await exampleApi({ token: CHIEM_HOA_COMMUNE });
    const assignment = gid('Assignment', await assignmentOf(api.store.db, '2026-01-15'));
    const change = (on: string) =>
      api.gql(mutation('changeAssignmentStatus', 'ChangeAssignmentStatusInput'), {
        input: { assignment, status: 'IN_PROGRESS', on, source: SYNTHETIC_SOURCE },
      });
    const far = dataOf(await change('9999-12-30')).changeAssignmentStatus;
    expect(far).toMatchObject({ __typename: 'DomainError', code: 'DATE.TOO_FAR' });
    expect(far.message).toBe('Ngày 9999-12-30 (on) quá xa trong tương lai: chỉ được ghi sự kiện đến ngày 2026-07-02.');
    expect(dataOf(await change('2026-06-01')).changeAssignmentStatus).toEqual({ __typename: 'AssignmentEvent' });
  });

  it('the horizon is an option of the API', async () => {
    const api = await exampleApi({ token: CHIEM_HOA_COMMUNE, eventHorizonDays: 0 });
    const assignment = gid('Assignment', await assignmentOf(api.store.db, '2026-01-15'));
    const answer = dataOf(
      await api.gql(mutation('reportProgress', 'ReportProgressInput'), {
        input: { assignment, on: '2026-06-02', text: 'Báo cáo ngày mai', source: SYNTHETIC_SOURCE },
      }),
    ).reportProgress;
    expect(answer).toMatchObject({ code: 'DATE.TOO_FAR' });
  });
});

describe('createSource and stored text (items 6 and 7)', () => {
  it('refuses a javascript: url and an empty title, and audits an accepted source under the token’s unit', async () => {
    const api = await exampleApi({ token: CHIEM_HOA_COMMUNE });
    const create = (input: Record<string, unknown>) => api.gql(mutation('createSource', 'CreateSourceInput'), { input });
    const before = await rowCounts(api.store.db);
    expect(dataOf(await create({ kind: 'URL', title: 'Trang', url: 'javascript:alert(1)' })).createSource).toMatchObject({
      code: 'SOURCE.URL_INVALID',
    });
    expect(dataOf(await create({ kind: 'SYNTHETIC', title: '  ' })).createSource).toMatchObject({ code: 'SOURCE.EMPTY_TITLE' });
    expect(dataOf(await create({ kind: 'URL', title: 'Trang' })).createSource).toMatchObject({ code: 'SOURCE.INCOMPLETE' });
    expect(await rowCounts(api.store.db)).toEqual(before);
    expect(dataOf(await create({ kind: 'URL', title: 'Trang', url: 'https://example.vn/a' })).createSource).toEqual({
      __typename: 'Source',
    });
  });

  it('refuses a 200,001-character name with TEXT.TOO_LONG before it is stored', async () => {
    const api = await exampleApi({ token: { ...CHIEM_HOA_COMMUNE, organizationIds: ['org_02287-from-2025.frontCommittee'] } });
    const before = await rowCounts(api.store.db);
    const answer = dataOf(
      await api.gql(`mutation ($name: String!, $source: ID!) { createPerson(fullName: $name, source: $source) ${result} }`, {
        name: 'a'.repeat(200_001),
        source: SYNTHETIC_SOURCE,
      }),
    ).createPerson;
    expect(answer).toEqual({
      __typename: 'DomainError',
      code: 'TEXT.TOO_LONG',
      message: 'Trường fullName dài 200001 ký tự, vượt quá giới hạn 200 ký tự.',
    });
    expect(await rowCounts(api.store.db)).toEqual(before);
  });
});

describe('every write audited with its unit (item 8)', () => {
  it('endHolding, createDirective, createTask, createPerson and createSource made by a token are found by auditLog(under:) at its unit', async () => {
    const api = await exampleApi({ token: CHIEM_HOA_COMMUNE });
    const db = api.store.db;
    const holder = unwrap(await createPerson(db, { fullName: 'Người Giữ Chức', sourceId: SOURCE })).id;
    const holding = unwrap(
      await assignHolding(db, {
        personId: holder,
        postId: ERA.from.head as PostId,
        validity: validity(isoDate('2025-07-01')),
        sourceId: SOURCE,
      }),
    );
    const ok = (answer: { __typename: string }) => expect(answer.__typename).not.toMatch(/Error$/);
    ok(
      dataOf(await api.gql(mutation('endHolding', 'EndHoldingInput'), { input: { holding: gid('Holding', holding.id), on: '2026-03-01' } }))
        .endHolding,
    );
    const directive = dataOf(
      await api.gql(`mutation ($input: CreateDirectiveInput!) { createDirective(input: $input) { __typename ... on Directive { id } } }`, {
        input: {
          kind: 'PLAN',
          title: 'Kế hoạch của xã',
          issuedOn: '2026-02-01',
          issuers: [gid('Organization', 'org_02287-from-2025.partyCommittee')],
          source: SYNTHETIC_SOURCE,
        },
      }),
    ).createDirective;
    ok(directive);
    ok(
      dataOf(
        await api.gql(mutation('createTask', 'CreateTaskInput'), {
          input: { directive: directive.id, kind: 'REGULAR', title: 'Nhiệm vụ của xã', recurrence: 'ONCE', source: SYNTHETIC_SOURCE },
        }),
      ).createTask,
    );
    ok(
      dataOf(
        await api.gql(`mutation ($source: ID!) { createPerson(fullName: "Người Của Xã", source: $source) ${result} }`, {
          source: SYNTHETIC_SOURCE,
        }),
      ).createPerson,
    );
    ok(
      dataOf(await api.gql(mutation('createSource', 'CreateSourceInput'), { input: { kind: 'SYNTHETIC', title: 'Nguồn của xã' } }))
        .createSource,
    );

    const [token] = await listApiTokens(db);
    const log = dataOf(
      await api.gql(
        `query ($actor: String) { auditLog(actor: $actor, under: { code: "02287" }, asOf: "2026-01-01", first: 50) { edges { node { action unit { code } } } } }`,
        {
          actor: `token:${token!.id}`,
        },
      ),
    ).auditLog;
    expect(log.edges.map((e: { node: { action: string } }) => e.node.action).sort()).toEqual([
      'directive.create',
      'holding.end',
      'person.create',
      'source.create',
      'task.create',
    ]);
  });
});

describe('integrity (item 10)', () => {
  it('a commune cannot issue 02-ĐA/TU, and directivesBySymbol returns the province’s only', async () => {
    const api = await exampleApi({ token: CHIEM_HOA_COMMUNE });
    const answer = dataOf(
      await api.gql(mutation('createDirective', 'CreateDirectiveInput'), {
        input: {
          kind: 'PROJECT',
          symbol: '02-ĐA/TU',
          title: 'Đề án trùng ký hiệu',
          issuedOn: '2026-02-01',
          issuers: [gid('Organization', 'org_02287-from-2025.partyCommittee')],
          source: SYNTHETIC_SOURCE,
        },
      }),
    ).createDirective;
    expect(answer).toMatchObject({ __typename: 'DomainError', code: 'DIRECTIVE.SYMBOL_ISSUER_MISMATCH' });
    const found = dataOf(await api.gql(`{ directivesBySymbol(symbol: "02-ĐA/TU") { title } }`)).directivesBySymbol;
    expect(found).toHaveLength(1);
  });

  it('a 2026 residential-area holding cannot name the provincial Party committee’s 2015–2020 term', async () => {
    const api = await exampleApi({ token: CHIEM_HOA_COMMUNE });
    const person = unwrap(await createPerson(api.store.db, { fullName: 'Người Nhiệm Kỳ', sourceId: SOURCE })).id;
    const answer = dataOf(
      await api.gql(mutation('assignHolding', 'AssignHoldingInput'), {
        input: {
          person: gid('Person', person),
          post: gid('Post', ERA.from.head),
          term: gid('Term', 'term_tinh-uy-tuyen-quang-2015-2020'),
          validFrom: '2026-01-01',
          source: SYNTHETIC_SOURCE,
        },
      }),
    ).assignHolding;
    expect(answer).toMatchObject({ __typename: 'DomainError', code: 'HOLDING.TERM_MISMATCH' });
  });
});
