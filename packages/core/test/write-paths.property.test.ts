import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_RULE_PACK,
  assignHolding,
  assignTask,
  bulkLoad,
  createDirective,
  createSource,
  createOrganization,
  createPerson,
  createPost,
  createTerm,
  createTask,
  createUnits,
  isoDate,
  stableId,
  unwrap,
  validity,
  type AssignmentId,
  type AssignmentInput,
  type BulkBatch,
  type BulkRecordKind,
  type Db,
  type DirectiveId,
  type DirectiveInput,
  type HoldingId,
  type HoldingInput,
  type OrganizationId,
  type OrganizationInput,
  type PersonId,
  type PersonInput,
  type PostId,
  type PostInput,
  type SourceId,
  type TaskId,
  type TaskInput,
  type TermId,
  type TermInput,
  type UnitId,
  type UnitInput,
  type Validity,
} from '../src/index.js';
import { testDialect } from '../src/testing/index.js';
import { BEFORE, FROM, freshStore } from './fixtures.js';

// One write path: the same random records — people, units, organizations, posts, terms, holdings, directives,
// tasks, assignments, valid and not — written one by one with the single writes and loaded as batches give the
// same accepted records, the same error codes and the same rows.

const province = stableId<UnitId>('unit', 'p.tinh');
const commune = stableId<UnitId>('unit', 'p.xa');
const area = (n: number) => stableId<UnitId>('unit', `p.thon-${n}`);
const missingUnit = stableId<UnitId>('unit', 'p.khong-co');
const org = (k: string) => stableId<OrganizationId>('org', `p.${k}`);
const post = (k: string) => stableId<PostId>('post', `p.${k}`);
const person = (n: number) => stableId<PersonId>('person', `p.${n}`);
const term = (k: string) => stableId<TermId>('term', `p.${k}`);
const directive = (k: string) => stableId<DirectiveId>('dir', `p.${k}`);
const task = (k: string) => stableId<TaskId>('task', `p.${k}`);

const INVERTED = validity(isoDate('2026-03-01'), isoDate('2026-01-01'));
const YEAR_2026 = validity(isoDate('2026-01-01'), isoDate('2027-01-01'));
const SPRING = validity(isoDate('2025-09-01'), isoDate('2026-03-01'));
const FAR = validity(isoDate('2031-01-01'), null);
const HOLDING_DAYS: readonly Validity[] = [FROM, YEAR_2026, SPRING, INVERTED, FAR];

/** Records of every kind, in the order both paths write them. */
interface Records {
  readonly units: UnitInput[];
  readonly people: PersonInput[];
  readonly organizations: OrganizationInput[];
  readonly posts: PostInput[];
  readonly terms: TermInput[];
  readonly holdings: HoldingInput[];
  readonly directives: DirectiveInput[];
  readonly tasks: TaskInput[];
  readonly assignments: AssignmentInput[];
}

const KINDS: readonly [BulkRecordKind, keyof Records][] = [
  ['unit', 'units'],
  ['person', 'people'],
  ['organization', 'organizations'],
  ['post', 'posts'],
  ['term', 'terms'],
  ['holding', 'holdings'],
  ['directive', 'directives'],
  ['task', 'tasks'],
  ['assignment', 'assignments'],
];

/** Random records citing `sourceId`: candidates kept or left out, and holdings and assignments drawn from what they may name. */
function recordsArbitrary(sourceId: SourceId): fc.Arbitrary<Records> {
  const units: UnitInput[] = [
    { id: area(1), kind: 'thon', name: 'Một', code: 'T1', validity: FROM, parents: [{ parentId: commune }], sourceId },
    { id: area(2), kind: 'thon', name: 'Hai', code: 'T1', validity: FROM, parents: [{ parentId: commune }], sourceId },
    { id: area(3), kind: 'thon', name: 'Ba', validity: FROM, parents: [{ parentId: province }], sourceId },
    { id: area(4), kind: 'thon', name: 'Bốn', validity: BEFORE, parents: [{ parentId: commune }], sourceId },
    { id: area(5), kind: 'thon', name: 'Năm', validity: FROM, parents: [{ parentId: missingUnit }], sourceId },
    { id: area(6), kind: 'thon', name: 'Sáu', validity: INVERTED, parents: [{ parentId: commune }], sourceId },
  ];
  const people: PersonInput[] = [
    { id: person(1), fullName: 'Người  Thử Một', sourceId },
    { id: person(2), fullName: 'Người Thử Hai', sourceId },
    { id: person(3), fullName: '   ', sourceId },
    { id: person(4), fullName: 'Người Thử Bốn', sourceId: 'src_khong-co' as SourceId },
    { id: person(5), fullName: 'Người Thử Năm', sourceId },
  ];
  const organizations: OrganizationInput[] = [
    { id: org('partyCommittee'), type: 'partyCommittee', unitId: commune, sourceId },
    { id: org('partyStandingMembers'), type: 'partyStandingMembers', unitId: commune, parentId: org('partyCommittee'), sourceId },
    { id: org('frontCommittee'), type: 'frontCommittee', unitId: commune, sourceId },
    { id: org('frontStandingBoard'), type: 'frontStandingBoard', unitId: commune, parentId: org('frontCommittee'), sourceId },
    { id: org('frontOffice'), type: 'frontOffice', unitId: commune, parentId: org('frontCommittee'), sourceId },
    { id: org('frontWorkBoard'), type: 'frontWorkBoard', unitId: area(1), parentId: org('frontCommittee'), sourceId },
    { id: org('workBoardAtCommune'), type: 'frontWorkBoard', unitId: commune, parentId: org('frontCommittee'), sourceId },
    { id: org('boardWithoutCommittee'), type: 'frontStandingBoard', unitId: commune, sourceId },
    { id: org('nowhere'), type: 'frontCommittee', unitId: missingUnit, sourceId },
    { id: org('workBoardUnderParty'), type: 'frontWorkBoard', unitId: area(1), parentId: org('partyCommittee'), sourceId },
    { id: org('beforeItsUnit'), type: 'frontCommittee', unitId: commune, validity: BEFORE, sourceId },
  ];
  const posts: PostInput[] = [
    { id: post('chair'), organizationId: org('frontCommittee'), type: 'chair', sourceId },
    { id: post('cadre'), organizationId: org('frontOffice'), type: 'cadre', sourceId },
    { id: post('head'), organizationId: org('frontWorkBoard'), type: 'head', sourceId },
    { id: post('noSeats'), organizationId: org('frontCommittee'), type: 'chair', seats: 0, sourceId },
    { id: post('tooEarly'), organizationId: org('frontCommittee'), type: 'chair', validity: BEFORE, sourceId },
    { id: post('nobody'), organizationId: org('nowhere'), type: 'chair', sourceId },
  ];
  const terms: TermInput[] = [
    {
      id: term('2025'),
      organizationId: org('frontCommittee'),
      label: 'Nhiệm kỳ 2025–2030',
      validity: validity(isoDate('2025-07-01'), isoDate('2030-07-01')),
      sourceId,
    },
    { id: term('inverted'), organizationId: org('frontCommittee'), label: 'Nhiệm kỳ ngược', validity: INVERTED, sourceId },
    { id: term('party'), organizationId: org('partyCommittee'), label: 'Nhiệm kỳ Đảng', validity: FROM, sourceId },
  ];
  const directives: DirectiveInput[] = [
    {
      id: directive('plan'),
      kind: 'plan',
      title: 'Kế hoạch thử nghiệm năm 2026',
      issuedOn: isoDate('2025-12-20'),
      validity: YEAR_2026,
      issuers: [org('partyStandingMembers')],
      sourceId,
    },
    {
      id: directive('front'),
      kind: 'plan',
      title: 'Kế hoạch của Mặt trận',
      issuedOn: isoDate('2026-01-05'),
      issuers: [org('frontCommittee')],
      sourceId,
    },
    { id: directive('noIssuer'), kind: 'plan', title: 'Kế hoạch không ai ban hành', issuedOn: isoDate('2026-01-05'), sourceId },
    { id: directive('blank'), kind: 'plan', title: '  ', issuedOn: isoDate('2026-01-05'), issuers: [org('frontCommittee')], sourceId },
    {
      id: directive('province'),
      kind: 'plan',
      symbol: '01-KH/TU',
      title: 'Kế hoạch ghi số của Tỉnh ủy',
      issuedOn: isoDate('2026-01-05'),
      issuers: [org('frontCommittee')],
      sourceId,
    },
  ];
  const tasks: TaskInput[] = [
    { id: task('yearly'), directiveId: directive('plan'), kind: 'yearly', title: 'Nhiệm vụ năm 2026', recurrence: 'yearly', sourceId },
    {
      id: task('regular'),
      directiveId: directive('plan'),
      kind: 'regular',
      title: 'Phần việc ở khu dân cư',
      recurrence: 'yearly',
      sourceId,
    },
    { id: task('front'), directiveId: directive('front'), kind: 'regular', title: 'Việc của Mặt trận', recurrence: 'monthly', sourceId },
    {
      id: task('outlives'),
      directiveId: directive('plan'),
      kind: 'yearly',
      title: 'Nhiệm vụ quá hạn văn bản',
      recurrence: 'yearly',
      validity: FROM,
      sourceId,
    },
    {
      id: task('orphan'),
      directiveId: directive('noIssuer'),
      kind: 'yearly',
      title: 'Nhiệm vụ không văn bản',
      recurrence: 'yearly',
      sourceId,
    },
  ];
  const holding = fc.record({
    personId: fc.constantFrom(person(1), person(2), person(3), person(5)),
    postId: fc.constantFrom(post('chair'), post('cadre'), post('head'), post('noSeats')),
    validity: fc.constantFrom(...HOLDING_DAYS),
    termId: fc.constantFrom<TermId | null>(null, null, term('2025'), term('inverted'), term('party')),
  });
  const assignment = fc.record({
    taskId: fc.constantFrom(task('yearly'), task('regular'), task('front'), task('orphan')),
    assigner: fc.constantFrom<AssignmentInput['assigner']>(
      { kind: 'organization', id: org('partyStandingMembers') },
      { kind: 'organization', id: org('frontStandingBoard') },
      { kind: 'post', id: post('chair') },
    ),
    assignee: fc.constantFrom<AssignmentInput['assignee']>(
      { kind: 'organization', id: org('frontCommittee') },
      { kind: 'organization', id: org('partyStandingMembers') },
      { kind: 'person', id: person(1) },
      { kind: 'person', id: person(2) },
      { kind: 'post', id: post('cadre') },
    ),
    placeUnitId: fc.constantFrom<UnitId | null>(null, area(1)),
    assignedOn: fc.constantFrom(isoDate('2026-01-10'), isoDate('2026-02-03'), isoDate('2025-03-01')),
    dueOn: fc.constantFrom(null, isoDate('2026-12-31'), isoDate('2026-01-01')),
  });
  return fc
    .record({
      units: fc.subarray(units),
      people: fc.subarray(people),
      organizations: fc.subarray(organizations, { minLength: 3 }),
      posts: fc.subarray(posts),
      terms: fc.subarray(terms),
      holdings: fc.array(holding, { maxLength: 6 }),
      directives: fc.subarray(directives),
      tasks: fc.subarray(tasks),
      assignments: fc.array(assignment, { maxLength: 5 }),
    })
    .map((r) => ({
      ...r,
      holdings: r.holdings.map((h, i) => ({ ...h, id: stableId<HoldingId>('holding', `p.${i}`), sourceId })),
      assignments: r.assignments.map((a, i) => ({ ...a, id: stableId<AssignmentId>('asg', `p.${i}`), sourceId })),
    }));
}

/** What happened to each record: `ok`, or the code of its refusal; and the refusal's message. */
type Outcomes = Record<string, string>;
type Messages = Record<string, string>;

const key = (kind: BulkRecordKind, id: string | undefined) => `${kind} ${id}`;

/** Writes each record with its one-by-one write, in the order of the kinds. */
async function writeOneByOne(db: Db, records: Records, messages: Messages): Promise<Outcomes> {
  const outcomes: Outcomes = {};
  const note = (kind: BulkRecordKind, id: string | undefined, result: { ok: boolean; error?: { code: string; message: string } }) => {
    outcomes[key(kind, id)] = result.ok ? 'ok' : result.error!.code;
    if (!result.ok) messages[key(kind, id)] = result.error!.message;
  };
  for (const u of records.units) note('unit', u.id, await createUnits(db, [u]));
  for (const p of records.people) note('person', p.id, await createPerson(db, p));
  for (const o of records.organizations) note('organization', o.id, await createOrganization(db, o));
  for (const p of records.posts) note('post', p.id, await createPost(db, p));
  for (const t of records.terms) note('term', t.id, await createTerm(db, t));
  for (const h of records.holdings) note('holding', h.id, await assignHolding(db, h));
  for (const d of records.directives) note('directive', d.id, await createDirective(db, d));
  for (const t of records.tasks) note('task', t.id, await createTask(db, t));
  for (const a of records.assignments) note('assignment', a.id, await assignTask(db, DEFAULT_RULE_PACK, a));
  return outcomes;
}

/**
 * Loads the records as a batch; when the batch is refused, notes the refused record's code, takes it out and
 * loads the rest again — so each record meets the records accepted before it, as one by one.
 */
async function loadAsBatches(db: Db, records: Records, messages: Messages): Promise<Outcomes> {
  const outcomes: Outcomes = {};
  const remaining = Object.fromEntries(KINDS.map(([, field]) => [field, [...records[field]]])) as unknown as Records;
  for (;;) {
    const result = await bulkLoad(db, remaining as BulkBatch, { rulePack: DEFAULT_RULE_PACK });
    if (result.ok) break;
    const { kind, index, id } = result.error.record;
    const field = KINDS.find(([k]) => k === kind)![1];
    (remaining[field] as unknown[]).splice(index, 1);
    outcomes[key(kind, id ?? undefined)] = result.error.code;
    messages[key(kind, id ?? undefined)] = result.error.message;
  }
  for (const [kind, field] of KINDS) for (const r of remaining[field] as { id?: string }[]) outcomes[key(kind, r.id)] = 'ok';
  return outcomes;
}

const TABLES = [
  'admin_unit',
  'unit_parent',
  'unit_closure',
  'person',
  'organization',
  'post',
  'term',
  'holding',
  'directive',
  'directive_party',
  'task',
  'assignment',
  'assignment_event',
] as const;

/** Every row the records can write, table by table, in a stable order (the audit log aside: one entry a write, or a batch). */
async function rowsOf(db: Db): Promise<Record<string, string[]>> {
  const rows: Record<string, string[]> = {};
  for (const table of TABLES) {
    const list = await db.selectFrom(table).selectAll().execute();
    rows[table] = list.map((r) => JSON.stringify(Object.entries(r).sort(([a], [b]) => (a < b ? -1 : 1)))).sort();
  }
  return rows;
}

const SOURCE = stableId<SourceId>('src', 'p.thu');

/** A fresh store with the source, a province and its commune: what every run starts from. */
async function world(): Promise<Db> {
  const { db } = await freshStore();
  const sourceId = unwrap(await createSource(db, { id: SOURCE, kind: 'synthetic', title: 'Thử tính chất' })).id;
  unwrap(
    await createUnits(db, [
      { id: province, code: 'P9', kind: 'tinh', name: 'Thử Tính Chất', validity: FROM, sourceId },
      { id: commune, code: 'P99', kind: 'xa', name: 'Thử Tính Chất', validity: FROM, parents: [{ parentId: province }], sourceId },
    ]),
  );
  return db;
}

describe('one write path for single writes and batches', () => {
  it('accepts the same records, refuses the others with the same codes, and writes the same rows either way', async () => {
    const seen = new Set<string>();
    await fc.assert(
      fc.asyncProperty(recordsArbitrary(SOURCE), async (records) => {
        const single = await world();
        const batch = await world();
        const said: Messages = {};
        const saidInBatch: Messages = {};
        const one = await writeOneByOne(single, records, said);
        const many = await loadAsBatches(batch, records, saidInBatch);
        expect(many).toEqual(one);
        // A batch's message is the record's own, after a prefix saying which record it is.
        for (const [record, message] of Object.entries(said)) expect(saidInBatch[record]?.endsWith(message), record).toBe(true);
        expect(await rowsOf(batch)).toEqual(await rowsOf(single));
        for (const outcome of Object.values(one)) seen.add(outcome);
      }),
      { numRuns: testDialect() === 'postgres' ? 8 : 25 },
    );
    // The runs met accepted records and refusals of many kinds, not only one or the other.
    expect(seen.has('ok')).toBe(true);
    expect(seen.size).toBeGreaterThanOrEqual(8);
  }, 600_000);
});
