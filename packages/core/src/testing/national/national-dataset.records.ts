// Record builders of the generator: the bulk loader's records for one unit's bodies, posts, people, directive and assignments.
import {
  isoDate,
  stableId,
  type AssignmentId,
  type AssignmentInput,
  type AssignmentRequest,
  type BulkBatch,
  type DirectiveId,
  type DirectiveInput,
  type HoldingId,
  type HoldingInput,
  type IsoDate,
  type OrganizationInput,
  type PersonId,
  type PersonInput,
  type PostId,
  type PostInput,
  type TaskId,
  type TaskInput,
  type TaskKind,
  type TermId,
  type TermInput,
  type UnitId,
} from '../../index.js';
import { ReservoirSample } from '../reservoir-sample.js';
import { seededRandom, type SeededRandom } from '../seeded-random.js';
import { SYNTHETIC_BENCH_SOURCE, type GeneratedAssignment, type NationalDatasetOptions } from './national-dataset.js';
import { DIRECTIVE_VALIDITY, DUE, TERM, orgId, postId, unitKey, type OrgPlan, type PostPlan } from './national-dataset.plan.js';

const source = SYNTHETIC_BENCH_SOURCE.id;

/** What the generator carries from unit to unit: its random source, the samples it returns, the last person's serial. */
export interface GeneratorState {
  readonly rng: SeededRandom;
  readonly options: NationalDatasetOptions;
  readonly people: ReservoirSample<PersonId>;
  readonly assignments: ReservoirSample<GeneratedAssignment>;
  /** Serial of the last person made, for their synthetic name. */
  serial: number;
}

export function newState(options: NationalDatasetOptions): GeneratorState {
  const size = options.sampleSize ?? 20_000;
  // Samples draw from their own sequences, so the rows do not depend on the sample size.
  return {
    rng: seededRandom(options.seed),
    options,
    people: new ReservoirSample(size, options.seed + 101),
    assignments: new ReservoirSample(size, options.seed + 202),
    serial: 0,
  };
}

/** A bulk batch whose lists the builders push to. */
export type MutableBatch = { [K in keyof BulkBatch]-?: NonNullable<BulkBatch[K]> extends readonly (infer T)[] ? T[] : never };

export function emptyBatch(): MutableBatch {
  return { units: [], people: [], organizations: [], posts: [], terms: [], holdings: [], directives: [], tasks: [], assignments: [] };
}

export function organizations(unitId: UnitId, plan: readonly OrgPlan[]): OrganizationInput[] {
  return plan.map(([k, type, parent]) => ({
    id: orgId(unitId, k),
    type,
    unitId,
    parentId: parent ? orgId(unitId, parent) : null,
    sourceId: source,
  }));
}

export function posts(unitId: UnitId, plan: readonly PostPlan[]): PostInput[] {
  return plan.map(([org, type, title]) => ({
    id: postId(unitId, org, type),
    organizationId: orgId(unitId, org),
    type,
    ...(title && { title }),
    sourceId: source,
  }));
}

/**
 * People for a unit's posts, the Front committee's posts in its term: each post one holder, the people in a seeded order,
 * wrapping round so some hold two or three posts; everyone not on the committee also sits on it. Returns
 * the holder of each post.
 */
export function staff(
  state: GeneratorState,
  batch: MutableBatch,
  unitId: UnitId,
  plan: readonly PostPlan[],
  member: PostId,
  termId: TermId,
): Map<PostId, PersonId> {
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
    const id = stableId<HoldingId>('holding', `${unitKey(unitId)}.${++serial}`);
    batch.holdings.push({
      id,
      personId,
      postId: post,
      termId: orgKey === 'frontCommittee' ? termId : null,
      validity: TERM,
      sourceId: source,
    } satisfies HoldingInput);
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

export function frontTerm(batch: MutableBatch, unitId: UnitId): TermId {
  const id = stableId<TermId>('term', `${unitKey(unitId)}.frontCommittee.2025-2030`);
  batch.terms.push({
    id,
    organizationId: orgId(unitId, 'frontCommittee'),
    label: 'Nhiệm kỳ 2025–2030 (tổng hợp)',
    validity: TERM,
    sourceId: source,
  } satisfies TermInput);
  return id;
}

/** A seeded day of the given month of 2026. */
export function dayIn(rng: SeededRandom, month: number): IsoDate {
  return isoDate(`2026-${String(month).padStart(2, '0')}-${String(1 + rng.int(28)).padStart(2, '0')}`);
}

export function directive(
  batch: MutableBatch,
  unitId: UnitId,
  title: string,
  issuedOn: IsoDate,
  implementsId: DirectiveId | null,
): DirectiveId {
  const id = stableId<DirectiveId>('dir', `syn-${unitKey(unitId)}`);
  batch.directives.push({
    id,
    kind: 'directive',
    title,
    issuedOn,
    validity: DIRECTIVE_VALIDITY,
    issuers: [orgId(unitId, 'partyStandingMembers')],
    implementsId,
    sourceId: source,
  } satisfies DirectiveInput);
  return id;
}

export function task(
  batch: MutableBatch,
  unitId: UnitId,
  directiveId: DirectiveId,
  kind: TaskKind,
  title: string,
  recurrence: TaskInput['recurrence'],
): TaskId {
  const id = stableId<TaskId>('task', `syn-${unitKey(unitId)}.${kind}`);
  batch.tasks.push({ id, directiveId, kind, title, recurrence, sourceId: source } satisfies TaskInput);
  return id;
}

/** Adds an assignment and keeps it in the sample with the rule-check request it must pass. */
export function assign(state: GeneratorState, batch: MutableBatch, id: AssignmentId, taskId: TaskId, request: AssignmentRequest): void {
  batch.assignments.push({
    id,
    taskId,
    assigner: request.assigner,
    assignee: request.assignee,
    placeUnitId: request.placeUnitId ?? null,
    assignedOn: request.date,
    dueOn: DUE,
    sourceId: source,
  } satisfies AssignmentInput);
  state.assignments.add({ id, request });
}

/** The yearly assignments of a unit's Party standing members to the Front and each organization there. */
export function yearlyAssignments(
  state: GeneratorState,
  batch: MutableBatch,
  unitId: UnitId,
  taskId: TaskId,
  types: readonly string[],
): void {
  for (const [k, type] of types.entries()) {
    assign(state, batch, stableId('asg', `${unitKey(unitId)}.yearly.${k}`), taskId, {
      taskKind: 'yearly',
      assigner: { kind: 'organization', id: orgId(unitId, 'partyStandingMembers') },
      assignee: { kind: 'organization', id: orgId(unitId, type) },
      date: dayIn(state.rng, 1),
    });
  }
}
