import {
  DEFAULT_RULE_PACK,
  createSource,
  unwrap,
  importNationalUnits,
  isoDate,
  openBulkLoader,
  readNationalUnits,
  stableId,
  validity,
  type AssignmentId,
  type AssignmentInput,
  type AssignmentRequest,
  type BulkBatch,
  type BulkLoader,
  type Db,
  type DirectiveId,
  type DirectiveInput,
  type HoldingId,
  type HoldingInput,
  type IsoDate,
  type NationalUnitInput,
  type NationalUnits,
  type OrganizationId,
  type OrganizationInput,
  type OrganizationType,
  type PersonId,
  type PersonInput,
  type PostId,
  type PostInput,
  type PostType,
  type SourceId,
  type TaskId,
  type TaskInput,
  type TaskKind,
  type TermId,
  type TermInput,
  type UnitId,
  type UnitInput,
} from '../src/index.js';
import { seededRandom, type SeededRandom } from './seeded-random.js';

/** What the generator is asked to build. */
export interface NationalDatasetOptions {
  readonly seed: number;
  /** How many post-2025 communes get synthetic data (default: all 3,321). */
  readonly communes?: number;
  readonly areasPerCommune: number;
  /** People holding posts at each province, commune and residential area. */
  readonly peoplePerUnit: number;
  /** Assignments at each residential area (a Front office cadre's regular work, a movement, monthly meetings). */
  readonly assignmentsPerUnit: number;
  /** Communes per batch, each batch one transaction of the bulk loader (default 20). */
  readonly communesPerBatch?: number;
  /** At most this many people and assignments are kept in the returned dataset, drawn at random (default 20,000). */
  readonly sampleSize?: number;
  /** The national units, when already read (reading them takes a few seconds). */
  readonly units?: NationalUnits;
  readonly onProgress?: (progress: GenerationProgress) => void;
}

/** The national size of issue 8: ≈ 100,000 residential areas, ≈ 1,000,000 people, ≈ 3,000,000 assignments. */
export const NATIONAL_SIZE = { areasPerCommune: 30, peoplePerUnit: 10, assignmentsPerUnit: 30 } as const;

/** How far the generator is, and how fast the bulk loader writes. */
export interface GenerationProgress {
  readonly phase: 'units' | 'provinces' | 'communes';
  readonly done: number;
  readonly total: number;
  /** Rows written by the bulk loader so far. */
  readonly rowsWritten: number;
  /** Those rows per second since the bulk load started. */
  readonly rowsPerSecond: number;
}

/** What the generator wrote: keys for benchmarks and tests, and how fast. */
export interface NationalDataset {
  readonly provinces: readonly UnitId[];
  readonly communes: readonly UnitId[];
  readonly areas: readonly UnitId[];
  /** The people written, or a seeded sample of `sampleSize` of them when there are more. */
  readonly people: readonly PersonId[];
  readonly peopleCount: number;
  readonly tasks: readonly TaskId[];
  /** The assignments written with the rule-check request each passed, or a seeded sample of `sampleSize`. */
  readonly assignments: readonly { readonly id: AssignmentId; readonly request: AssignmentRequest }[];
  readonly assignmentCount: number;
  /** Rows of every table (audit log and hierarchy closure included) after minus before. */
  readonly rowsWritten: number;
  readonly rowsByTable: Readonly<Record<string, number>>;
  /** The whole generation: national units, bulk load and the final row count. */
  readonly durationMs: number;
  /**
   * The bulk load alone (provinces and communes: building the records, checking, writing), with the
   * loader's own split of its time: reading stored records named, checking in memory, writing per table.
   */
  readonly bulk: {
    readonly rows: number;
    readonly durationMs: number;
    readonly batches: number;
    readonly readMs: number;
    readonly checkMs: number;
    readonly writeMsByTable: Readonly<Record<string, number>>;
  };
}

/** The synthetic source every generated row cites. */
export const SYNTHETIC_BENCH_SOURCE = {
  kind: 'synthetic',
  id: stableId<SourceId>('src', 'synthetic-national-bench'),
  title: 'Dữ liệu tổng hợp cho đo hiệu năng (không phải dữ liệu thật)',
  note: 'Made-up people, residential areas, posts, terms, directives and assignments on top of the real post-2025 units, for benchmarks.',
} as const;

const source = SYNTHETIC_BENCH_SOURCE.id;
const FROM_REFORM = isoDate('2025-07-01');
const TERM = validity(FROM_REFORM, isoDate('2030-07-01'));
const PROVINCE_ISSUED = isoDate('2025-12-15');
const COMMUNE_ISSUED = isoDate('2025-12-22');
const DIRECTIVE_VALIDITY = validity(isoDate('2026-01-01'), isoDate('2027-01-01'));
const DUE = isoDate('2026-12-31');

/** An organization at a unit: its key (unique at the unit), type, and the key of its parent there. */
type OrgPlan = readonly [key: string, type: OrganizationType, parent?: string];
/** A post: the key of its organization, its type, and a title when not the type's. */
type PostPlan = readonly [org: string, type: PostType, title?: string];

const UNIONS = ['farmersUnion', 'womensUnion', 'youthUnion', 'veteransAssociation'] as const;
/**
 * What a province and a commune have: the Party, the Front, the four organizations with their standing boards, the
 * council and committee. The units are those from 2025-07-01, so the organizations sit under the Front committee
 * as the catalog of that era places them.
 */
const ABOVE_AREA_ORGS: readonly OrgPlan[] = [
  ['partyCommittee', 'partyCommittee'],
  ['partyStandingMembers', 'partyStandingMembers', 'partyCommittee'],
  ['partyStandingCommittee', 'partyStandingCommittee', 'partyCommittee'],
  ['frontCommittee', 'frontCommittee'],
  ['frontStandingBoard', 'frontStandingBoard', 'frontCommittee'],
  ['frontOffice', 'frontOffice', 'frontCommittee'],
  ...UNIONS.flatMap((u): OrgPlan[] => [[u, u, 'frontCommittee'], [`${u}.standingBoard`, 'organizationStandingBoard', u]]),
  ['peoplesCouncil', 'peoplesCouncil'],
  ['peoplesCommittee', 'peoplesCommittee'],
];
/**
 * And a province besides: the Labour federation (under the Front), the Party's merged propaganda and mass
 * mobilization board (no separate mass mobilization board from 2025), delegation and caucus, the National Assembly delegation.
 */
const PROVINCE_ONLY_ORGS: readonly OrgPlan[] = [
  ['labourFederation', 'labourFederation', 'frontCommittee'],
  ['labourFederation.standingBoard', 'organizationStandingBoard', 'labourFederation'],
  ['propagandaAndMassMobilizationBoard', 'propagandaAndMassMobilizationBoard', 'partyCommittee'],
  ['partyDelegation', 'partyDelegation'],
  ['partyCaucus', 'partyCaucus'],
  ['nationalAssemblyDelegation', 'nationalAssemblyDelegation'],
  ['department.home', 'department', 'peoplesCommittee'],
  ['department.agriculture', 'department', 'peoplesCommittee'],
];
const ABOVE_AREA_POSTS: readonly PostPlan[] = [
  ['partyStandingMembers', 'secretary'],
  ['partyStandingMembers', 'deputySecretary'],
  ['partyStandingCommittee', 'standingCommitteeMember'],
  ['frontCommittee', 'chair'],
  ['frontCommittee', 'viceChair'],
  ['frontStandingBoard', 'standingMember'],
  ['frontOffice', 'cadre'],
  ['farmersUnion', 'chair'],
  ['farmersUnion', 'viceChair'],
  ['womensUnion', 'chair'],
  ['womensUnion', 'viceChair'],
  ['youthUnion', 'secretary'],
  ['youthUnion', 'deputySecretary'],
  ['veteransAssociation', 'chair'],
  ['veteransAssociation', 'viceChair'],
  ...UNIONS.map((u): PostPlan => [`${u}.standingBoard`, 'standingCommitteeMember']),
  ['peoplesCouncil', 'chair'],
  ['peoplesCommittee', 'chair'],
  ['frontCommittee', 'member'],
];
const PROVINCE_ONLY_POSTS: readonly PostPlan[] = [
  ['labourFederation', 'chair'],
  ['nationalAssemblyDelegation', 'head'],
];
/** At a residential area: the Front work board and the four branches, under the commune's bodies. */
const AREA_ORGS: readonly (readonly [OrganizationType, string])[] = [
  ['frontWorkBoard', 'frontCommittee'],
  ['farmersUnionBranch', 'farmersUnion'],
  ['womensUnionBranch', 'womensUnion'],
  ['youthUnionBranch', 'youthUnion'],
  ['veteransAssociationBranch', 'veteransAssociation'],
];
const AREA_POSTS: readonly PostPlan[] = [
  ['frontWorkBoard', 'head'],
  ['frontWorkBoard', 'deputyHead'],
  ['farmersUnionBranch', 'head', 'Chi hội trưởng'],
  ['farmersUnionBranch', 'deputyHead', 'Chi hội phó'],
  ['womensUnionBranch', 'head', 'Chi hội trưởng'],
  ['womensUnionBranch', 'deputyHead', 'Chi hội phó'],
  ['youthUnionBranch', 'secretary', 'Bí thư Chi đoàn'],
  ['youthUnionBranch', 'deputySecretary', 'Phó Bí thư Chi đoàn'],
  ['veteransAssociationBranch', 'head', 'Chi hội trưởng'],
  ['veteransAssociationBranch', 'deputyHead', 'Chi hội phó'],
  ['frontWorkBoard', 'member'],
];
/** Who a Party committee's standing members give the yearly task to. */
const YEARLY_ASSIGNEES = ['frontCommittee', ...UNIONS] as const;
/** The bodies whose people a commune's Front standing board may send to an area's periodic meeting (default rule pack). */
const MEETING_BODIES: ReadonlySet<string> = new Set(['frontCommittee', 'frontStandingBoard', 'frontOffice', ...UNIONS]);

const key = (unitId: UnitId) => unitId.replace(/^unit_/, '');
const orgId = (unitId: UnitId, orgKey: string) => stableId<OrganizationId>('org', `${key(unitId)}.${orgKey}`);
const postId = (unitId: UnitId, orgKey: string, post: PostType) => stableId<PostId>('post', `${key(unitId)}.${orgKey}.${post}`);
const orgType = (plan: readonly OrgPlan[], orgKey: string) => plan.find(([k]) => k === orgKey)![1];

/** The first `n` post-2025 communes, taken from each province in turn so every province gets some. */
function pickCommunes(all: readonly NationalUnitInput[], n: number): NationalUnitInput[] {
  const byProvince = new Map<string, NationalUnitInput[]>();
  for (const c of all) {
    const p = c.parents?.[0]?.parentId ?? '';
    const list = byProvince.get(p);
    if (list) list.push(c);
    else byProvince.set(p, [c]);
  }
  const queues = [...byProvince.values()];
  const picked: NationalUnitInput[] = [];
  for (let i = 0; picked.length < n && picked.length < all.length; i++) {
    for (const q of queues) if (q[i] && picked.length < n) picked.push(q[i]!);
  }
  return picked;
}

/**
 * Builds a national-scale synthetic dataset on the real post-2025 provinces and communes and loads it with
 * core's bulk loader (every record checked as the one-by-one writes check it, every assignment decided by
 * `DEFAULT_RULE_PACK`), one batch of communes at a time so the country is never in memory at once:
 * residential areas ("Thôn Tổng Hợp N"); at every province and commune the Party committee, its standing
 * members and standing committee, the Front committee with its standing board and office, the four
 * organizations with their standing boards, the People's Council and Committee (at a province also the
 * Labour federation, the Party's boards, delegation and caucus, the National Assembly delegation and two
 * departments); at every area the Front work board and the four branches; posts; people ("Người Tổng Hợp
 * 0000123") holding several posts at once within a term of the Front committee; a directive per province and
 * one per commune carrying it out, with their tasks; and assignments — yearly tasks to the Front and the
 * organizations, a movement from the province's Front to each commune's and from the commune's Front to
 * each area's work board, a Front office cadre's regular work at each area, and monthly meetings at each
 * area for the commune's Front and organization people. The same options always give the same rows (ids
 * included).
 *
 * @example
 * const dataset = await generateNationalDataset(store.db, { seed: 1, communes: 3, areasPerCommune: 2, peoplePerUnit: 4, assignmentsPerUnit: 3 });
 */
export async function generateNationalDataset(db: Db, options: NationalDatasetOptions): Promise<NationalDataset> {
  const started = performance.now();
  const progress = options.onProgress ?? (() => {});
  const before = await countRows(db);
  const national = options.units ?? (await readNationalUnits());
  const communes = pickCommunes(national.communesFrom2025, options.communes ?? national.communesFrom2025.length);
  const unitTotal = national.provincesFrom2025.length + communes.length;

  // Only the post-2025 units the dataset stands on: the 34 provinces and the chosen communes.
  progress({ phase: 'units', done: 0, total: unitTotal, rowsWritten: 0, rowsPerSecond: 0 });
  const imported = await importNationalUnits(db, {
    units: { ...national, provincesBefore2025: [], districtsBefore2025: [], communesBefore2025: [], provinceLineage: [], communeLineage: [], communesFrom2025: communes },
  });
  if (!imported.ok) throw new Error(`national import refused: ${imported.error.code}: ${imported.error.message}`);
  progress({ phase: 'units', done: unitTotal, total: unitTotal, rowsWritten: 0, rowsPerSecond: 0 });
  unwrap(await createSource(db, SYNTHETIC_BENCH_SOURCE));

  const state = newState(options);
  const loader = openBulkLoader(db, { rulePack: DEFAULT_RULE_PACK });
  const bulkStarted = performance.now();
  let bulkRows = 0;
  let batches = 0;
  let readMs = 0;
  let checkMs = 0;
  const writeMsByTable: Record<string, number> = {};
  const load = async (batch: BulkBatch, label: string, unitId: UnitId | null) => {
    const result = await loader.load(batch, { label, unitId });
    // The generator only builds what the model allows: a refusal is a bug in it.
    if (!result.ok) throw new Error(`generator batch refused: ${result.error.code}: ${result.error.message}`);
    bulkRows += result.value.rows;
    batches++;
    readMs += result.value.timings.readMs;
    checkMs += result.value.timings.checkMs;
    for (const [table, ms] of Object.entries(result.value.timings.writeMsByTable)) writeMsByTable[table] = (writeMsByTable[table] ?? 0) + ms;
  };
  const report = (phase: GenerationProgress['phase'], done: number, total: number) =>
    progress({ phase, done, total, rowsWritten: bulkRows, rowsPerSecond: bulkRows / ((performance.now() - bulkStarted) / 1000) });

  const areas: UnitId[] = [];
  const tasks: TaskId[] = [];
  try {
    const provinces = national.provincesFrom2025;
    const provinceBatch = emptyBatch();
    for (const p of provinces) tasks.push(...provinceRecords(state, provinceBatch, p.id, p.name));
    await load(provinceBatch, 'syn-provinces', null);
    report('provinces', provinces.length, provinces.length);

    const perBatch = options.communesPerBatch ?? 20;
    for (let start = 0; start < communes.length; start += perBatch) {
      const slice = communes.slice(start, start + perBatch);
      const batch = emptyBatch();
      for (const commune of slice) {
        const made = communeRecords(state, batch, commune.id, commune.name, commune.parents![0]!.parentId);
        areas.push(...made.areas);
        tasks.push(...made.tasks);
      }
      await load(batch, `syn-communes-${start + 1}-${start + slice.length}`, slice.length === 1 ? slice[0]!.id : null);
      report('communes', start + slice.length, communes.length);
    }
  } finally {
    loader.close();
  }
  const bulkMs = performance.now() - bulkStarted;

  const after = await countRows(db);
  const rowsByTable = Object.fromEntries(Object.keys(after).map((t) => [t, after[t]! - (before[t] ?? 0)]));
  return {
    provinces: national.provincesFrom2025.map((p) => p.id),
    communes: communes.map((c) => c.id),
    areas,
    people: state.people.items,
    peopleCount: state.people.seen,
    tasks,
    assignments: state.assignments.items,
    assignmentCount: state.assignments.seen,
    rowsWritten: Object.values(rowsByTable).reduce((a, b) => a + b, 0),
    rowsByTable,
    durationMs: performance.now() - started,
    bulk: { rows: bulkRows, durationMs: bulkMs, batches, readMs, checkMs, writeMsByTable },
  };
}

interface GeneratorState {
  readonly rng: SeededRandom;
  readonly options: NationalDatasetOptions;
  readonly people: Sample<PersonId>;
  readonly assignments: Sample<{ id: AssignmentId; request: AssignmentRequest }>;
  /** Serial of the last person made, for their synthetic name. */
  serial: number;
}

function newState(options: NationalDatasetOptions): GeneratorState {
  const size = options.sampleSize ?? 20_000;
  // Samples draw from their own sequences, so the rows do not depend on the sample size.
  return { rng: seededRandom(options.seed), options, people: new Sample(size, options.seed + 101), assignments: new Sample(size, options.seed + 202), serial: 0 };
}

type MutableBatch = { [K in keyof BulkBatch]-?: NonNullable<BulkBatch[K]> extends readonly (infer T)[] ? T[] : never };

function emptyBatch(): MutableBatch {
  return { units: [], people: [], organizations: [], posts: [], terms: [], holdings: [], directives: [], tasks: [], assignments: [] };
}

function organizations(unitId: UnitId, plan: readonly OrgPlan[]): OrganizationInput[] {
  return plan.map(([k, type, parent]) => ({ id: orgId(unitId, k), type, unitId, parentId: parent ? orgId(unitId, parent) : null, sourceId: source }));
}

function posts(unitId: UnitId, plan: readonly PostPlan[]): PostInput[] {
  return plan.map(([org, type, title]) => ({ id: postId(unitId, org, type), organizationId: orgId(unitId, org), type, ...(title && { title }), sourceId: source }));
}

/**
 * People for a unit's posts, the Front committee's posts in its term: each post one holder, the people in a seeded order,
 * wrapping round so some hold two or three posts; everyone not on the committee also sits on it. Returns
 * the holder of each post.
 */
function staff(state: GeneratorState, batch: MutableBatch, unitId: UnitId, plan: readonly PostPlan[], member: PostId, termId: TermId): Map<PostId, PersonId> {
  const n = state.options.peoplePerUnit;
  const people: PersonId[] = [];
  for (let i = 0; i < n; i++) {
    const serial = ++state.serial;
    const id = stableId<PersonId>('person', `syn-${serial}`);
    batch.people.push({ id, fullName: `Người Tổng Hợp ${String(serial).padStart(7, '0')}`, sourceId: source } satisfies PersonInput);
    people.push(id);
    state.people.add(id);
  }
  for (let i = people.length - 1; i > 0; i--) {
    const j = state.rng.int(i + 1);
    [people[i], people[j]] = [people[j]!, people[i]!];
  }
  const holderOf = new Map<PostId, PersonId>();
  if (n === 0) return holderOf;
  const held = new Set<string>();
  let serial = 0;
  // The term is the Front committee's: only its own posts' holdings name it (a holding's term belongs to the post's organization).
  const hold = (personId: PersonId, post: PostId, orgKey: string) => {
    if (held.has(`${personId} ${post}`)) return;
    held.add(`${personId} ${post}`);
    const id = stableId<HoldingId>('holding', `${key(unitId)}.${++serial}`);
    batch.holdings.push({ id, personId, postId: post, termId: orgKey === 'frontCommittee' ? termId : null, validity: TERM, sourceId: source } satisfies HoldingInput);
  };
  for (let i = 0; i < plan.length; i++) {
    const post = postId(unitId, plan[i]![0], plan[i]![1]);
    const person = people[i % n]!;
    hold(person, post, plan[i]![0]);
    if (!holderOf.has(post)) holderOf.set(post, person);
  }
  for (const person of people) hold(person, member, member === postId(unitId, 'frontCommittee', 'member') ? 'frontCommittee' : 'other');
  return holderOf;
}

function frontTerm(batch: MutableBatch, unitId: UnitId): TermId {
  const id = stableId<TermId>('term', `${key(unitId)}.frontCommittee.2025-2030`);
  batch.terms.push({ id, organizationId: orgId(unitId, 'frontCommittee'), label: 'Nhiệm kỳ 2025–2030 (tổng hợp)', validity: TERM, sourceId: source } satisfies TermInput);
  return id;
}

function dayIn(rng: SeededRandom, month: number): IsoDate {
  return isoDate(`2026-${String(month).padStart(2, '0')}-${String(1 + rng.int(28)).padStart(2, '0')}`);
}

function directive(batch: MutableBatch, unitId: UnitId, title: string, issuedOn: IsoDate, implementsId: DirectiveId | null): DirectiveId {
  const id = stableId<DirectiveId>('dir', `syn-${key(unitId)}`);
  batch.directives.push({
    id, kind: 'directive', title, issuedOn, validity: DIRECTIVE_VALIDITY, issuers: [orgId(unitId, 'partyStandingMembers')], implementsId, sourceId: source,
  } satisfies DirectiveInput);
  return id;
}

function task(batch: MutableBatch, unitId: UnitId, directiveId: DirectiveId, kind: TaskKind, title: string, recurrence: TaskInput['recurrence']): TaskId {
  const id = stableId<TaskId>('task', `syn-${key(unitId)}.${kind}`);
  batch.tasks.push({ id, directiveId, kind, title, recurrence, sourceId: source } satisfies TaskInput);
  return id;
}

/** Adds an assignment and keeps it in the sample with the rule-check request it must pass. */
function assign(state: GeneratorState, batch: MutableBatch, id: AssignmentId, taskId: TaskId, request: AssignmentRequest): void {
  batch.assignments.push({
    id, taskId, assigner: request.assigner, assignee: request.assignee, placeUnitId: request.placeUnitId ?? null, assignedOn: request.date, dueOn: DUE, sourceId: source,
  } satisfies AssignmentInput);
  state.assignments.add({ id, request });
}

/** The yearly assignments of a unit's Party standing members to the Front and each organization there. */
function yearlyAssignments(state: GeneratorState, batch: MutableBatch, unitId: UnitId, taskId: TaskId, types: readonly string[]): void {
  for (const [k, type] of types.entries()) {
    assign(state, batch, stableId('asg', `${key(unitId)}.yearly.${k}`), taskId, {
      taskKind: 'yearly',
      assigner: { kind: 'organization', id: orgId(unitId, 'partyStandingMembers') },
      assignee: { kind: 'organization', id: orgId(unitId, type) },
      date: dayIn(state.rng, 1),
    });
  }
}

function provinceRecords(state: GeneratorState, batch: MutableBatch, provinceId: UnitId, name: string): TaskId[] {
  const orgPlan = [...ABOVE_AREA_ORGS, ...PROVINCE_ONLY_ORGS];
  const postPlan = [...ABOVE_AREA_POSTS, ...PROVINCE_ONLY_POSTS];
  batch.organizations.push(...organizations(provinceId, orgPlan));
  batch.posts.push(...posts(provinceId, postPlan));
  const termId = frontTerm(batch, provinceId);
  staff(state, batch, provinceId, postPlan, postId(provinceId, 'frontCommittee', 'member'), termId);
  const directiveId = directive(batch, provinceId, `Chỉ thị tổng hợp về công tác Mặt trận năm 2026 — ${name} (dữ liệu tổng hợp)`, PROVINCE_ISSUED, null);
  const yearly = task(batch, provinceId, directiveId, 'yearly', 'Nhiệm vụ cụ thể năm 2026 (tổng hợp)', 'yearly');
  const movement = task(batch, provinceId, directiveId, 'movement', 'Phong trào thi đua năm 2026 (tổng hợp)', 'once');
  yearlyAssignments(state, batch, provinceId, yearly, [...YEARLY_ASSIGNEES, 'labourFederation']);
  return [yearly, movement];
}

/** One commune: its areas, bodies, posts, people, holdings, directive, tasks and assignments. */
function communeRecords(state: GeneratorState, batch: MutableBatch, communeId: UnitId, name: string, provinceId: UnitId): { areas: UnitId[]; tasks: TaskId[] } {
  const { areasPerCommune, assignmentsPerUnit } = state.options;
  const areaIds: UnitId[] = [];
  for (let n = 1; n <= areasPerCommune; n++) {
    const id = stableId<UnitId>('unit', `syn-${key(communeId)}-${n}`);
    batch.units.push({ id, kind: 'thon', name: `Tổng Hợp ${n}`, validity: validity(FROM_REFORM), parents: [{ parentId: communeId }], sourceId: source } satisfies UnitInput);
    areaIds.push(id);
  }

  batch.organizations.push(...organizations(communeId, ABOVE_AREA_ORGS));
  for (const areaId of areaIds) {
    for (const [type, parent] of AREA_ORGS) batch.organizations.push({ id: orgId(areaId, type), type, unitId: areaId, parentId: orgId(communeId, parent), sourceId: source });
  }
  batch.posts.push(...posts(communeId, ABOVE_AREA_POSTS));
  for (const areaId of areaIds) batch.posts.push(...posts(areaId, AREA_POSTS));

  const termId = frontTerm(batch, communeId);
  const holders = staff(state, batch, communeId, ABOVE_AREA_POSTS, postId(communeId, 'frontCommittee', 'member'), termId);
  for (const areaId of areaIds) staff(state, batch, areaId, AREA_POSTS, postId(areaId, 'frontWorkBoard', 'member'), termId);

  const directiveId = directive(
    batch, communeId, `Kế hoạch thực hiện Chỉ thị về công tác Mặt trận năm 2026 — ${name} (dữ liệu tổng hợp)`, COMMUNE_ISSUED, stableId<DirectiveId>('dir', `syn-${key(provinceId)}`),
  );
  const yearly = task(batch, communeId, directiveId, 'yearly', 'Nhiệm vụ cụ thể năm 2026 (tổng hợp)', 'yearly');
  const regular = task(batch, communeId, directiveId, 'regular', 'Phần việc ở khu dân cư (tổng hợp)', 'yearly');
  const meeting = task(batch, communeId, directiveId, 'periodicMeeting', 'Dự sinh hoạt định kỳ ở khu dân cư (tổng hợp)', 'monthly');
  const movement = task(batch, communeId, directiveId, 'movement', 'Phong trào ở khu dân cư năm 2026 (tổng hợp)', 'once');

  yearlyAssignments(state, batch, communeId, yearly, YEARLY_ASSIGNEES);
  assign(state, batch, stableId('asg', `${key(communeId)}.movement`), stableId<TaskId>('task', `syn-${key(provinceId)}.movement`), {
    taskKind: 'movement',
    assigner: { kind: 'organization', id: orgId(provinceId, 'frontCommittee') },
    assignee: { kind: 'organization', id: orgId(communeId, 'frontCommittee') },
    date: dayIn(state.rng, 3),
  });

  const cadre = holders.get(postId(communeId, 'frontOffice', 'cadre'));
  const meetingPeople = [...new Set(ABOVE_AREA_POSTS.filter(([org]) => MEETING_BODIES.has(orgType(ABOVE_AREA_ORGS, org))).flatMap(([org, type]) => holders.get(postId(communeId, org, type)) ?? []))];
  const board = { kind: 'organization', id: orgId(communeId, 'frontStandingBoard') } as const;
  for (const areaId of areaIds) {
    for (let k = 0; k < assignmentsPerUnit; k++) {
      const id = stableId<AssignmentId>('asg', `${key(areaId)}.${k}`);
      if (k === 0 && cadre) {
        assign(state, batch, id, regular, { taskKind: 'regular', assigner: board, assignee: { kind: 'person', id: cadre }, placeUnitId: areaId, date: dayIn(state.rng, 2) });
      } else if (k === 1) {
        assign(state, batch, id, movement, {
          taskKind: 'movement', assigner: { kind: 'organization', id: orgId(communeId, 'frontCommittee') }, assignee: { kind: 'organization', id: orgId(areaId, 'frontWorkBoard') }, date: dayIn(state.rng, 3),
        });
      } else if (meetingPeople.length > 0) {
        const person = meetingPeople[state.rng.int(meetingPeople.length)]!;
        assign(state, batch, id, meeting, { taskKind: 'periodicMeeting', assigner: board, assignee: { kind: 'person', id: person }, placeUnitId: areaId, date: dayIn(state.rng, 1 + ((k + 10) % 12)) });
      }
    }
  }
  return { areas: areaIds, tasks: [yearly, regular, meeting, movement] };
}

/** A uniform random sample of at most `size` items (reservoir sampling), with how many were seen. */
class Sample<T> {
  readonly items: T[] = [];
  seen = 0;
  private readonly rng: SeededRandom;

  constructor(private readonly size: number, seed: number) {
    this.rng = seededRandom(seed);
  }

  add(item: T): void {
    this.seen++;
    if (this.items.length < this.size) this.items.push(item);
    else {
      const j = this.rng.int(this.seen);
      if (j < this.size) this.items[j] = item;
    }
  }
}

const TABLES = [
  'source', 'admin_unit', 'unit_parent', 'unit_closure', 'unit_lineage', 'organization', 'post', 'person', 'term', 'holding',
  'directive', 'directive_party', 'task', 'assignment', 'assignment_event', 'progress_report', 'audit_log',
] as const;

async function countRows(db: Db): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of TABLES) {
    const row = await db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    counts[table] = Number(row.n);
  }
  return counts;
}
