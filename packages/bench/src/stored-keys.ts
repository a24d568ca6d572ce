import type SQLite from 'better-sqlite3';
import type { AssignmentId, AssignmentRequest, IsoDate, PersonId, TaskId, TaskKind, UnitId } from '@mttq/core';
import type { SeededRandom } from '@mttq/core/testing';

/** The keys the core benchmark draws from, read back from a dataset already loaded into a SQLite file. */
export interface StoredKeys {
  readonly provinces: readonly UnitId[];
  readonly communes: readonly UnitId[];
  readonly people: readonly PersonId[];
  readonly tasks: readonly TaskId[];
  readonly assignments: readonly { readonly id: AssignmentId; readonly request: AssignmentRequest }[];
  readonly peopleCount: number;
  readonly assignmentCount: number;
}

interface AssignmentRow {
  id: string;
  kind: string;
  assigner_org_id: string;
  assigner_post_id: string | null;
  assignee_kind: string;
  assignee_org_id: string | null;
  assignee_post_id: string | null;
  assignee_person_id: string | null;
  place_unit_id: string | null;
  assigned_on: string;
}

/**
 * A seeded sample of `size` people and assignments (by row number), every province, commune and task of a
 * dataset kept by `pnpm bench:bulk-load --keep`, so the core benchmark can run on the national dataset without
 * generating it again. Each assignment comes with the rule-check request it was written with.
 *
 * @example
 * const keys = readStoredKeys(new Database('/tmp/mttq-national.sqlite', { readonly: true }), seededRandom(1), 20_000);
 */
export function readStoredKeys(sqlite: SQLite.Database, rng: SeededRandom, size: number): StoredKeys {
  const provinces = sqlite
    .prepare<[], { id: UnitId }>(`SELECT id FROM admin_unit WHERE level = 'province' ORDER BY id`)
    .all()
    .map((r) => r.id);
  const communes = sqlite
    .prepare<[], { id: UnitId }>(`SELECT id FROM admin_unit WHERE level = 'commune' ORDER BY id`)
    .all()
    .map((r) => r.id);
  const tasks = sqlite
    .prepare<[], { id: TaskId }>(`SELECT id FROM task ORDER BY id`)
    .all()
    .map((r) => r.id);
  const rows = (table: string) => sqlite.prepare<[], { n: number }>(`SELECT max(rowid) AS n FROM ${table}`).get()!.n ?? 0;
  const peopleCount = rows('person');
  const assignmentCount = rows('assignment');
  const personAt = sqlite.prepare<[number], { id: PersonId }>(`SELECT id FROM person WHERE rowid = ?`);
  const assignmentAt = sqlite.prepare<[number], AssignmentRow>(`
    SELECT a.id, t.kind, a.assigner_org_id, a.assigner_post_id, a.assignee_kind, a.assignee_org_id, a.assignee_post_id,
      a.assignee_person_id, a.place_unit_id, a.assigned_on
    FROM assignment a JOIN task t ON t.id = a.task_id WHERE a.rowid = ?`);
  const people: PersonId[] = [];
  const assignments: { id: AssignmentId; request: AssignmentRequest }[] = [];
  for (let i = 0; i < Math.min(size, peopleCount); i++) {
    const row = personAt.get(1 + rng.int(peopleCount));
    if (row) people.push(row.id);
  }
  for (let i = 0; i < Math.min(size, assignmentCount); i++) {
    const row = assignmentAt.get(1 + rng.int(assignmentCount));
    if (row) assignments.push({ id: row.id as AssignmentId, request: requestOf(row) });
  }
  return { provinces, communes, people, tasks, assignments, peopleCount, assignmentCount };
}

function requestOf(row: AssignmentRow): AssignmentRequest {
  const assignee =
    row.assignee_kind === 'person'
      ? ({ kind: 'person', id: row.assignee_person_id } as const)
      : row.assignee_kind === 'post'
        ? ({ kind: 'post', id: row.assignee_post_id } as const)
        : ({ kind: 'organization', id: row.assignee_org_id } as const);
  return {
    taskKind: row.kind as TaskKind,
    assigner: row.assigner_post_id
      ? { kind: 'post', id: row.assigner_post_id as never }
      : { kind: 'organization', id: row.assigner_org_id as never },
    assignee: assignee as AssignmentRequest['assignee'],
    placeUnitId: (row.place_unit_id as UnitId | null) ?? null,
    date: row.assigned_on as IsoDate,
  };
}
