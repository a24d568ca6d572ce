import {
  DEFAULT_RULE_PACK,
  isoDate,
  openBulkLoader,
  type AssignmentId,
  type Db,
  type OrganizationId,
  type PersonId,
  type TaskId,
} from '@mttq/core';
import { SYNTHETIC_BENCH_SOURCE } from '@mttq/core/testing';

/** The head of a province's Front committee, and the assignments added to make them carry thousands. */
export interface HeavyHead {
  readonly personId: PersonId;
  readonly fullName: string;
  readonly provinceName: string;
  readonly added: number;
}

/**
 * Gives the Front committee of a generated province `count` more assignments of its yearly task, from the
 * province's Party standing members (the assignment the generator makes once, repeated on days spread over
 * January to May 2026), through core's bulk loader and its rule checks; returns the committee's chair, who
 * then carries them all as head. Ids `asg_bench-heavy-head-<n>`: run once per dataset.
 *
 * @example
 * const head = await addHeavyHead(store.db, 3000); // head.personId carries ≥ 3,000 tasks on 2026-06-01
 */
export async function addHeavyHead(db: Db, count: number): Promise<HeavyHead> {
  const date = isoDate('2026-06-01');
  const front = await db
    .selectFrom('organization as o')
    .innerJoin('admin_unit as u', 'u.id', 'o.unit_id')
    .innerJoin('post as p', 'p.organization_id', 'o.id')
    .innerJoin('holding as h', 'h.post_id', 'p.id')
    .innerJoin('person as pe', 'pe.id', 'h.person_id')
    .select(['o.id as orgId', 'o.unit_id as unitId', 'u.full_name as provinceName', 'pe.id as personId', 'pe.full_name as fullName'])
    .where('o.type', '=', 'frontCommittee')
    .where('u.level', '=', 'province')
    .where('p.type', '=', 'chair')
    .where('h.valid_from', '<=', date)
    .where('h.valid_to', '>', date)
    .orderBy('o.id')
    .executeTakeFirstOrThrow();
  const yearly = await db
    .selectFrom('assignment')
    .select(['task_id', 'assigner_org_id'])
    .where('assignee_org_id', '=', front.orgId)
    .where('assigned_on', '<=', date)
    .orderBy('assigned_on')
    .executeTakeFirstOrThrow();
  const assignments = Array.from({ length: count }, (_, n) => ({
    id: `asg_bench-heavy-head-${n}` as AssignmentId,
    taskId: yearly.task_id as TaskId,
    assigner: { kind: 'organization' as const, id: yearly.assigner_org_id as OrganizationId },
    assignee: { kind: 'organization' as const, id: front.orgId as OrganizationId },
    assignedOn: isoDate(`2026-0${1 + (n % 5)}-${String(1 + (n % 28)).padStart(2, '0')}`),
    sourceId: SYNTHETIC_BENCH_SOURCE.id,
  }));
  const loader = openBulkLoader(db, { rulePack: DEFAULT_RULE_PACK });
  const loaded = await loader.load({ assignments }, { label: 'bench: a province Front chair carrying thousands of tasks', unitId: null });
  if (!loaded.ok) throw new Error(`heavy head refused: ${loaded.error.code}: ${loaded.error.message}`);
  return { personId: front.personId as PersonId, fullName: front.fullName, provinceName: front.provinceName, added: count };
}
