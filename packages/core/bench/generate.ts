import {
  DEFAULT_RULE_PACK,
  assignHolding,
  assignTask,
  createDirective,
  createOrganizations,
  createPerson,
  createPosts,
  createSource,
  createTask,
  createUnits,
  importNationalUnits,
  isoDate,
  readNationalUnits,
  stableId,
  validity,
  type AssignmentId,
  type AssignmentRequest,
  type DirectiveId,
  type HoldingId,
  type Db,
  type IsoDate,
  type NationalUnitInput,
  type NationalUnits,
  type OrganizationId,
  type OrganizationInput,
  type OrganizationType,
  type PersonId,
  type PostId,
  type PostInput,
  type PostType,
  type SourceId,
  type TaskId,
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
  /** Yearly assignments at each province and commune; assignments to a Front office cadre at each area. */
  readonly assignmentsPerUnit: number;
  /** Communes written per transaction (default 20). */
  readonly communesPerBatch?: number;
  /** The national units, when already read (reading them takes a few seconds). */
  readonly units?: NationalUnits;
  readonly onProgress?: (progress: GenerationProgress) => void;
}

/** How far the generator is. */
export interface GenerationProgress {
  readonly phase: 'units' | 'provinces' | 'communes';
  readonly done: number;
  readonly total: number;
}

/** What the generator wrote: keys for benchmarks and tests, and how fast. */
export interface NationalDataset {
  readonly provinces: readonly UnitId[];
  readonly communes: readonly UnitId[];
  readonly areas: readonly UnitId[];
  readonly people: readonly PersonId[];
  readonly tasks: readonly TaskId[];
  /** Every assignment written, with the rule-check request it passed. */
  readonly assignments: readonly { readonly id: AssignmentId; readonly request: AssignmentRequest }[];
  /** Rows of every table (audit log and hierarchy closure included) after minus before. */
  readonly rowsWritten: number;
  readonly rowsByTable: Readonly<Record<string, number>>;
  readonly durationMs: number;
}

/** The synthetic source every generated row cites. */
export const SYNTHETIC_BENCH_SOURCE = {
  kind: 'synthetic',
  id: stableId<SourceId>('src', 'synthetic-national-bench'),
  title: 'Dữ liệu tổng hợp cho đo hiệu năng (không phải dữ liệu thật)',
  note: 'Made-up people, residential areas, posts, directives and assignments on top of the real post-2025 units, for benchmarks.',
} as const;

const FROM_REFORM = isoDate('2025-07-01');
const IN_OFFICE = validity(FROM_REFORM);
const DIRECTIVE_ISSUED = isoDate('2025-12-15');
const DIRECTIVE_VALIDITY = validity(isoDate('2026-01-01'), isoDate('2027-01-01'));
const DUE = isoDate('2026-12-31');

type PostPlan = readonly [OrganizationType, PostType, string?];

const ABOVE_AREA_ORGS: readonly (readonly [OrganizationType, OrganizationType?])[] = [
  ['partyCommittee'],
  ['partyStandingMembers', 'partyCommittee'],
  ['frontCommittee'],
  ['frontStandingBoard', 'frontCommittee'],
  ['frontOffice', 'frontCommittee'],
  ['farmersUnion'],
  ['womensUnion'],
  ['youthUnion'],
  ['veteransAssociation'],
];
const ABOVE_AREA_POSTS: readonly PostPlan[] = [
  ['partyStandingMembers', 'secretary'],
  ['partyStandingMembers', 'deputySecretary'],
  ['frontCommittee', 'chair'],
  ['frontCommittee', 'viceChair'],
  ['frontStandingBoard', 'standingMember'],
  ['frontOffice', 'cadre'],
  ['farmersUnion', 'chair'],
  ['womensUnion', 'chair'],
  ['youthUnion', 'secretary'],
  ['veteransAssociation', 'chair'],
  ['frontCommittee', 'member'],
];
const AREA_ORGS: readonly (readonly [OrganizationType, OrganizationType])[] = [
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
  ['womensUnionBranch', 'head', 'Chi hội trưởng'],
  ['youthUnionBranch', 'secretary', 'Bí thư Chi đoàn'],
  ['veteransAssociationBranch', 'head', 'Chi hội trưởng'],
  ['frontWorkBoard', 'member'],
];
/** Who a Party committee's standing members give the yearly task to, in turn. */
const YEARLY_ASSIGNEES: readonly OrganizationType[] = ['frontCommittee', 'farmersUnion', 'womensUnion', 'youthUnion', 'veteransAssociation', 'labourFederation'];

const key = (unitId: UnitId) => unitId.replace(/^unit_/, '');
const orgId = (unitId: UnitId, type: OrganizationType) => stableId<OrganizationId>('org', `${key(unitId)}.${type}`);
const postId = (unitId: UnitId, type: OrganizationType, post: PostType) => stableId<PostId>('post', `${key(unitId)}.${type}.${post}`);

/** Throws when a core write refused: the generator only asks for what the model allows, so a refusal is a bug. */
function must<T>(result: { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: { code: string; message: string } }): T {
  if (result.ok) return result.value;
  throw new Error(`generator write refused: ${result.error.code}: ${result.error.message}`);
}

/** The first `n` post-2025 communes, taken from each province in turn so every province gets some. */
function pickCommunes(all: readonly NationalUnitInput[], n: number): NationalUnitInput[] {
  const byProvince = new Map<string, NationalUnitInput[]>();
  for (const c of all) {
    const p = c.parents?.[0]?.parentId ?? '';
    byProvince.set(p, [...(byProvince.get(p) ?? []), c]);
  }
  const queues = [...byProvince.values()];
  const picked: NationalUnitInput[] = [];
  for (let i = 0; picked.length < n && picked.length < all.length; i++) {
    for (const q of queues) if (q[i] && picked.length < n) picked.push(q[i]!);
  }
  return picked;
}

/**
 * Builds a national-scale synthetic dataset on the real post-2025 provinces and communes: residential areas
 * ("Thôn Tổng Hợp N"), the Front and the organizations at every unit, posts, people holding them (some two),
 * one directive per province with a yearly and a regular task, and the assignments the default rule pack
 * allows. Everything goes through core's write functions, a batch of communes per transaction; the same
 * options always give the same rows (ids included).
 *
 * @example
 * const dataset = await generateNationalDataset(store.db, { seed: 1, communes: 3, areasPerCommune: 2, peoplePerUnit: 4, assignmentsPerUnit: 1 });
 */
export async function generateNationalDataset(db: Db, options: NationalDatasetOptions): Promise<NationalDataset> {
  const started = performance.now();
  const progress = options.onProgress ?? (() => {});
  const rng = seededRandom(options.seed);
  const before = await countRows(db);
  const national = options.units ?? (await readNationalUnits());
  const communes = pickCommunes(national.communesFrom2025, options.communes ?? national.communesFrom2025.length);

  // Only the post-2025 units the dataset stands on: the 34 provinces and the chosen communes.
  progress({ phase: 'units', done: 0, total: national.provincesFrom2025.length + communes.length });
  must(
    await importNationalUnits(db, {
      units: {
        ...national,
        provincesBefore2025: [],
        districtsBefore2025: [],
        communesBefore2025: [],
        provinceLineage: [],
        communeLineage: [],
        communesFrom2025: communes,
      },
    }),
  );
  progress({ phase: 'units', done: national.provincesFrom2025.length + communes.length, total: national.provincesFrom2025.length + communes.length });
  await createSource(db, SYNTHETIC_BENCH_SOURCE);

  const state: GeneratorState = { rng, options, people: [], assignments: [], serial: 0 };
  const tasks = new Map<UnitId, { yearly: TaskId; regular: TaskId }>();
  const provinces = national.provincesFrom2025.map((p) => p.id);
  for (const [i, provinceId] of provinces.entries()) {
    await db.transaction().execute(async (trx) => {
      tasks.set(provinceId, await writeProvince(trx, state, provinceId, national.provincesFrom2025[i]!.name));
    });
    progress({ phase: 'provinces', done: i + 1, total: provinces.length });
  }

  const areas: UnitId[] = [];
  const perBatch = options.communesPerBatch ?? 20;
  for (let start = 0; start < communes.length; start += perBatch) {
    const batch = communes.slice(start, start + perBatch);
    await db.transaction().execute(async (trx) => {
      for (const commune of batch) {
        const provinceId = commune.parents![0]!.parentId;
        areas.push(...(await writeCommune(trx, state, commune.id, tasks.get(provinceId)!)));
      }
    });
    progress({ phase: 'communes', done: start + batch.length, total: communes.length });
  }

  const after = await countRows(db);
  const rowsByTable = Object.fromEntries(Object.keys(after).map((t) => [t, after[t]! - (before[t] ?? 0)]));
  return {
    provinces,
    communes: communes.map((c) => c.id),
    areas,
    people: state.people,
    tasks: [...tasks.values()].flatMap((t) => [t.yearly, t.regular]),
    assignments: state.assignments,
    rowsWritten: Object.values(rowsByTable).reduce((a, b) => a + b, 0),
    rowsByTable,
    durationMs: performance.now() - started,
  };
}

interface GeneratorState {
  readonly rng: SeededRandom;
  readonly options: NationalDatasetOptions;
  readonly people: PersonId[];
  readonly assignments: { id: AssignmentId; request: AssignmentRequest }[];
  serial: number;
}

const source = SYNTHETIC_BENCH_SOURCE.id;

function aboveAreaOrganizations(unitId: UnitId, extra: readonly OrganizationType[]): OrganizationInput[] {
  const list: readonly (readonly [OrganizationType, OrganizationType?])[] = [...ABOVE_AREA_ORGS, ...extra.map((t) => [t] as const)];
  return list.map(([type, parent]) => ({ id: orgId(unitId, type), type, unitId, parentId: parent ? orgId(unitId, parent) : null, sourceId: source }));
}

function postInputs(unitId: UnitId, plans: readonly PostPlan[]): PostInput[] {
  return plans.map(([org, type, title]) => ({ id: postId(unitId, org, type), organizationId: orgId(unitId, org), type, ...(title && { title }), sourceId: source }));
}

/** People for a unit's posts: each post one holder, the people in a seeded order, wrapping so some hold two. */
async function staff(trx: Db, state: GeneratorState, posts: readonly PostInput[], member: PostId): Promise<Map<PostId, PersonId>> {
  const n = state.options.peoplePerUnit;
  const people: PersonId[] = [];
  for (let i = 0; i < n; i++) {
    const serial = ++state.serial;
    const id = stableId<PersonId>('person', `syn-${serial}`);
    must(await createPerson(trx, { id, fullName: `Người Tổng Hợp ${String(serial).padStart(6, '0')}`, sourceId: source }));
    people.push(id);
    state.people.push(id);
  }
  for (let i = people.length - 1; i > 0; i--) {
    const j = state.rng.int(i + 1);
    [people[i], people[j]] = [people[j]!, people[i]!];
  }
  const holderOf = new Map<PostId, PersonId>();
  if (n === 0) return holderOf;
  const held = new Set<string>();
  const hold = async (personId: PersonId, post: PostId) => {
    if (held.has(`${personId} ${post}`)) return;
    held.add(`${personId} ${post}`);
    must(await assignHolding(trx, { id: stableId<HoldingId>('holding', `syn-${++state.serial}`), personId, postId: post, validity: IN_OFFICE, sourceId: source }));
  };
  for (let i = 0; i < Math.max(n, posts.length); i++) {
    const post = i < posts.length ? posts[i]!.id! : member;
    const person = people[i % n]!;
    await hold(person, post);
    if (!holderOf.has(post)) holderOf.set(post, person);
  }
  // With as many people as posts nobody wrapped round: one of them also sits on the committee.
  if (n >= posts.length) await hold(people[0]!, member);
  return holderOf;
}

function dayIn(rng: SeededRandom, month: string): IsoDate {
  return isoDate(`2026-${month}-${String(1 + rng.int(28)).padStart(2, '0')}`);
}

async function assign(trx: Db, state: GeneratorState, taskId: TaskId, request: AssignmentRequest): Promise<void> {
  const id = stableId<AssignmentId>('asg', `syn-${++state.serial}`);
  must(
    await assignTask(trx, DEFAULT_RULE_PACK, {
      id,
      taskId,
      assigner: request.assigner,
      assignee: request.assignee,
      placeUnitId: request.placeUnitId ?? null,
      assignedOn: request.date,
      dueOn: DUE,
      sourceId: source,
    }),
  );
  state.assignments.push({ id, request });
}

/** The yearly assignments of a unit's Party standing members to the Front and the organizations there. */
async function yearlyAssignments(trx: Db, state: GeneratorState, unitId: UnitId, taskId: TaskId, types: readonly OrganizationType[]): Promise<void> {
  for (let k = 0; k < state.options.assignmentsPerUnit; k++) {
    await assign(trx, state, taskId, {
      taskKind: 'yearly',
      assigner: { kind: 'organization', id: orgId(unitId, 'partyStandingMembers') },
      assignee: { kind: 'organization', id: orgId(unitId, types[k % types.length]!) },
      date: dayIn(state.rng, '01'),
    });
  }
}

async function writeProvince(trx: Db, state: GeneratorState, provinceId: UnitId, name: string): Promise<{ yearly: TaskId; regular: TaskId }> {
  must(await createOrganizations(trx, aboveAreaOrganizations(provinceId, ['labourFederation'])));
  const posts = postInputs(provinceId, [...ABOVE_AREA_POSTS, ['labourFederation', 'chair']]);
  must(await createPosts(trx, posts));
  await staff(trx, state, posts, postId(provinceId, 'frontCommittee', 'member'));
  const directive = must(
    await createDirective(trx, {
      id: stableId<DirectiveId>('dir', `syn-${key(provinceId)}`),
      kind: 'directive',
      title: `Chỉ thị tổng hợp về công tác Mặt trận năm 2026 — ${name} (dữ liệu tổng hợp)`,
      issuedOn: DIRECTIVE_ISSUED,
      validity: DIRECTIVE_VALIDITY,
      issuers: [orgId(provinceId, 'partyStandingMembers')],
      sourceId: source,
    }),
  );
  const yearly = must(
    await createTask(trx, { id: stableId<TaskId>('task', `syn-${key(provinceId)}.yearly`), directiveId: directive.id, kind: 'yearly', title: 'Nhiệm vụ cụ thể năm 2026 (tổng hợp)', recurrence: 'yearly', sourceId: source }),
  ).id;
  const regular = must(
    await createTask(trx, { id: stableId<TaskId>('task', `syn-${key(provinceId)}.regular`), directiveId: directive.id, kind: 'regular', title: 'Phần việc ở khu dân cư (tổng hợp)', recurrence: 'yearly', sourceId: source }),
  ).id;
  await yearlyAssignments(trx, state, provinceId, yearly, YEARLY_ASSIGNEES);
  return { yearly, regular };
}

/** One commune: its areas, organizations, posts, people, holdings and assignments. Returns the areas' ids. */
async function writeCommune(trx: Db, state: GeneratorState, communeId: UnitId, tasks: { yearly: TaskId; regular: TaskId }): Promise<UnitId[]> {
  const areaInputs: UnitInput[] = [];
  for (let n = 1; n <= state.options.areasPerCommune; n++) {
    areaInputs.push({ id: stableId<UnitId>('unit', `syn-${key(communeId)}-${n}`), kind: 'thon', name: `Tổng Hợp ${n}`, validity: IN_OFFICE, parents: [{ parentId: communeId }], sourceId: source });
  }
  const areaIds = areaInputs.map((a) => a.id!);
  if (areaInputs.length > 0) must(await createUnits(trx, areaInputs));

  const orgs = aboveAreaOrganizations(communeId, []);
  for (const areaId of areaIds) {
    for (const [type, parent] of AREA_ORGS) orgs.push({ id: orgId(areaId, type), type, unitId: areaId, parentId: orgId(communeId, parent), sourceId: source });
  }
  must(await createOrganizations(trx, orgs));
  const communePosts = postInputs(communeId, ABOVE_AREA_POSTS);
  const areaPosts = areaIds.map((areaId) => postInputs(areaId, AREA_POSTS));
  must(await createPosts(trx, [...communePosts, ...areaPosts.flat()]));

  const holders = await staff(trx, state, communePosts, postId(communeId, 'frontCommittee', 'member'));
  for (const [i, areaId] of areaIds.entries()) await staff(trx, state, areaPosts[i]!, postId(areaId, 'frontWorkBoard', 'member'));

  await yearlyAssignments(trx, state, communeId, tasks.yearly, YEARLY_ASSIGNEES.slice(0, 5));
  const cadre = holders.get(postId(communeId, 'frontOffice', 'cadre'));
  if (cadre) {
    for (const areaId of areaIds) {
      for (let k = 0; k < state.options.assignmentsPerUnit; k++) {
        await assign(trx, state, tasks.regular, {
          taskKind: 'regular',
          assigner: { kind: 'organization', id: orgId(communeId, 'frontStandingBoard') },
          assignee: { kind: 'person', id: cadre },
          placeUnitId: areaId,
          date: dayIn(state.rng, '02'),
        });
      }
    }
  }
  return areaIds;
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
